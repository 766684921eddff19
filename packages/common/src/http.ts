import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Server } from 'node:http';
import type express from 'express';
import { ErrorCode } from './errors';
import { REQUEST_ID_HEADER } from './identity';
import type { Logger } from './logger';

/** Largest GraphQL request body accepted, by gateway and subgraphs alike. */
export const MAX_BODY = '256kb';

/** Sends a GraphQL-shaped error with a stable code and no data. */
export function sendError(
  res: express.Response,
  status: number,
  code: string,
  message: string,
): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** A request id that is safe to echo and log: the caller's if it looks like one, else a new one. */
export function requestIdOf(req: express.Request): string {
  const given = req.get(REQUEST_ID_HEADER);
  return given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
}

/**
 * Turns body-parser failures (malformed JSON, oversized body, wrong charset) into clear 4xx JSON
 * errors instead of Express's HTML page with a stack trace.
 */
export function bodyErrorHandler(log: Logger): express.ErrorRequestHandler {
  return (error: { type?: string; status?: number } | undefined, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    switch (error?.type) {
      case 'entity.parse.failed':
        sendError(res, 400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
        return;
      case 'entity.too.large':
        sendError(
          res,
          413,
          ErrorCode.PAYLOAD_TOO_LARGE,
          `The request body is larger than ${MAX_BODY}.`,
        );
        return;
      case 'encoding.unsupported':
      case 'charset.unsupported':
        sendError(res, 415, ErrorCode.BAD_REQUEST, 'The request body must be UTF-8 JSON.');
        return;
      default:
        if (error?.status && error.status >= 400 && error.status < 500) {
          sendError(res, error.status, ErrorCode.BAD_REQUEST, 'The request could not be read.');
          return;
        }
        log.error({ err: describeFault(error) }, 'unexpected HTTP fault');
        sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal error.');
    }
  };
}

/**
 * What of an unexpected fault may be logged: its kind, its SQL state and where it happened, but
 * not its message, which can quote the data involved (a duplicate key, a rejected value).
 */
export function describeFault(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) {
    return { kind: typeof error };
  }
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1, 8)
    .map((line) => line.trim());
  const sqlState = (error as { code?: unknown }).code;
  return {
    kind: error.name,
    sqlState: typeof sqlState === 'string' ? sqlState : undefined,
    frames,
  };
}

/** One log line per GraphQL operation: request id, operation name, duration, error codes. */
export function requestLogPlugin<T extends BaseContext & { requestId: string }>(
  log: Logger,
): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const codes = errors?.map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          log.info(
            {
              requestId: contextValue.requestId,
              operation: operationName ?? null,
              ms: Math.round(ms * 10) / 10,
              status: response.http.status ?? 200,
              errors: codes?.length ? codes : undefined,
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/**
 * Keeps idle keep-alive connections open longer than the gateway's HTTP client keeps them in its
 * pool (make-fetch-happen's agent frees sockets after 15 s; Node servers close them after 5 s by
 * default). Otherwise the gateway can send a request on a socket the server is closing at that
 * instant and get "socket hang up" — an intermittent failed field for no reason of the caller's
 * (apollographql/federation#2313). Load balancers in front of the gateway gain the same margin.
 */
export function keepConnectionsAlive(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}

/**
 * Drains a server: refuses new connections, closes idle ones, lets requests in flight finish
 * (their keep-alive sockets close after the response), and after `graceMs` cuts what is left.
 */
export async function closeServer(server: Server, graceMs = 10_000): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A keep-alive socket becomes idle when its last response is sent: close it then, not after
  // the keep-alive timeout.
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearInterval(sweep);
  clearTimeout(timer);
}
