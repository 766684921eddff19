import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import WebSocket from 'ws';
import { subgraphDatabaseUrl } from '@hub/common/bootstrap';
import { postGraphQL, roleSecret, startTestHub, type TestHub } from '../support/hub';
import { freePort, sleep, waitUntilReady } from '../support/processes';

const ROOT = path.resolve(__dirname, '../..');
const STACK_FRAME = /\bat (?:[\w.<>]+ )?\(?(?:node:|\/|file:)[^)]*:\d+(?::\d+)?\)?/;

/** A built process in production, every byte it writes kept. */
function spawnProduction(entry: string, env: Record<string, string>, port: number) {
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, entry)], {
    env: {
      PATH: process.env.PATH!,
      LOG_LEVEL: 'info',
      ...env,
      HUB_ENV: 'production',
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    lines: () => output.split('\n').filter((line) => line.trim() !== ''),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Every line is one JSON log record and none carries a stack frame. */
function expectOnlyJsonWithoutStacks(lines: string[]) {
  const notJson = lines.filter((line) => {
    try {
      return typeof JSON.parse(line) !== 'object';
    } catch {
      return true;
    }
  });
  expect(notJson).toEqual([]);
  expect(lines.filter((line) => STACK_FRAME.test(line))).toEqual([]);
}

/**
 * What libraries print on the console (graphql-ws's socket faults, knex's "Connection Error")
 * reaches the output as the process's JSON log lines, and in production without a stack.
 */
describe('console output of the built processes in production', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ seed: false });
  });
  afterAll(() => hub.close());

  it('the gateway: graphql-ws faults (a frame too large, a frame that is not UTF-8) are JSON log lines', async () => {
    const env = { ...hub.gatewayEnv(), MAX_WS_PAYLOAD: '1024' };
    delete (env as Record<string, string | undefined>).DEV_TOKEN_SIGNING_KEY;
    const gateway = spawnProduction('gateway/dist/main.js', env, await freePort());
    try {
      await waitUntilReady(`${gateway.url}/ready`);
      const wsUrl = `${gateway.url.replace(/^http/, 'ws')}/graphql`;
      const send = (payload: Buffer | string) =>
        new Promise<number>((resolve) => {
          const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
          socket.once('open', () => socket.send(payload, { binary: false }));
          socket.once('close', (code) => resolve(code));
          socket.once('error', () => undefined);
        });
      expect(await send('x'.repeat(4096))).toBe(1009);
      expect(await send(Buffer.from([0xc3, 0x28, 0xff]))).toBe(1007);
      await sleep(300);
      const lines = gateway.lines();
      expectOnlyJsonWithoutStacks(lines);
      const fromConsole = lines
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.console === true);
      expect(fromConsole.length).toBeGreaterThanOrEqual(2);
      expect(fromConsole.every((line) => line.service === 'gateway')).toBe(true);
      expectOnlyJsonWithoutStacks(lines);
    } finally {
      await gateway.stop();
    }
  }, 60_000);

  it('a subgraph: knex’s "Connection Error" during a database outage is a JSON log line', async () => {
    const partners = spawnProduction(
      'subgraphs/partners/dist/main.js',
      {
        DATABASE_URL: subgraphDatabaseUrl(hub.db.url, roleSecret(), 'partners'),
        INTERNAL_VERIFY_KEY: hub.secrets.internal.publicKey,
        MIGRATE_ON_START: 'false',
      },
      await freePort(),
    );
    try {
      await waitUntilReady(`${partners.url}/ready`);
      // Readiness probes open pooled connections; the administrator ends them (an outage).
      await Promise.all(
        Array.from({ length: 4 }, () =>
          postGraphQL(`${partners.url}/graphql`, { query: '{ __typename }' }),
        ),
      );
      await fetch(`${partners.url}/ready`);
      const admin = new pg.Client({ connectionString: hub.db.url });
      await admin.connect();
      try {
        await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity
            where usename = 'hub_partners' and datname = current_database() and pid <> pg_backend_pid()`,
        );
      } finally {
        await admin.end();
      }
      await sleep(200);
      // The next statements find their pooled connections dead: knex says "Connection Error".
      for (let i = 0; i < 3; i++) {
        await fetch(`${partners.url}/ready`);
      }
      await sleep(300);
      const lines = partners.lines();
      expectOnlyJsonWithoutStacks(lines);
      expect(partners.output()).toContain('Connection Error');
      const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(
        records.some(
          (line) => line.console === true && String(line.msg).includes('Connection Error'),
        ),
      ).toBe(true);
      expectOnlyJsonWithoutStacks(lines);
    } finally {
      await partners.stop();
    }
  }, 60_000);
});
