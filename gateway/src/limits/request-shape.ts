import { createHash } from 'node:crypto';
import { ErrorCode } from '@hub/common/errors';
import { sendError } from '@hub/common/http';
import type express from 'express';

/**
 * Checks what Apollo Server would otherwise trip over as a fault: an `extensions.persistedQuery`
 * that is not `{ version: 1, sha256Hash: <64 hex digits> }`, or whose hash is not the SHA-256 of
 * the `query` sent with it (Apollo Server answers that one as an internal error). Runs after the
 * JSON body parser.
 */
export const checkRequestShape: express.RequestHandler = (req, res, next) => {
  const body = req.body as { extensions?: unknown } | undefined;
  const fromQuery = typeof req.query?.extensions === 'string' ? req.query.extensions : undefined;
  let extensions: unknown = body?.extensions;
  if (extensions === undefined && fromQuery !== undefined) {
    try {
      extensions = JSON.parse(fromQuery);
    } catch {
      extensions = undefined; // Apollo Server answers malformed JSON in the URL itself.
    }
  }
  const persisted = (extensions as { persistedQuery?: unknown } | null | undefined)?.persistedQuery;
  if (persisted === undefined || persisted === null) {
    next();
    return;
  }
  const valid =
    typeof persisted === 'object' &&
    (persisted as { version?: unknown }).version === 1 &&
    /^[0-9a-f]{64}$/i.test(String((persisted as { sha256Hash?: unknown }).sha256Hash));
  if (!valid) {
    sendError(
      res,
      400,
      ErrorCode.BAD_REQUEST,
      '`extensions.persistedQuery` must be { "version": 1, "sha256Hash": "<64 hexadecimal digits>" }.',
    );
    return;
  }
  const query = (body as { query?: unknown } | undefined)?.query ?? req.query?.query;
  const hash = String((persisted as { sha256Hash: string }).sha256Hash);
  if (typeof query === 'string' && createHash('sha256').update(query).digest('hex') !== hash) {
    sendError(
      res,
      400,
      ErrorCode.BAD_REQUEST,
      '`extensions.persistedQuery.sha256Hash` is not the SHA-256 of the `query` sent with it.',
    );
    return;
  }
  next();
};
