import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import {
  prepareDatabase,
  seedDemoData,
  DEV_AUDIENCE,
  DEV_ISSUER,
  mintDevToken,
  type DevSecrets,
} from '@hub/cli';
import {
  ensureDatabase,
  SUBGRAPH_NAMES,
  subgraphDatabaseUrl,
  withDatabase,
  type SubgraphName,
} from '@hub/common/bootstrap';
import { parseConfig, subgraphConfigSchema } from '@hub/common/config';
import { type Role } from '@hub/common/identity';
import { createSubgraphServer, type SubgraphServer } from '@hub/common/subgraph';
import { createGateway, gatewayConfigSchema, type HubGateway } from '@hub/gateway';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { pino } from 'pino';
import pg from 'pg';
import { SUBGRAPHS } from '../../infra/cli/src/subgraphs';

export const adminUrl = (): string => {
  const url = process.env.HUB_TEST_ADMIN_URL;
  if (!url) {
    throw new Error(
      'HUB_TEST_ADMIN_URL is not set: run the tests through jest (its global setup starts PostgreSQL).',
    );
  }
  return url;
};
export const roleSecret = (): string => process.env.HUB_TEST_ROLE_SECRET!;

export interface TestDatabase {
  /** Administrator URL of this test's own database. */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file: roles, schemas and every subgraph's migrations. */
export async function createTestDatabase(server = adminUrl()): Promise<TestDatabase> {
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(server, name);
  const url = withDatabase(server, name);
  await prepareDatabase(url, roleSecret());
  return {
    url,
    name,
    drop: async () => {
      const client = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function keyPair() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { privateKey: await exportPKCS8(privateKey), publicKey: await exportSPKI(publicKey) };
}

/** Log lines of every hub part, kept so a test can read what was logged. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  text(): string {
    return this.lines.join('\n');
  }
}

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
  };
}

export interface TestHub {
  readonly url: string;
  /** The same gateway's WebSocket (graphql-ws) endpoint. */
  readonly wsUrl: string;
  /** Another gateway on the same subgraphs and database. */
  startGateway(
    overrides?: Record<string, string>,
  ): Promise<{ url: string; wsUrl: string; close(): Promise<void> }>;
  /** The environment a gateway process of this hub needs (for starting gateway/dist/main.js). */
  gatewayEnv(): Record<string, string>;
  readonly db: TestDatabase;
  readonly secrets: DevSecrets;
  readonly subgraphUrls: Record<SubgraphName, string>;
  readonly subgraphs: Record<SubgraphName, SubgraphServer>;
  readonly logs: LogCapture;
  /** A development token for a demo partner. */
  token(partner: string, roles?: Role[]): Promise<string>;
  /** The same for a named user, when a test needs two different people of one partner. */
  tokenFor(sub: string, partner: string, roles?: Role[]): Promise<string>;
  /** POSTs a GraphQL operation to the gateway with a bearer token. */
  query(
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

/**
 * The whole hub in this process, on its own database: the four subgraph servers and the gateway,
 * each made by the same factory its `main` uses and configured through the same zod schemas,
 * listening on free ports. Real PostgreSQL, real tokens, real HTTP.
 */
/**
 * Gateway settings for tests that probe consent in bulk (hundreds of aliases, every case at
 * once): they are test harnesses, not clients, and the operation limits would only stop them.
 */
export const BULK_PROBE_LIMITS: Record<string, string> = {
  MAX_TOKENS: '100000',
  MAX_ALIASES: '10000',
  MAX_ROOT_FIELDS: '1000',
  MAX_COST: '10000000',
  RATE_PER_CALLER: '1000000',
  RATE_PER_PARTNER: '1000000',
  COST_BUDGET_PER_CALLER: '1000000000',
  COST_BUDGET_PER_PARTNER: '1000000000',
};

export async function startTestHub(
  options: {
    seed?: boolean;
    gateway?: Record<string, string>;
    /** Another PostgreSQL server (administrator URL). */ server?: string;
    /** The pino level of every service (LOG_LEVEL); `info` by default. */ logLevel?: string;
    /** Settings of every subgraph beside the test's own (their environment variables). */
    subgraph?: Record<string, string>;
  } = {},
): Promise<TestHub> {
  const db = await createTestDatabase(options.server);
  if (options.seed ?? true) {
    await seedDemoData(db.url, roleSecret());
  }
  const secrets: DevSecrets = {
    issuer: await keyPair(),
    internal: await keyPair(),
    roleSecret: roleSecret(),
  };
  const logs = new LogCapture();
  const logger = pino({ level: options.logLevel ?? 'info' }, logs);

  const subgraphs = {} as Record<SubgraphName, SubgraphServer>;
  const subgraphUrls = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) {
    const config = parseConfig(subgraphConfigSchema({ port: 0 }), {
      PORT: '0',
      DATABASE_URL: subgraphDatabaseUrl(db.url, roleSecret(), name),
      INTERNAL_VERIFY_KEY: secrets.internal.publicKey,
      DB_POOL_MAX: '4',
      ...options.subgraph,
    });
    subgraphs[name] = await createSubgraphServer(SUBGRAPHS[name], config, {
      logger: logger.child({ service: name }),
    });
    subgraphUrls[name] = await subgraphs[name].listen(0);
  }
  const gateways: HubGateway[] = [];
  /** A gateway over this hub's subgraphs; several may run at once, as replicas do. */
  const gatewayEnv = (): Record<string, string> => ({
    PORT: '0',
    JWT_PUBLIC_KEY: secrets.issuer.publicKey,
    JWT_ISSUER: DEV_ISSUER,
    JWT_AUDIENCE: DEV_AUDIENCE,
    INTERNAL_SIGNING_KEY: secrets.internal.privateKey,
    DEV_TOKEN_SIGNING_KEY: secrets.issuer.privateKey,
    CASES_URL: subgraphUrls.cases,
    PARTNERS_URL: subgraphUrls.partners,
    SERVICES_URL: subgraphUrls.services,
    LEGAL_URL: subgraphUrls.legal,
    STATISTICS_URL: subgraphUrls.statistics,
    EVENTS_DATABASE_URL: subgraphDatabaseUrl(db.url, roleSecret(), 'gateway'),
  });
  const startGateway = async (
    overrides: Record<string, string> = {},
  ): Promise<{ url: string; wsUrl: string; close(): Promise<void> }> => {
    const env: Record<string, string> = { ...gatewayEnv(), ...overrides };
    if (env.HUB_ENV === 'production') {
      // Production refuses the development sign-in's key, as it must.
      delete env.DEV_TOKEN_SIGNING_KEY;
    }
    const gatewayConfig = parseConfig(gatewayConfigSchema, env);
    const gateway = await createGateway(gatewayConfig, {
      logger: logger.child({ service: 'gateway' }),
    });
    gateways.push(gateway);
    const url = await gateway.listen(0);
    return {
      url,
      wsUrl: url.replace(/^http/, 'ws'),
      close: async () => {
        gateways.splice(gateways.indexOf(gateway), 1);
        await gateway.close();
      },
    };
  };
  const { url, wsUrl } = await startGateway(options.gateway);

  return {
    url,
    db,
    secrets,
    subgraphUrls,
    subgraphs,
    logs,
    token: (partner, roles) => mintDevToken(secrets, { partner, roles }),
    tokenFor: (sub, partner, roles) => mintDevToken(secrets, { sub, partner, roles }),
    query: (token, query, variables) =>
      postGraphQL(url, { query, variables }, { authorization: `Bearer ${token}` }),
    wsUrl,
    startGateway,
    gatewayEnv,
    close: async () => {
      await Promise.all(gateways.map((gateway) => gateway.close()));
      await Promise.all(Object.values(subgraphs).map((server) => server.close()));
      await db.drop();
    },
  };
}

/** A raw POST: JSON body, any headers; returns status, headers and the parsed body. */
export async function postGraphQL(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLResponse['body'],
  };
}
