import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { ErrorCode, HubError } from '@hub/common/errors';
import {
  getOperationAST,
  getVariableValues,
  Kind,
  validate,
  visit,
  type DocumentNode,
  type GraphQLError,
  type SelectionNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { operationCost } from './cost';
import type { Limits } from './limits.config';

/** A refusal by one of the limits: a client mistake (400) with the limit's own code. */
export class LimitError extends HubError {
  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(code, message, { ...extensions, http: { status: 400 } });
  }
}

/**
 * GraphQL Armor's rules count aliases, directives and depth with fragments followed once each, so
 * a fragment cycle cannot make them loop (graphql-depth-limit did). Each reports through the
 * validation context with our code instead of throwing.
 */
function armorRules(limits: Limits): ValidationRule[] {
  const report =
    (code: string, what: string, limit: number) =>
    (context: ValidationContext | null, error: GraphQLError) => {
      const found = /found (\d+)/.exec(error.message)?.[1];
      context?.reportError(
        new LimitError(
          code,
          `The operation has ${found ? `${found} ` : 'more '}${what}; at most ${limit} are allowed.`,
          { limit },
        ),
      );
    };
  const common = { exposeLimits: true, propagateOnRejection: false };
  return [
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      onReject: [report(ErrorCode.MAX_ALIASES_EXCEEDED, 'aliases', limits.maxAliases)],
    }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: [report(ErrorCode.MAX_DIRECTIVES_EXCEEDED, 'directives', limits.maxDirectives)],
    }),
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      onReject: [report(ErrorCode.MAX_DEPTH_EXCEEDED, 'levels of selection', limits.maxDepth)],
    }),
  ];
}

/** Counts the operation's top-level fields, through fragments on the root type. */
function rootFieldCount(document: DocumentNode, operationName?: string | null): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) {
    return 0;
  }
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const seen = new Set<string>();
  let count = 0;
  const walk = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        count += selection.name.value === '__typename' ? 0 : 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet.selections);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) {
          walk(fragment.selectionSet.selections);
        }
      }
    }
  };
  walk(operation.selectionSet.selections);
  return count;
}

/** A NUL byte reaches no database: PostgreSQL refuses it in text, as a fault rather than a refusal. */
function nulByteIn(document: DocumentNode, variables: unknown): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\u0000')) {
        found = true;
      }
    },
  });
  return found || JSON.stringify(variables ?? null).includes('\\u0000');
}

/**
 * Every limit on one operation that has passed graphql-js validation (so its fragments are known
 * and acyclic). Throws a LimitError with the first limit it breaks; returns the operation's cost.
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: { operationName?: string | null; variables?: Record<string, unknown> | null },
  limits: Limits,
): number {
  const [armor] = validate(schema, document, armorRules(limits));
  if (armor) {
    throw armor.originalError instanceof LimitError ? armor.originalError : armor;
  }
  const roots = rootFieldCount(document, request.operationName);
  if (roots > limits.maxRootFields) {
    throw new LimitError(
      ErrorCode.MAX_ROOT_FIELDS_EXCEEDED,
      `The operation asks for ${roots} top-level fields; at most ${limits.maxRootFields} are allowed.`,
      { limit: limits.maxRootFields },
    );
  }
  if (nulByteIn(document, request.variables)) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, 'Text may not contain NUL (\\u0000) characters.', {
      http: { status: 400 },
    });
  }
  // Variables are coerced here, before planning: the gateway would only find out while executing.
  const operation = getOperationAST(document, request.operationName ?? undefined);
  const coerced = operation
    ? getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, {
        maxErrors: 10,
      })
    : { coerced: {} };
  if ('errors' in coerced && coerced.errors) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, coerced.errors[0].message, {
      http: { status: 400 },
    });
  }
  const cost = operationCost(schema, document, request, limits);
  if (cost > limits.maxCost) {
    throw new LimitError(
      ErrorCode.MAX_COST_EXCEEDED,
      `The operation's estimated cost is ${cost}; at most ${limits.maxCost} is allowed. Ask for fewer items (\`first\`) or fewer nested lists.`,
      { cost, limit: limits.maxCost },
    );
  }
  return cost;
}
