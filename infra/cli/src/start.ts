import { spawn, type ChildProcess } from 'node:child_process';
import { SUBGRAPH_NAMES, subgraphDatabaseUrl, type SubgraphName } from '@hub/common/bootstrap';
import type { CliConfig } from './config';
import { openDatabase, prepareDatabase } from './database';
import { seedDemoData } from './demo/seed';
import { DEV_AUDIENCE, DEV_ISSUER, ensureDevSecrets } from './dev-secrets';
import { gatewayEntry, subgraphEntry } from './subgraphs';

export interface RunningHub {
  url: string;
  stop(): Promise<void>;
}

type Say = (line: string) => void;

/**
 * The one-command start: database (embedded unless DATABASE_URL), roles, schemas, migrations,
 * demo data once, then the four subgraphs and the gateway as separate processes running the
 * same entry points as production, configured through their environment.
 */
export async function startHub(config: CliConfig, say: Say): Promise<RunningHub> {
  const started = Date.now();
  const secrets = await ensureDevSecrets(config.HUB_DATA_DIR);
  const database = await openDatabase(config);
  const children: ChildProcess[] = [];
  const stop = async () => {
    await stopChildren(children);
    await database.stop();
  };
  try {
    say(
      database.embedded
        ? `PostgreSQL (embedded) is up, data in ${config.HUB_DATA_DIR}`
        : 'Using the PostgreSQL at DATABASE_URL',
    );
    await prepareDatabase(database.adminUrl, secrets.roleSecret);
    const seeded = await seedDemoData(database.adminUrl, secrets.roleSecret);
    if (seeded.partners + seeded.services + seeded.cases + seeded.proceedings > 0) {
      say(
        `Loaded synthetic demo data: ${seeded.partners} partners, ${seeded.services} services, ${seeded.cases} cases, ${seeded.proceedings} proceedings`,
      );
    }
    const portOf = (name: SubgraphName) => config.HUB_PORT + 1 + SUBGRAPH_NAMES.indexOf(name);
    const urlOf = (name: SubgraphName) => `http://127.0.0.1:${portOf(name)}/graphql`;
    const common = {
      PATH: process.env.PATH,
      LOG_LEVEL: config.LOG_LEVEL,
      // Libraries (express among them) skip development-only work under NODE_ENV=production.
      NODE_ENV: config.HUB_ENV === 'production' ? 'production' : process.env.NODE_ENV,
      HUB_ENV: config.HUB_ENV,
    };
    const flags = processFlags(config.HUB_ENV);
    for (const name of SUBGRAPH_NAMES) {
      children.push(
        run(subgraphEntry(name), flags, {
          ...common,
          PORT: String(portOf(name)),
          DATABASE_URL: subgraphDatabaseUrl(database.adminUrl, secrets.roleSecret, name),
          INTERNAL_VERIFY_KEY: secrets.internal.publicKey,
          MIGRATE_ON_START: 'false',
        }),
      );
    }
    children.push(
      run(gatewayEntry(), flags, {
        ...common,
        PORT: String(config.HUB_PORT),
        JWT_PUBLIC_KEY: secrets.issuer.publicKey,
        JWT_ISSUER: DEV_ISSUER,
        JWT_AUDIENCE: DEV_AUDIENCE,
        INTERNAL_SIGNING_KEY: secrets.internal.privateKey,
        // The development sign-in (/dev/token) signs as the development issuer; never in production.
        DEV_TOKEN_SIGNING_KEY:
          config.HUB_ENV === 'production' ? undefined : secrets.issuer.privateKey,
        CASES_URL: urlOf('cases'),
        PARTNERS_URL: urlOf('partners'),
        SERVICES_URL: urlOf('services'),
        LEGAL_URL: urlOf('legal'),
        STATISTICS_URL: urlOf('statistics'),
        EVENTS_DATABASE_URL: subgraphDatabaseUrl(database.adminUrl, secrets.roleSecret, 'gateway'),
      }),
    );
    const base = `http://127.0.0.1:${config.HUB_PORT}`;
    await waitUntilReady(`${base}/ready`, children, 60_000);
    say(
      `The hub is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${base}/ (the web application; API at ${base}/graphql)`,
    );
    return { url: `${base}/graphql`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Node's flags for the hub's processes. Source-mapped stack traces point at the TypeScript line
 * while developing; in production they are left off: Node then rewrites every `Error().stack`
 * (libraries build some per request) through the source maps, which cost the gateway ~9 % of
 * its CPU, and no stack reaches a log line there anyway.
 */
export const processFlags = (hubEnv: CliConfig['HUB_ENV']): string[] =>
  hubEnv === 'production' ? [] : ['--enable-source-maps'];

function run(
  entry: string,
  flags: readonly string[],
  env: Record<string, string | undefined>,
): ChildProcess {
  // Detached: Ctrl-C reaches only this launcher, which stops the children in order. The IPC
  // channel lets a child notice when the launcher is gone, however it went.
  return spawn(process.execPath, [...flags, entry], {
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
}

async function waitUntilReady(
  url: string,
  children: ChildProcess[],
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const exited = children.find((child) => child.exitCode !== null);
    if (exited) {
      throw new Error(
        `A hub process exited during start (code ${exited.exitCode}); its log is above.`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`The hub was not ready within ${timeoutMs / 1000} s.`);
}

/** SIGTERM to each process (gateway first), then SIGKILL to any still running after 10 s. */
async function stopChildren(children: ChildProcess[]): Promise<void> {
  for (const child of [...children].reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) {
      continue;
    }
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
