import { ErrorCode } from '@hub/common/errors';
import { type Caller } from '@hub/common/identity';
import {
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { Limits } from './limits.config';
import { checkOperation } from './operation.limits';

/** The parts of graphql-ws's subscribe message the limits read. */
interface SubscribePayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** A refusal as graphql-ws sends it: message and code, no HTTP details. */
const asSent = (error: GraphQLError, code: string): GraphQLError => {
  const { http: _http, ...extensions } = (error.extensions ?? {}) as Record<string, unknown>;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { ...extensions, code: extensions.code ?? code },
  });
};

/**
 * graphql-ws `onSubscribe`: the same limits as over HTTP, at subscribe time, and the cost charged
 * once to the subscriber's budget — so a selection too big for a query is not accepted for a
 * stream either. Returns the errors to send, or the parsed and checked execution arguments.
 */
export function subscriptionLimits(
  limits: Limits,
  apiSchema: () => GraphQLSchema | undefined,
  chargeCost?: (caller: Caller) => (cost: number) => Promise<void>,
) {
  return async (
    caller: Caller | undefined,
    payload: SubscribePayload,
  ): Promise<readonly GraphQLError[] | Omit<ExecutionArgs, 'contextValue'>> => {
    const schema = apiSchema();
    if (!schema) {
      return [
        new GraphQLError('The schema is not loaded yet.', {
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        }),
      ];
    }
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: limits.maxTokens });
    } catch (error) {
      const tokens = error instanceof GraphQLError && /tokens/.test(error.message);
      return [
        tokens
          ? new GraphQLError(
              `The document has more than ${limits.maxTokens} tokens; send a smaller operation.`,
              { extensions: { code: ErrorCode.MAX_TOKENS_EXCEEDED, limit: limits.maxTokens } },
            )
          : asSent(error as GraphQLError, 'GRAPHQL_PARSE_FAILED'),
      ];
    }
    const invalid = validate(schema, document);
    if (invalid.length) {
      return invalid.map((error) => asSent(error, 'GRAPHQL_VALIDATION_FAILED'));
    }
    try {
      const cost = checkOperation(schema, document, payload, limits);
      if (caller && chargeCost) {
        await chargeCost(caller)(cost);
      }
    } catch (error) {
      if (error instanceof GraphQLError) {
        return [asSent(error, ErrorCode.BAD_REQUEST)];
      }
      throw error;
    }
    return {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
    };
  };
}
