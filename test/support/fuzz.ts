import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A small seeded generator (mulberry32): the same seed makes the same operations. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}
export type Random = ReturnType<typeof random>;

export const apiSchema = (): GraphQLSchema => {
  const schema = buildSchema(
    readFileSync(path.resolve(__dirname, '../../schema/api.graphql'), 'utf8'),
  );
  UUID_IN_SCHEMA = Boolean(schema.getType('UUID'));
  return schema;
};

/** Values an attacker tries in a text field. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  'x'.repeat(5000),
  "' OR 1=1 --",
  '"; drop table hub.event; --',
  '\u0000',
  'a\u0000b',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '%s%s%s%n',
  '\uD800',
  '🧨'.repeat(50),
  '1',
  '-1',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '123e4567-e89b-12d3-a456-426614174000',
  'not-a-uuid',
  'x',
  '2026-13-45',
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '1e400',
  'NaN',
  'null',
  '__proto__',
  'constructor',
];
const HOSTILE_NUMBERS = [0, -1, 1, 2147483647, -2147483648, 2147483648, 1e15, -1e15, 0.5, 1e308];

const UUID_SHAPED = [
  '123e4567-e89b-12d3-a456-426614174000',
  'ffffffff-ffff-4fff-bfff-ffffffffffff',
  '00000000-0000-0000-0000-000000000000',
];

/**
 * Ids that are not UUIDs are refused by the UUID scalar (the durability-subgraphs work); until
 * the composed schema has it, ID arguments get UUID-shaped values only, and once it does, every
 * hostile string — so this fuzzer covers them as soon as that scalar is in.
 */
let UUID_IN_SCHEMA = false;

/** A hostile value for an input type, as JSON (for variables). */
export function hostileValue(rng: Random, type: GraphQLInputType, depth = 0): unknown {
  if (isScalarType(type) && type.name === 'ID' && !UUID_IN_SCHEMA) {
    return rng.chance(0.5) ? '00000000-0000-4000-8000-000000000000' : rng.pick(UUID_SHAPED);
  }
  if (isNonNullType(type)) {
    return rng.chance(0.05) ? null : hostileValue(rng, type.ofType, depth);
  }
  if (rng.chance(0.08)) {
    return null;
  }
  if (isListType(type)) {
    const n = rng.pick([0, 1, 2, 3, 50]);
    return Array.from({ length: depth > 1 ? Math.min(n, 2) : n }, () =>
      hostileValue(rng, type.ofType, depth + 1),
    );
  }
  if (rng.chance(0.05)) {
    // The wrong kind of value altogether.
    return rng.pick([{}, [], 'text', 12, true]);
  }
  if (isEnumType(type)) {
    return rng.chance(0.8) ? rng.pick(type.getValues()).name : rng.pick(['LOST', 'lower', '']);
  }
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || rng.chance(0.5)) {
        value[field.name] = depth > 3 ? null : hostileValue(rng, field.type, depth + 1);
      }
    }
    if (rng.chance(0.05)) {
      value.unknownField = 'x';
    }
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'SafeInt':
        return rng.pick(HOSTILE_NUMBERS);
      case 'Float':
        return rng.pick(HOSTILE_NUMBERS);
      case 'Boolean':
        return rng.chance(0.9) ? rng.chance(0.5) : 'true';
      default:
        return rng.pick(HOSTILE_STRINGS);
    }
  }
  return null;
}

