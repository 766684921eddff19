import { createServer, type Server } from 'node:http';
import type express from 'express';
import helmet from 'helmet';

export interface ServerTimeouts {
  /** Time a client has to send a request's headers. */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request. */
  requestTimeoutMs: number;
}

/**
 * `app.listen` with the timeouts that keep slow clients from holding sockets (slow-loris): a
 * client that trickles its headers is dropped after `headersTimeoutMs`, checked every second
 * (Node's default check runs every 30 s, so a trickle could hold a socket that long). Applied
 * after the caller's own callback, which sets the keep-alive margins for load balancers.
 */
export function listenHardened(
  app: express.Express,
  timeouts: ServerTimeouts,
  port: number,
  host: string,
  callback: (error?: Error) => void,
): Server {
  const server = createServer(
    {
      connectionsCheckingInterval: Math.min(1000, timeouts.headersTimeoutMs),
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      maxHeaderSize: 16 * 1024,
    },
    app,
  );
  let done = false;
  const finish = (error?: Error) => {
    if (done) {
      return;
    }
    done = true;
    callback(error);
    server.headersTimeout = timeouts.headersTimeoutMs;
    server.requestTimeout = timeouts.requestTimeoutMs;
  };
  server.once('error', finish);
  server.listen(port, host, () => finish());
  return server;
}

/**
 * Security headers for the web application served at `/`: a strict Content-Security-Policy (only
 * the hub's own scripts, styles, images and API; no inline script, no plug-ins, no framing), and
 * helmet's usual headers. /graphql (JSON, and GraphiQL for developers) gets only the headers that
 * cannot break a client: nosniff and no referrer.
 */
export function webSecurityHeaders(options: { production?: boolean } = {}): express.RequestHandler {
  const page = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        // 'self' covers the same-origin WebSocket (graphql-ws) in CSP Level 3 browsers.
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: { policy: 'require-corp' },
    referrerPolicy: { policy: 'no-referrer' },
    // HTTPS is the operator's (load balancer's) to enforce; HSTS on plain-HTTP development would stick.
    strictTransportSecurity: options.production ? { maxAge: 31_536_000 } : false,
  });
  return (req, res, next) => {
    if (req.path === '/graphql' || req.path.startsWith('/graphql/')) {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
      next();
      return;
    }
    page(req, res, next);
  };
}
