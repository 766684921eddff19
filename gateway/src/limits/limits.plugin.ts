import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { ErrorCode, HubError } from '@hub/common/errors';
import { isCentre, type Caller } from '@hub/common/identity';
import {
  Kind,
  NoSchemaIntrospectionCustomRule,
  validate,
  type GraphQLFormattedError,
} from 'graphql';
import type { Limits } from './limits.config';
import { checkOperation } from './operation.limits';

interface LimitedContext {
  caller: Caller;
}

export interface LimitsPluginOptions {
  limits: Limits;
  /** Charges an HTTP operation's cost to its caller's budget (throws RATE_LIMITED). */
  chargeCost?: (caller: Caller) => (cost: number) => Promise<void>;
  /** Waits for room in the caller's partner's cost in flight; gives back the release. */
  admit?: (caller: Caller, cost: number) => Promise<() => void>;
}

/** Whether the client asked for the legacy `application/json` rather than graphql-response+json. */
function acceptsLegacyJson(accept: string | undefined): boolean {
  if (!accept) {
    return false;
  }
  const types = accept.split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  const json = types.indexOf('application/json');
  const graphql = types.indexOf('application/graphql-response+json');
  return json !== -1 && (graphql === -1 || json < graphql);
}

/** Whether this caller sees the schema's shape (introspection, "Did you mean …?"). */
const seesSchema = (limits: Limits, caller: Caller | undefined) =>
  limits.env === 'development' || (caller !== undefined && isCentre(caller));

const TOKEN_LIMIT = /Document contains more th\w+ (\d+) tokens/;

/**
 * What a client may be shown of an error: never a subgraph's name, URL, status or body (the gateway's
 * log has them, by request id).
 */
function clientError(error: GraphQLFormattedError, showSchema: boolean): GraphQLFormattedError {
  const {
    response: _response,
    serviceName: _serviceName,
    ...extensions
  } = (error.extensions ?? {}) as Record<string, unknown>;
  let message = error.message;
  if (extensions.code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(message)) {
    const limit = TOKEN_LIMIT.exec(message)![1];
    message = `The document has more than ${limit} tokens; send a smaller operation.`;
    extensions.code = ErrorCode.MAX_TOKENS_EXCEEDED;
    extensions.limit = Number(limit);
  }
  if (!showSchema) {
    message = message.replace(/ ?Did you mean .*\?$/, '');
  }
  return { ...error, message, extensions };
}

/**
 * The operation limits, applied to every operation once graphql-js has validated it and before
 * the gateway plans it: a refusal costs the hub one parse and one validation. Also the production
 * posture of errors: what partners are not shown.
 */
export function limitsPlugin<T extends LimitedContext>(
  options: LimitsPluginOptions,
): ApolloServerPlugin<T> {
  const { limits } = options;
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (!operation) {
            // graphql-js found no single operation to run; the gateway would fail on it as a fault.
            const named = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
            throw new HubError(
              'OPERATION_RESOLUTION_FAILURE',
              request.operationName
                ? `The document has no operation named "${request.operationName}".`
                : `The document has ${named.length} operations: name the one to run in \`operationName\`.`,
              { http: { status: 400 } },
            );
          }
          if (request.http && operation.operation === 'subscription') {
            throw new HubError(
              ErrorCode.BAD_REQUEST,
              'Subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP.',
              { http: { status: 400 } },
            );
          }
          if (
            !seesSchema(limits, contextValue.caller) &&
            validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0
          ) {
            throw new HubError(
              ErrorCode.INTROSPECTION_DISABLED,
              'Introspection is not available to partners; the schema is published in the hub’s schema/ folder.',
              { http: { status: 400 } },
            );
          }
          // Live-update reads (no HTTP request) are the gateway's own, made from a selection that
          // was checked and charged at subscribe time (and batched, so their shape is not the
          // client's).
          if (!request.http) {
            return;
          }
          const cost = checkOperation(schema, document, request, limits);
          if (options.chargeCost) {
            await options.chargeCost(contextValue.caller)(cost);
          }
          if (options.admit) {
            release = await options.admit(contextValue.caller, cost);
          }
        },
        async willSendResponse(context: GraphQLRequestContextWillSendResponse<T>) {
          release?.();
          const { response, request, contextValue } = context;
          if (response.body.kind !== 'single') {
            return;
          }
          const result = response.body.singleResult;
          const showSchema = seesSchema(limits, contextValue.caller);
          result.errors = result.errors?.map((error) => clientError(error, showSchema));
          // GraphQL over HTTP: with the legacy application/json, a request error is still a 200.
          const status = response.http.status ?? 200;
          if (
            status === 400 &&
            result.data === undefined &&
            acceptsLegacyJson(request.http?.headers.get('accept'))
          ) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
