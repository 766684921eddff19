import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Limits } from './limits.config';

/**
 * Static cost: every object field costs 1, leaves cost nothing, and what is selected under a list
 * costs once per item — `first` when the field takes it (its default applies when omitted), the
 * configured default list size otherwise; a connection's `first` counts for the lists in it. Introspection is not counted (it touches no subgraph).
 */
export function costEstimator(defaultListSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (field.name.startsWith('__')) {
      return 0;
    }
    const type = getNullableType(field.type);
    const own = isCompositeType(getNamedType(type)) ? 1 : 0;
    const first = typeof args.first === 'number' ? args.first : defaultListSize;
    const items = Math.max(1, Math.min(first, 100_000));
    if (!isListType(type)) {
      // A Relay connection's `first` sizes the lists inside it (edges, nodes), which were
      // counted at the default list size.
      const connection = getNamedType(type).name.endsWith('Connection') && 'first' in args;
      return (
        own +
        (connection ? Math.ceil((childComplexity * items) / defaultListSize) : childComplexity)
      );
    }
    return items * (own + childComplexity);
  };
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: { operationName?: string | null; variables?: Record<string, unknown> | null },
  limits: Limits,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: request.operationName ?? undefined,
      variables: request.variables ?? {},
      estimators: [costEstimator(limits.defaultListSize)],
      // A fragment spread many times over is counted per spread; past this many nodes it is refused.
      maxQueryNodes: 20_000,
    });
  } catch {
    // Past the node bound the estimate stops: such an operation costs more than any limit.
    return Number.MAX_SAFE_INTEGER;
  }
}
