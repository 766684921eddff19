import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';

/** Network failures of a connection to another service or to the database. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * PostgreSQL SQLSTATEs that mean "the database is not there right now": connection exceptions
 * (08…), and a server shutting down, starting up or out of connection slots.
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P01|57P02|57P03|53300)$/;

/**
 * Whether a fault is an outage of something the hub depends on (a subgraph, the database), as
 * opposed to a bug: retryable by the client, and logged as an outage.
 */
export function isOutage(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) {
    return false;
  }
  const { code, errno, name, message, originalError, cause, thrownValue, extensions } = error as {
    thrownValue?: unknown;
    code?: unknown;
    errno?: unknown;
    name?: unknown;
    message?: unknown;
    originalError?: unknown;
    cause?: unknown;
    extensions?: { response?: { status?: number }; code?: unknown };
  };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) {
    return true;
  }
  if (typeof errno === 'string' && NETWORK_CODES.has(errno)) {
    return true;
  }
  if (name === 'FetchError' || name === 'AbortError' || name === 'TimeoutError') {
    return true;
  }
  if (extensions?.code === ErrorCode.SERVICE_UNAVAILABLE) {
    return true;
  }
  const status = extensions?.response?.status;
  if (typeof status === 'number' && status >= 502 && status <= 504) {
    return true;
  }
  if (
    typeof message === 'string' &&
    /Connection terminated|Connection ended unexpectedly|connect ECONNREFUSED|Timeout acquiring a connection|socket hang up|the database system is (starting up|shutting down)/i.test(
      message,
    )
  ) {
    return true;
  }
  // graphql-js wraps a thrown non-Error (knex throws connection events this way).
  return (
    isOutage(originalError, depth + 1) ||
    isOutage(cause, depth + 1) ||
    isOutage(thrownValue, depth + 1)
  );
}

/** The error a client sees for a part of its answer that an unavailable service could not give. */
export function outageError(
  path: readonly (string | number)[] | undefined,
  extensions: Record<string, unknown> = {},
): GraphQLFormattedError {
  return {
    message: 'This part of the answer is temporarily unavailable; retry shortly.',
    ...(path ? { path } : {}),
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true, ...extensions },
  };
}

/** The same as a thrown error, for resolvers and data sources. */
export const outage = (extensions: Record<string, unknown> = {}) =>
  new GraphQLError('This part of the answer is temporarily unavailable; retry shortly.', {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true, ...extensions },
  });
