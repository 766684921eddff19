import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { SUBGRAPH_NAMES, type SubgraphName } from '@hub/common/bootstrap';
import { ErrorCode, maskError } from '@hub/common/errors';
import {
  bodyErrorHandler,
  closeServer,
  keepConnectionsAlive,
  describeFault,
  MAX_BODY,
  requestIdOf,
  requestLogPlugin,
  sendError,
} from '@hub/common/http';
import { createInternalSigner, REQUEST_ID_HEADER } from '@hub/common/identity';
import { createLogger, type Logger } from '@hub/common/logger';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { HubDataSource } from './fetch/data-source';
import { PostgresEventSource } from './subscriptions/event-source';
import { attachSubscriptions } from './subscriptions/server';
import { statisticsExportRouter } from './statistics-export';
import { accessReportRouter } from './access-report/router';
import { AuthenticationError, createAuthenticator } from './auth';
import { devSignInRouter } from './dev-sign-in';
import { explorerRouter } from './explorer';
import type { GatewayConfig } from './config';
import { webApp } from './web';
import { createEdge } from './edge';
import { listenHardened } from './http-hardening';
import { checkScalarsAtEdge } from './limits';
import type { GatewayContext } from './context';

export type { GatewayContext };

/** Introspection is on; the explorer (GraphiQL at /graphql for browsers) follows it. */
const INTROSPECTION = true;

/** Connections opened to each subgraph at start, so the first requests do not connect. */
const WARM_CONNECTIONS = 4;

/** The committed supergraph, next to this package in the repository. */
export const DEFAULT_SUPERGRAPH_PATH = path.resolve(__dirname, '../../schema/supergraph.graphql');

export interface HubGateway {
  readonly app: express.Express;
  readonly log: Logger;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds the gateway from its configuration; `main.ts` only listens. */
export async function createGateway(
  config: GatewayConfig,
  options: {
    logger?: Logger;
    /** Benchmarks only: the subgraph fetcher this hub had before its pool (Node's fetch). */
    benchmarkGlobalFetch?: boolean;
  } = {},
): Promise<HubGateway> {
  const log = options.logger ?? createLogger('gateway', config.LOG_LEVEL);
  const supergraphSdl = readFileSync(config.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH_PATH, 'utf8');
  const urls: Record<SubgraphName, string> = {
    cases: config.CASES_URL,
    partners: config.PARTNERS_URL,
    services: config.SERVICES_URL,
    legal: config.LEGAL_URL,
    statistics: config.STATISTICS_URL,
  };
  const authenticate = await createAuthenticator(config);
  const signInternal = createInternalSigner(
    config.INTERNAL_SIGNING_KEY,
    config.INTERNAL_TOKEN_TTL_SECONDS,
  );
  let apiSchema: GraphQLSchema | undefined;
  const dataSources: HubDataSource[] = [];
  const edge = createEdge(config, log, () => apiSchema);

  const gateway = new ApolloGateway({
    supergraphSdl,
    experimental_approximateQueryPlanStoreMiB: edge.limits.queryPlanCacheMiB,
    buildService: ({ name }) => {
      if (!(SUBGRAPH_NAMES as readonly string[]).includes(name)) {
        throw new Error(`The supergraph names an unknown subgraph "${name}".`);
      }
      const dataSource = new HubDataSource(name, urls[name as SubgraphName], log, signInternal, {
        globalFetch: options.benchmarkGlobalFetch,
      });
      dataSources.push(dataSource);
      return dataSource;
    },
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Apollo's own SIGTERM handler stops at once and re-sends the signal; close() drains.
    stopOnTerminationSignals: false,
    introspection: INTROSPECTION,
    parseOptions: edge.parseOptions,
    documentStore: edge.documentStore,
    // Only the registered documents run by hash; a client's own are never registered.
    persistedQueries: { cache: edge.trustedDocuments.cache },
    plugins: [ApolloServerPluginLandingPageDisabled(), requestLogPlugin(log), ...edge.plugins],
    formatError: (formatted, error) =>
      maskError(
        formatted,
        (masked, original) =>
          log.error(
            {
              err: describeFault(
                (original as { originalError?: unknown })?.originalError ?? original,
              ),
              path: masked.path,
            },
            'unexpected gateway fault',
          ),
        error,
      ),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => {
    apiSchema = loaded;
    checkScalarsAtEdge(loaded);
  });
  await apollo.start();
  // The data sources exist once the supergraph is loaded (apollo.start); a subgraph still
  // starting is simply not warmed.
  await Promise.all(dataSources.map((dataSource) => dataSource.warm(WARM_CONNECTIONS)));
  const events = config.EVENTS_DATABASE_URL
    ? new PostgresEventSource(config.EVENTS_DATABASE_URL, log, config.EVENT_RETENTION_DAYS)
    : null;
  await events?.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(edge.securityHeaders);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  let draining = false;
  app.get('/ready', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const checks = await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => [name, await subgraphReady(urls[name])] as const),
    );
    const subgraphs = Object.fromEntries(checks);
    const ready = checks.every(([, ok]) => ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', subgraphs });
  });

