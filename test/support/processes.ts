import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { subgraphDatabaseUrl, type SubgraphName } from '@hub/common/bootstrap';
import { freePort } from '../../infra/cli/src/embedded';
import { roleSecret, type TestHub } from './hub';

export { freePort };

const ROOT = path.resolve(__dirname, '../..');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls a URL until it answers 200 (or the time is up). */
export async function waitUntilReady(url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) {
      return;
    }
    await sleep(50);
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

/** A hub process started from its built entry point (as production runs it). */
export interface HubProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly url: string;
  /** Resolves with the exit code once the process is gone. */
  readonly exited: Promise<number | null>;
  /** Sends a signal without waiting. */
  signal(signal: NodeJS.Signals): void;
  /** Sends a signal (SIGTERM by default) and waits until the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

function startProcess(entry: string, port: number, env: Record<string, string>): HubProcess {
  const child = spawn(process.execPath, [path.join(ROOT, entry)], {
    env: {
      PATH: process.env.PATH!,
      LOG_LEVEL: process.env.HUB_TEST_CHILD_LOGS ?? 'warn',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', process.env.HUB_TEST_CHILD_LOGS ? 'inherit' : 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    exited,
    signal: (signal) => {
      child.kill(signal);
    },
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
      }
      return exited;
    },
  };
}

/** This hub's gateway as its own process (same subgraphs and database), ready. */
export async function startGatewayProcess(
  hub: TestHub,
  port?: number,
  env: Record<string, string> = {},
): Promise<HubProcess> {
  const started = startProcess('gateway/dist/main.js', port ?? (await freePort()), {
    ...hub.gatewayEnv(),
    ...env,
  });
  await waitUntilReady(`${started.url}/ready`);
  return started;
}

/** One of this hub's subgraphs as its own process on its own port, ready. */
export async function startSubgraphProcess(
  hub: TestHub,
  name: SubgraphName,
  port?: number,
  env: Record<string, string> = {},
): Promise<HubProcess> {
  const started = startProcess(`subgraphs/${name}/dist/main.js`, port ?? (await freePort()), {
    DATABASE_URL: subgraphDatabaseUrl(hub.db.url, roleSecret(), name),
    INTERNAL_VERIFY_KEY: hub.secrets.internal.publicKey,
    MIGRATE_ON_START: 'false',
    ...env,
  });
  await waitUntilReady(`${started.url}/ready`);
  return started;
}

/** A PostgreSQL server this test may restart; its data survives restarts. */
export interface RestartablePostgres {
  readonly adminUrl: string;
  readonly running: boolean;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startRestartablePostgres(dir: string): Promise<RestartablePostgres> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  let adminUrl = '';
  const start = async () => {
    const started = spawn(
      process.execPath,
      [path.join(__dirname, 'postgres-process.mjs'), dir, String(port)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    adminUrl = await new Promise<string>((resolve, reject) => {
      let out = '';
      started.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const ready = /READY (\S+)/.exec(out);
        if (ready) {
          resolve(ready[1]);
        }
      });
      started.once('exit', (code) => reject(new Error(`PostgreSQL exited (${code})`)));
    });
    child = started;
  };
  await start();
  return {
    get adminUrl() {
      return adminUrl;
    },
    get running() {
      return child !== null;
    },
    start,
    stop: async () => {
      const running = child;
      child = null;
      if (running && running.exitCode === null) {
        const exited = new Promise((resolve) => running.once('exit', resolve));
        running.kill('SIGTERM');
        await exited;
      }
    },
  };
}
