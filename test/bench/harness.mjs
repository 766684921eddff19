// A whole hub in this process on its own database, from the built packages: what benchmarks
// measure. Real PostgreSQL (embedded unless DATABASE_URL), real tokens, real HTTP.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const common = require('@hub/common');
const cli = require('@hub/cli');
const { createGateway, gatewayConfigSchema } = require('@hub/gateway');
const { generateKeyPair, exportPKCS8, exportSPKI } = require('jose');
const { pino } = require('pino');

export { common, cli };

async function keyPair() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { privateKey: await exportPKCS8(privateKey), publicKey: await exportSPKI(publicKey) };
}

/** PostgreSQL for the benchmark: DATABASE_URL, or a throwaway embedded server. */
export async function database() {
  const roleSecret = randomBytes(24).toString('base64url');
  let adminUrl = process.env.DATABASE_URL;
  let stop = async () => undefined;
  if (!adminUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-bench-pg-'));
    const pg = await cli.startThrowawayPostgres(path.join(dir, 'data'));
    adminUrl = pg.adminUrl;
    stop = async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const name = `hub_bench_${randomBytes(4).toString('hex')}`;
  await common.ensureDatabase(adminUrl, name);
  const url = common.withDatabase(adminUrl, name);
  await cli.prepareDatabase(url, roleSecret);
  await cli.seedDemoData(url, roleSecret);
  return { url, roleSecret, stop };
}

/** Four subgraphs and a gateway; `consent: false` only for measuring what enforcement costs. */
export async function startHub(
  db,
  {
    consent = true,
    sharedTokenIds = true,
    benchmarkGlobalFetch = false,
    gateway: overrides = {},
  } = {},
) {
  const secrets = { issuer: await keyPair(), internal: await keyPair(), roleSecret: db.roleSecret };
  const logger = pino({ level: 'silent' });
  const servers = [];
  const urls = {};
  for (const name of common.SUBGRAPH_NAMES) {
    const config = common.parseConfig(common.subgraphConfigSchema({ port: 0 }), {
      PORT: '0',
      DATABASE_URL: common.subgraphDatabaseUrl(db.url, db.roleSecret, name),
      INTERNAL_VERIFY_KEY: secrets.internal.publicKey,
      DB_POOL_MAX: '8',
      MIGRATE_ON_START: 'false',
    });
    const server = await common.createSubgraphServer(cli.SUBGRAPHS[name], config, {
      logger,
      benchmarkWithoutConsent: !consent,
      benchmarkWithoutSharedTokenIds: !sharedTokenIds,
    });
    urls[name] = await server.listen(0);
    servers.push(server);
  }
  const gateway = await createGateway(
    common.parseConfig(gatewayConfigSchema, {
      PORT: '0',
      JWT_PUBLIC_KEY: secrets.issuer.publicKey,
      JWT_ISSUER: cli.DEV_ISSUER,
      JWT_AUDIENCE: cli.DEV_AUDIENCE,
      INTERNAL_SIGNING_KEY: secrets.internal.privateKey,
      // The development sign-in, for the web benchmark's browser.
      DEV_TOKEN_SIGNING_KEY: secrets.issuer.privateKey,
      CASES_URL: urls.cases,
      PARTNERS_URL: urls.partners,
      SERVICES_URL: urls.services,
      LEGAL_URL: urls.legal,
      STATISTICS_URL: urls.statistics,
      EVENTS_DATABASE_URL: common.subgraphDatabaseUrl(db.url, db.roleSecret, 'gateway'),
      LOG_LEVEL: 'silent',
      ...overrides,
    }),
    { logger, benchmarkGlobalFetch },
  );
  const url = await gateway.listen(0);
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    token: (partner, roles) => cli.mintDevToken(secrets, { partner, roles }),
    tokenFor: (sub, partner, roles) => cli.mintDevToken(secrets, { sub, partner, roles }),
    close: async () => {
      await gateway.close();
      await Promise.all(servers.map((server) => server.close()));
    },
  };
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Closed loop: `concurrency` clients each sending one request after another, `total` in all. */
export async function load(send, { total, concurrency }) {
  const latencies = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const t0 = process.hrtime.bigint();
        await send();
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rps: latencies.length / seconds,
    n: latencies.length,
  };
}