  app.use('/dev', devSignInRouter(config, signInternal, log));
  app.use(explorerRouter(INTROSPECTION));

  const authenticateRequest: express.RequestHandler = async (req, res, next) => {
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    try {
      const caller = await authenticate(req.get('authorization'));
      res.locals.context = { caller, requestId } satisfies GatewayContext;
      next();
    } catch (error) {
      if (error instanceof AuthenticationError) {
        if (await edge.rateLimits.refuseFailedAuthentication(req, res)) {
          return;
        }
        log.info({ requestId, reason: error.message }, 'request refused: not authenticated');
        res.setHeader('WWW-Authenticate', 'Bearer');
        sendError(res, 401, ErrorCode.UNAUTHENTICATED, error.message);
        return;
      }
      next(error);
    }
  };

  app.use(
    '/graphql',
    authenticateRequest,
    edge.rateLimits.requests,
    express.json({ limit: MAX_BODY }),
    edge.checkRequest,
    edge.trustedDocuments.require,
    expressMiddleware(apollo, { context: async ({ res }) => res.locals.context as GatewayContext }),
  );
  // The HTCDS/CTDC export: plain HTTP (a streamed CSV), same authentication.
  app.use(
    '/statistics',
    authenticateRequest,
    statisticsExportRouter(config.STATISTICS_URL, signInternal, log),
  );
  // A person's access report as a PDF: plain HTTP, same authentication and request limits.
  app.use(
    '/reports',
    authenticateRequest,
    edge.rateLimits.requests,
    accessReportRouter(apollo, log),
  );
  app.use(webApp(config));
  app.use(bodyErrorHandler(log));

  let server: Server | undefined;
  let subscriptions: { close(): Promise<void> } | undefined;
  return {
    app,
    log,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        const listening = listenHardened(app, edge.serverTimeouts, port, host, (error) => {
          if (error) {
            reject(error);
            return;
          }
          server = listening;
          keepConnectionsAlive(listening);
          if (events) {
            subscriptions = attachSubscriptions(listening, {
              apollo,
              apiSchema: () => apiSchema,
              authenticate,
              events,
              log,
              limits: edge.subscriptions,
              resumeGatherMs: config.LIVE_RESUME_GATHER_MS,
            });
          }
          const address = listening.address();
          resolve(
            `http://${host}:${typeof address === 'object' && address ? address.port : port}/graphql`,
          );
        });
      }),
    close: async () => {
      // Draining: not ready for new work, WebSocket clients told to reconnect elsewhere (1012),
      // requests in flight finish, then the event source and the planner stop.
      draining = true;
      await subscriptions?.close();
      if (server) {
        await closeServer(server, config.SHUTDOWN_GRACE_MS);
      }
      await events?.stop();
      await apollo.stop();
      await Promise.all(dataSources.map((dataSource) => dataSource.close()));
      await edge.close();
    },
  };
}

async function subgraphReady(graphqlUrl: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/ready', graphqlUrl), {
      signal: AbortSignal.timeout(2000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
