import 'reflect-metadata';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import type { SubgraphName } from './bootstrap';
import type { SubgraphConfig } from './config';
import type { HubContext } from './context';
import { accessLogRows, createAccessLogWriter, type AccessLogWriter } from './consent/access-log';
import {
  CATEGORY_DIRECTIVE_SDL,
  CONSENT_SPEC_URL,
  DATA_CATEGORY_ENUM_SDL,
  type CaseIdOf,
} from './consent/category';
import { ConsentEvaluator } from './consent/consent';
import { enforceCategories } from './consent/enforce';
import { canonicaliseIds } from './ids';
import { createOrm, migrate, ping, sqlStatements, type OrmOptions } from './db';
import { ErrorCode, HubError, maskError } from './errors';
import { isOutage, outageError } from './outage';
import { bodyErrorHandler, describeFault, MAX_BODY, requestLogPlugin } from './http';
import { audienceHash, createInternalVerifier, type Caller } from './identity';
import { createGatekeeper } from './gatekeeper';
import { createLogger, type Logger } from './logger';

/** The federation 2 directives a subgraph may use. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@composeDirective"])';

/** The consent vocabulary: `@category` on every field of a case-related type, kept in the supergraph. */
const CONSENT_LINK = `extend schema @link(url: "${CONSENT_SPEC_URL}", import: ["@category"]) @composeDirective(name: "@category")`;

type ReferenceResolver = (
  reference: { id?: string; code?: string } & Record<string, unknown>,
  ctx: HubContext,
) => unknown;

/** What makes one subgraph: its types and resolvers, its tables, its migrations. */
export interface SubgraphDefinition {
  name: SubgraphName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /**
   * How to find the case of each case-related type (by GraphQL type name). Value objects without
   * an id (Person, …) need no entry: they take the case of the field that returned them.
   */
  caseTypes?: Record<string, CaseIdOf>;
  /**
   * SDL this subgraph publishes without resolving it itself, such as the Subscription type the
   * gateway serves (a subgraph never executes subscriptions).
   */
  extraTypeDefs?: string;
  /** `__resolveReference` per entity type this subgraph owns; back each with a DataLoader. */
  referenceResolvers?: Record<string, ReferenceResolver>;
  entities: OrmOptions['entities'];
  migrations: OrmOptions['migrations'];
  /**
   * Work the subgraph does in the background while it serves, e.g. following other subgraphs'
   * events. Started once the server is built, stopped first when it closes.
   */
  background?: (orm: MikroORM, log: Logger) => { stop(): Promise<void> };
  /**
   * Plain HTTP routes beside /graphql (e.g. a streamed CSV download), mounted at `path` behind
   * the same internal identity check: handlers find the caller in `res.locals.caller` and the
   * request id in `res.locals.requestId`.
   */
  http?: { path: string; routes: (router: express.Router, orm: MikroORM, log: Logger) => void };
}

/**
 * Builds a federation 2 subgraph schema from type-graphql classes: type-graphql makes the schema,
 * its SDL (with `@key` and friends) is printed with directives and handed to @apollo/subgraph,
 * and the resolvers are re-attached together with the reference resolvers.
 */
export async function buildFederatedSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    skipCheck: true,
    // forbidUnknownValues would refuse plain Date arguments; inputs are type-graphql classes anyway.
    validate: { forbidUnknownValues: false, whitelist: true, forbidNonWhitelisted: true },
  });
  const printed = printSchemaWithDirectives(schema);
  const vocabulary = /^enum DataCategory\b/m.test(printed) ? '' : `\n\n${DATA_CATEGORY_ENUM_SDL}`;
  const extra = definition.extraTypeDefs ? `\n\n${definition.extraTypeDefs}` : '';
  const typeDefs = parse(
    `${FEDERATION_LINK}\n${CONSENT_LINK}\n\n${CATEGORY_DIRECTIVE_SDL}\n\n${printed}${vocabulary}${extra}`,
  );
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolve] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      __resolveReference: resolve,
    } as never;
  }
  const subgraph = buildSubgraphSchema({ typeDefs, resolvers });
  enforceCategories(subgraph, definition.caseTypes ?? {});
  // Outermost: ids are canonical before consent or any resolver reads them.
  canonicaliseIds(subgraph);
  return subgraph;
}

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

/**
 * Writes the request's consent decisions to the access log before the response leaves. If they
 * cannot be recorded, nothing is released: the response becomes an error.
 */
function accessLogPlugin(
  subgraph: SubgraphName,
  write: AccessLogWriter,
  log: Logger,
): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, response }) {
          try {
            await write(
              accessLogRows(
                contextValue.consent,
                {
                  requestId: contextValue.requestId,
                  subgraph,
                  operation: contextValue.operation ?? operationName ?? null,
                },
                contextValue.audience ?? undefined,
              ),
            );
          } catch (error) {
            log.error(
              { requestId: contextValue.requestId, err: describeFault(error) },
              'access log write failed; response withheld',
            );
            if (response.body.kind === 'single') {
              // The database going away under the write is an outage, retryable like any other:
              // a live update read at that moment is retried, not taken for a refusal.
              response.body.singleResult = {
                errors: [
                  isOutage(error)
                    ? outageError(undefined)
                    : {
                        message: 'The access could not be recorded, so nothing is released.',
                        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
                      },
                ],
              };
            }
          }
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

/** The subgraph's SDL as composition sees it (what `schema/<name>.graphql` holds). */
export function subgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
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

  // Only the gateway may call a subgraph: a token signed for this subgraph, request and operation.
  const gate = createGatekeeper(verify, log);

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
      if (server) {
        await closeServer(server, config.SHUTDOWN_GRACE_MS);
      }
      await apollo.stop();
      await orm.close();
    },
  };
}
