import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { GatewayConfig } from './config';

/** The built web application (clients/web/dist), next to this package in the repository. */
export const DEFAULT_WEB_DIST = path.resolve(__dirname, '../../clients/web/dist');

/** Paths the gateway answers itself; everything else that asks for a page gets the application. */
const API_PATHS = /^\/(graphql|health|ready|dev|config\.json)(\/|$)/;

/**
 * Serves the single-page application at `/`: its files, `/config.json` (how to sign in), and
 * index.html for any other page path so that deep links (/cases/…, /conferences/…) work.
 * Without a build (dist missing) the gateway serves the API only.
 */
export function webApp(config: GatewayConfig): express.Router {
  const router = express.Router();
  const dist = config.WEB_DIST_PATH ?? DEFAULT_WEB_DIST;
  const issuer = config.OIDC_ISSUER;
  router.get('/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      oidc:
        issuer && config.OIDC_CLIENT_ID
          ? { issuer, clientId: config.OIDC_CLIENT_ID, scope: config.OIDC_SCOPE }
          : null,
    });
  });
  if (!existsSync(path.join(dist, 'index.html'))) {
    return router;
  }
  const csp = [
    "default-src 'self'",
    `connect-src 'self' ws: wss:${issuer ? ` ${new URL(issuer).origin}` : ''}`,
    // Mantine and the charts set style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self'${issuer ? ` ${new URL(issuer).origin}` : ''}`,
  ].join('; ');
  const pageHeaders = (res: express.Response) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
  };
  router.use(
    '/assets',
    // File names carry a content hash: cache them for good.
    express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', index: false }),
  );
  router.use(express.static(dist, { index: false, setHeaders: pageHeaders }));
  router.get(/.*/, (req, res, next) => {
    if (API_PATHS.test(req.path) || !req.accepts('html')) {
      next();
      return;
    }
    pageHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(dist, 'index.html'));
  });
  return router;
}
