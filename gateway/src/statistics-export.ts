import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { describeFault, sendError } from '@hub/common/http';
import {
  httpOperation,
  INTERNAL_IDENTITY_HEADER,
  REQUEST_ID_HEADER,
  type InternalSigner,
} from '@hub/common/identity';
import { type Logger } from '@hub/common/logger';
import express from 'express';
import type { GatewayContext } from './context';

/** Headers of the statistics subgraph's answer that reach the client. */
const PASSED = [
  'content-type',
  'content-disposition',
  'x-hub-export-rows',
  'x-hub-export-suppressed',
  'x-hub-export-generalisation',
];
const FILES = new Set(['export.csv', 'export-summary', 'export-dictionary.csv']);

/**
 * GET /statistics/<file> on the gateway, for an authenticated caller: forwarded to the
 * statistics subgraph with the caller's internal identity (which decides who may export) and
 * streamed back as it comes, so a large export never sits in the gateway's memory.
 */
export function statisticsExportRouter(
  statisticsGraphqlUrl: string,
  signInternal: InternalSigner,
  log: Logger,
): express.Router {
  const router = express.Router();
  router.get('/:file', async (req, res) => {
    const context = res.locals.context as GatewayContext;
    if (!FILES.has(req.params.file)) {
      sendError(res, 404, 'NOT_FOUND', 'No such statistics file.');
      return;
    }
    const target = new URL(`/statistics/${req.params.file}`, statisticsGraphqlUrl);
    for (const name of ['year', 'from', 'to']) {
      const value = req.query[name];
      if (typeof value === 'string') {
        target.searchParams.set(name, value);
      }
    }
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    try {
      const upstream = await fetch(target, {
        headers: {
          [INTERNAL_IDENTITY_HEADER]: signInternal({
            caller: context.caller,
            requestId: context.requestId,
            subgraph: 'statistics',
            operation: httpOperation('GET', `${target.pathname}${target.search}`),
          }),
          [REQUEST_ID_HEADER]: context.requestId,
        },
        signal: abort.signal,
      });
      res.status(upstream.status);
      for (const name of PASSED) {
        const value = upstream.headers.get(name);
        if (value) {
          res.setHeader(name, value);
        }
      }
      if (!upstream.body) {
        res.end();
        return;
      }
      Readable.fromWeb(upstream.body as WebReadableStream).pipe(res);
    } catch (error) {
      if (abort.signal.aborted) {
        return;
      }
      log.warn(
        { requestId: context.requestId, err: describeFault(error) },
        'statistics export failed',
      );
      if (!res.headersSent) {
        sendError(res, 503, 'SUBGRAPH_UNAVAILABLE', 'Statistics are not available right now.');
      } else {
        res.destroy();
      }
    }
  });
  return router;
}
