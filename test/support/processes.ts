import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { subgraphDatabaseUrl, type SubgraphName } from '@hub/common';
import { roleSecret, type TestHub } from './hub';

const ROOT = path.resolve(__dirname, '../..');

/** A port nobody listens on right now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

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
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

function startProcess(entry: string, port: number, env: Record<string, string>): HubProcess {
  const child = spawn(process.execPath, [path.join(ROOT, entry)], {
    env: { PATH: process.env.PATH!, LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    exited,
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
): Promise<HubProcess> {
  const started = startProcess(`subgraphs/${name}/dist/main.js`, port ?? (await freePort()), {
    DATABASE_URL: subgraphDatabaseUrl(hub.db.url, roleSecret(), name),
    INTERNAL_VERIFY_KEY: hub.secrets.internal.publicKey,
    MIGRATE_ON_START: 'false',
  });
  await waitUntilReady(`${started.url}/ready`);
  return started;
}
