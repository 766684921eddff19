import 'reflect-metadata';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { SubgraphName } from './bootstrap';
import type { SubgraphConfig } from './config';
import type { HubContext } from './context';
import { createAccessLogWriter } from './consent/access-log';
import { accessLogPlugin } from './consent/access-log.plugin';
import { ConsentEvaluator } from './consent/consent';
import { createOrm, migrate, ping, sqlStatements } from './db';
import { ErrorCode, HubError, maskError } from './errors';
import { buildFederatedSchema, type SubgraphDefinition } from './federated-schema';
import {
  bodyErrorHandler,
  closeServer,
  describeFault,
  keepConnectionsAlive,
  MAX_BODY,
  requestLogPlugin,
} from './http';
import { audienceHash, createInternalVerifier, type Caller } from './identity';
import { createGatekeeper } from './gatekeeper';
import { startIdempotencySweep } from './idempotency-sweep';
import { postgresTokenUse } from './token-use';
import { createLogger, type Logger } from './logger';

/**
 * The subscribers a shared live-update read is for: the list in the body must be the one whose
 * hash the gateway signed, or the request is refused.
 */
function audienceOf(body: unknown, signed: string | null): readonly string[] | null {
  const list = (body as { extensions?: { hubAudience?: unknown } } | undefined)?.extensions
    ?.hubAudience;
  if (!signed && list === undefined) {
    return null;
  }
  const valid =
    Array.isArray(list) &&
    list.length <= 10_000 &&
    list.every((sub) => typeof sub === 'string' && sub.length <= 200) &&
    signed === audienceHash(list as string[]);
  if (!valid) {
    throw new HubError(
      ErrorCode.UNAUTHENTICATED,
      'The audience of this request does not match its signed identity.',
    );
  }
  return list as string[];
}

export interface SubgraphServer {
  readonly name: SubgraphName;
  readonly app: express.Express;
  readonly orm: MikroORM;
  readonly log: Logger;
  /** Starts listening; resolves with the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting requests, lets running ones finish, closes the database pool. */
  close(): Promise<void>;
}

/**
 * Everything one subgraph process needs, made from its definition and configuration: database
 * (migrated unless told not to), schema, Apollo server and the HTTP app. `main.ts` only listens.
 */
export async function createSubgraphServer(
  definition: SubgraphDefinition,
  config: SubgraphConfig,
  options: {
    logger?: Logger;
    /** Benchmarks only, to measure what enforcement costs: every check allows, nothing is logged. */
    benchmarkWithoutConsent?: boolean;
    /** Benchmarks only, to measure what sharing costs: one-time token ids in this replica's memory alone. */
    benchmarkWithoutSharedTokenIds?: boolean;
  } = {},
): Promise<SubgraphServer> {
  const log = options.logger ?? createLogger(`subgraph-${definition.name}`, config.LOG_LEVEL);
  const orm = await createOrm({
    url: config.DATABASE_URL,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    poolMax: config.DB_POOL_MAX,
    logger: log,
  });
  if (config.MIGRATE_ON_START) {
    const applied = await migrate(orm);
    if (applied.length > 0) {
      log.info({ applied }, 'migrations applied');
    }
  }
  const schema = await buildFederatedSchema(definition);
  const verify = await createInternalVerifier(config.INTERNAL_VERIFY_KEY, definition.name);

  const apollo = new ApolloServer<HubContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Apollo's own SIGTERM handler stops at once and re-sends the signal; onShutdown drains.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      requestLogPlugin(log),
      accessLogPlugin(definition.name, createAccessLogWriter(orm.em), log),
    ],
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
            'unexpected resolver fault',
          ),
        error,
        (masked, original) =>
          log.warn({ err: describeFault(original), path: masked.path }, 'database unavailable'),
      ),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', subgraph: definition.name });
  });
  let draining = false;
  app.get('/ready', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'draining', subgraph: definition.name });
      return;
    }
    const database = await ping(orm);
    res
      .status(database ? 200 : 503)
      .json({ status: database ? 'ready' : 'unavailable', subgraph: definition.name, database });
  });

  /** Runs one statement on the subgraph's pool and says how many rows it changed. */
  const run = async (sql: string, params: unknown[]) =>
    ((await orm.em.getConnection().execute(sql, params, 'run')) as { affectedRows: number })
      .affectedRows;

  // Only the gateway may call a subgraph: a token signed for this subgraph, request and operation.
  const gate = createGatekeeper(
    verify,
    log,
    options.benchmarkWithoutSharedTokenIds
      ? undefined
      : postgresTokenUse(run, definition.name, log),
  );

  app.use(
    '/graphql',
    gate.identify,
    express.json({ limit: MAX_BODY }),
    gate.bindGraphQL,
    // After the body is read (its stream events run outside this scope), for the whole request.
    (_req, res, next) => sqlStatements.scope.run({ requestId: res.locals.requestId }, next),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<HubContext> => {
        const requestId = res.locals.requestId as string;
        const caller = res.locals.caller as Caller;
        const audience = audienceOf(req.body, res.locals.audienceHash as string | null);
        const em = orm.em.fork();
        return {
          caller,
          requestId,
          subgraph: definition.name,
          em,
          log: log.child({ requestId }),
          loaders: new Map(),
          operation: res.locals.operation as string | null,
          audience,
          consent: new ConsentEvaluator(caller, em, !options.benchmarkWithoutConsent),
        };
      },
    }),
  );
  if (definition.http) {
    const router = express.Router();
    definition.http.routes(router, orm, log);
    app.use(definition.http.path, gate.identify, gate.bindHttp, router);
  }
  app.use(bodyErrorHandler(log));

  const background = definition.background?.(orm, log);
  const sweep =
    definition.idempotencyKeys === false
      ? undefined
      : startIdempotencySweep(
          run,
          definition.name,
          config.IDEMPOTENCY_KEY_TTL_HOURS,
          config.IDEMPOTENCY_KEY_SWEEP_SECONDS,
          log,
        );
  let server: Server | undefined;
  return {
    name: definition.name,
    app,
    orm,
    log,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        const listening = app.listen(port, host, (error?: Error) => {
          if (error) {
            reject(error);
            return;
          }
          server = listening;
          keepConnectionsAlive(listening);
          const address = listening.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolve(`http://${host}:${actualPort}/graphql`);
        });
      }),
    close: async () => {
      draining = true;
      await background?.stop();
      await sweep?.stop();
      if (server) {
        await closeServer(server, config.SHUTDOWN_GRACE_MS);
      }
      await apollo.stop();
      await orm.close();
    },
  };
}