/** A random selection set for a type: some of its fields, a little nesting, sometimes aliases. */
function selection(rng: Random, type: GraphQLNamedType, depth: number): string {
  if (isUnionType(type)) {
    const member = rng.pick(type.getTypes());
    return `{ __typename ... on ${member.name} ${selection(rng, member, depth)} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) {
    return '';
  }
  const fields = Object.values(type.getFields());
  const chosen = new Set<GraphQLField<unknown, unknown>>();
  const count = 1 + rng.int(depth > 1 ? 2 : 4);
  for (let i = 0; i < count; i++) {
    chosen.add(rng.pick(fields));
  }
  const parts = [...chosen].map((field, i) => {
    const named = getNamedType(field.type);
    const composite = !isScalarType(named) && !isEnumType(named);
    if (composite && depth >= 3) {
      return '__typename';
    }
    const alias = rng.chance(0.1) ? `x${i}: ` : '';
    const args = argumentsOf(rng, field.args, depth);
    return `${alias}${field.name}${args}${composite ? ` ${selection(rng, named, depth + 1)}` : ''}`;
  });
  if (rng.chance(0.03)) {
    parts.push('notAField');
  }
  return `{ ${parts.join(' ')} }`;
}

/** Arguments as literals: the JSON value printed in GraphQL syntax (enums bare). */
function literal(value: unknown, type: GraphQLInputType): string {
  const inner = getNullableType(type);
  if (value === null || value === undefined) {
    return 'null';
  }
  if (isListType(inner) && Array.isArray(value)) {
    return `[${value.map((v) => literal(v, inner.ofType)).join(', ')}]`;
  }
  if (isEnumType(inner) && typeof value === 'string' && /^[A-Za-z_]\w*$/.test(value)) {
    return value;
  }
  if (isInputObjectType(inner) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = inner.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? inner)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'object') {
    return '{}';
  }
  return JSON.stringify(value);
}

function argumentsOf(rng: Random, args: readonly GraphQLArgument[], depth: number): string {
  const given = args.filter((a) => isNonNullType(a.type) || rng.chance(0.4));
  if (!given.length) {
    return '';
  }
  void depth;
  return `(${given.map((a) => `${a.name}: ${literal(hostileValue(rng, a.type), a.type)}`).join(', ')})`;
}

export interface FuzzOperation {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/**
 * One hostile operation from the schema: a random root field of Query, Mutation or Subscription,
 * hostile arguments (as literals or as variables), a random selection; or one of the structural
 * attacks (deep nesting, fragment cycles, alias floods, token floods).
 */
export function hostileOperation(
  rng: Random,
  schema: GraphQLSchema,
  kind: 'query' | 'mutation' | 'subscription',
): FuzzOperation {
  if (kind !== 'subscription' && rng.chance(0.08)) {
    return rng.pick<() => FuzzOperation>([
      () => ({
        query: `{ ${'partners { services { provider '.repeat(20)}id${' } }'.repeat(40)} }`,
      }),
      () => ({
        query: `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: partners { id }`).join(' ')} }`,
      }),
      () => ({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
      () => ({ query: `{ partners { ${'...F '.repeat(200)} } } fragment F on Partner { id }` }),
      () => ({ query: 'query A { myGrants { id } } query B { myGrants { id } }' }),
      () => ({ query: '{ myGrants { id } }', operationName: 'Missing' }),
      () => ({ query: `{ partners(first: 1) { id ${'@skip(if: false) '.repeat(100)} } }` }),
      () => ({ query: '{ myGrants { id } ' }),
      () => ({ query: `query { ${'__typename '.repeat(5000)} }` }),
      () => ({
        query: '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }',
      }),
    ])();
  }
  const root =
    kind === 'query'
      ? schema.getQueryType()!
      : kind === 'mutation'
        ? schema.getMutationType()!
        : schema.getSubscriptionType()!;
  const field = rng.pick(Object.values(root.getFields()));
  const named = getNamedType(field.type);
  const body = isScalarType(named) || isEnumType(named) ? '' : ` ${selection(rng, named, 1)}`;
  if (rng.chance(0.5) && field.args.length) {
    // As variables: declared with the argument's own type, given hostile JSON.
    const variables: Record<string, unknown> = {};
    const decls: string[] = [];
    const uses: string[] = [];
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) && rng.chance(0.5)) {
        continue;
      }
      decls.push(`$${arg.name}: ${arg.type.toString()}`);
      uses.push(`${arg.name}: $${arg.name}`);
      if (!rng.chance(0.03)) {
        variables[arg.name] = hostileValue(rng, arg.type);
      }
    }
    const head = decls.length ? `(${decls.join(', ')})` : '';
    const args = uses.length ? `(${uses.join(', ')})` : '';
    return { query: `${kind} Fuzz${head} { ${field.name}${args}${body} }`, variables };
  }
  return { query: `${kind} { ${field.name}${argumentsOf(rng, field.args, 0)}${body} }` };
}
