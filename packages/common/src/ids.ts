import {
  defaultFieldResolver,
  getNamedType,
  GraphQLID,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { ErrorCode, HubError } from './errors';
import { UUID } from './vocabulary';

/** Turns one argument value into its canonical form, or throws naming where it broke. */
type Canonicaliser = (value: unknown, path: string) => unknown;

/** An id as the hub stores it (lower-case UUID), or BAD_USER_INPUT naming the field. */
export function canonicalId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !UUID.test(value)) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, `${field} is not a valid id.`, { field });
  }
  return value.toLowerCase();
}

function canonicaliserOf(type: GraphQLInputType, seen = new Set<string>()): Canonicaliser | null {
  if (isNonNullType(type)) {
    return canonicaliserOf(type.ofType, seen);
  }
  if (isListType(type)) {
    const item = canonicaliserOf(type.ofType, seen);
    return item
      ? (value, path) =>
          Array.isArray(value) ? value.map((entry, i) => item(entry, `${path}[${i}]`)) : value
      : null;
  }
  if (getNamedType(type) === GraphQLID) {
    return (value, path) =>
      value === null || value === undefined ? value : canonicalId(value, path);
  }
  if (isInputObjectType(type) && !seen.has(type.name)) {
    seen.add(type.name);
    const fields = Object.values(type.getFields())
      .map((field) => [field.name, canonicaliserOf(field.type, seen)] as const)
      .filter((entry): entry is [string, Canonicaliser] => entry[1] !== null);
    if (fields.length === 0) {
      return null;
    }
    return (value, path) => {
      if (value === null || typeof value !== 'object') {
        return value;
      }
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const [name, canonicalise] of fields) {
        if (name in copy) {
          copy[name] = canonicalise(copy[name], `${path}.${name}`);
        }
      }
      return copy;
    };
  }
  return null;
}

/**
 * The one entry point for ids: every argument of type `ID` (directly, in a list, or anywhere in
 * an input object) reaches its resolver as a lower-case UUID, and anything else is refused with
 * BAD_USER_INPUT naming the argument before any resolver or SQL sees it. Ids are compared in
 * JavaScript (seals, grants, loaders) as well as in SQL, so an upper-case id must never get past
 * this point. Every id a subgraph takes is a UUID; the schema keeps the standard `ID` type so no
 * client's documents change.
 */
export function canonicaliseIds(schema: GraphQLSchema): void {
  const subscription = schema.getSubscriptionType();
  for (const type of Object.values(schema.getTypeMap())) {
    // Subscriptions are the gateway's (their `after:` is an event number, not a UUID).
    if (!isObjectType(type) || type.name.startsWith('__') || type === subscription) {
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('_')) {
        continue; // _entities / _service: federation's own, fed by the gateway's query plan
      }
      const args = field.args
        .map((arg) => [arg.name, canonicaliserOf(arg.type)] as const)
        .filter((entry): entry is [string, Canonicaliser] => entry[1] !== null);
      if (args.length === 0) {
        continue;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, given: Record<string, unknown>, ctx, info) => {
        const canonical = { ...given };
        for (const [name, canonicalise] of args) {
          if (name in canonical) {
            canonical[name] = canonicalise(canonical[name], name);
          }
        }
        return resolve(source, canonical, ctx, info);
      };
    }
  }
}
