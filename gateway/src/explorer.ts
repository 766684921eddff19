import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';

/** Where @hub/explorer's build (GraphiQL bundled from npm) is, if it was built. */
function explorerDist(): string | null {
  try {
    const dir = path.join(path.dirname(require.resolve('@hub/explorer/package.json')), 'dist');
    return existsSync(path.join(dir, 'index.html')) ? dir : null;
  } catch {
    return null;
  }
}

/** The explorer page runs only its own files; Monaco sets styles inline. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GraphiQL for browsers: a GET of /graphql that asks for HTML gets the explorer page; its files
 * are under /explorer/. Everything else (API calls, GETs asking for JSON) goes on to the API.
 * Served only when introspection is (the explorer is no use without the schema).
 */
export function explorerRouter(enabled: boolean): express.Router {
  const router = express.Router();
  const dist = explorerDist();
  if (!enabled || !dist) {
    return router;
  }
  router.get('/graphql', (req, res, next) => {
    if (
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !==
      'text/html'
    ) {
      next();
      return;
    }
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(dist, 'index.html'));
  });
  router.use(
    '/explorer',
    (_req, res, next) => {
      res.setHeader('Content-Security-Policy', CSP);
      next();
    },
    express.static(dist, { index: false, fallthrough: false }),
  );
  return router;
}
