import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { DEV_AUDIENCE, DEV_ISSUER } from '@hub/cli';
import { importPKCS8, SignJWT } from 'jose';
import WebSocket from 'ws';
import { apiSchema, hostileOperation, random, type FuzzOperation } from '../support/fuzz';
import { postGraphQL, startTestHub, type TestHub } from '../support/hub';

// FUZZ_SEED runs another sequence (to look for more); the suite runs this one.
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const HTTP_OPERATIONS = 4600;
const WS_OPERATIONS = 600;
const HTTP_WORKERS = 6;
const WS_WORKERS = 2;

/** What no response may contain: stack frames, module paths, internal addresses, stored people. */
const LEAK =
  /\bat [\w$.<>]+ \(|node_modules|\.ts:\d+|\.js:\d+|stacktrace|127\.0\.0\.1|localhost|serviceName|Синтетичка-/;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const rssOf = (child: ChildProcess) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) * 1024;

/**
 * The gateway's live heap after a full garbage collection, read over the inspector protocol
 * (resident memory only says how much V8 has kept, not how much is still in use).
 */
async function liveHeapOf(inspectorUrl: string): Promise<number> {
  const socket = new WebSocket(inspectorUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let id = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<{ result?: { result?: { value?: unknown } } }>((resolve) => {
      const mine = ++id;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(data.toString()) as { id?: number };
        if (message.id === mine) {
          socket.off('message', onMessage);
          resolve(message as never);
        }
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id: mine, method, params }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const used = await call('Runtime.evaluate', {
      expression: 'process.memoryUsage().heapUsed',
      returnByValue: true,
    });
    return Number(used.result?.result?.value);
  } finally {
    socket.close();
  }
}

/**
 * A seeded fuzz run of hostile operations built from schema/api.graphql against a gateway in its
 * own process (so its memory can be read): random root fields of every type with hostile
 * arguments, as literals and as variables, plus structural attacks. Nothing may answer 5xx or an
 * internal error, nothing may leak, and everything is alive and ready after.
 */
describe('fuzzing the gateway', () => {
  let hub: TestHub;
  let child: ChildProcess;
  let base: string;
  let inspector: string;

  beforeAll(async () => {
    hub = await startTestHub();
    const port = await freePort();
    child = spawn(
      process.execPath,
      ['--inspect=127.0.0.1:0', path.resolve(__dirname, '../../gateway/dist/main.js')],
      {
        env: {
          PATH: process.env.PATH!,
          ...hub.gatewayEnv(),
          PORT: String(port),
          LOG_LEVEL: 'silent',
          // The fuzzer is one caller sending thousands of operations: rate limits are tested
          // elsewhere, here they would only stop the fuzzing.
          RATE_PER_CALLER: '1000000',
          RATE_PER_PARTNER: '1000000',
          COST_BUDGET_PER_CALLER: '1000000000',
          COST_BUDGET_PER_PARTNER: '1000000000',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    inspector = await new Promise<string>((resolve) => {
      let seen = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const found = /ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/.exec(seen);
        if (found) {
          resolve(found[0]);
        }
      });
    });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 150; i++) {
      if (
        await fetch(`${base}/ready`).then(
          (r) => r.ok,
          () => false,
        )
      ) {
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 60_000);
  afterAll(async () => {
    child?.kill('SIGTERM');
    await hub?.close();
  });

  it('answers thousands of hostile operations without a fault or a leak', async () => {
    const schema = apiSchema();
    const rng = random(SEED);
    // A partner with no grants, a partner coordinator, and a Centre analyst (sees no case data).
    const key = await importPKCS8(hub.secrets.issuer.privateKey, 'ES256');
    const sign = (sub: string, partner: string, roles: string[]) =>
      new SignJWT({ partner, roles })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(sub)
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(key);
    const tokens = [
      await sign('fuzz-member', 'fuzz-partner', ['MEMBER']),
      await sign('fuzz-coordinator', 'fuzz-partner', ['COORDINATOR']),
      await sign('fuzz-analyst', 'centre', ['ANALYST']),
    ];
    const url = `${base}/graphql`;
    const failures: string[] = [];
    const fail = (what: string, op: FuzzOperation, detail: string) => {
      if (failures.length < 20) {
        failures.push(`${what}: ${op.query.slice(0, 200)} → ${detail.slice(0, 300)}`);
      }
    };
    const judge = (op: FuzzOperation, status: number, body: unknown) => {
      const text = JSON.stringify(body);
      if (status >= 500) {
        fail(`HTTP ${status}`, op, text);
      }
      if (text.includes('INTERNAL_SERVER_ERROR')) {
        fail('internal error', op, text);
      }
      if (LEAK.test(text)) {
        fail(`leak ${LEAK.exec(text)![0]}`, op, text);
      }
    };
    const operations = Array.from({ length: HTTP_OPERATIONS }, () =>
      hostileOperation(rng, schema, rng.chance(0.7) ? 'query' : 'mutation'),
    );
    const subscriptions = Array.from({ length: WS_OPERATIONS }, () =>
      hostileOperation(rng, schema, 'subscription'),
    );

    let sent = 0;
    const runHttp = async (worker: number, ops: FuzzOperation[]) => {
      for (let i = worker; i < ops.length; i += HTTP_WORKERS) {
        const op = ops[i];
        const response = await postGraphQL(url, op, {
          authorization: `Bearer ${tokens[i % tokens.length]}`,
        }).catch((error: Error) => ({ status: 599, body: { error: error.message } }));
        judge(op, response.status, response.body);
        sent++;
      }
    };
    const runWs = async (worker: number) => {
      const client: Client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${tokens[worker % tokens.length]}` },
        retryAttempts: 3,
      });
      try {
        for (let i = worker; i < subscriptions.length; i += WS_WORKERS) {
          const op = subscriptions[i];
          await new Promise<void>((resolve) => {
            let stop = () => undefined as void;
            const timer = setTimeout(() => {
              stop();
              resolve();
            }, 150);
            stop = client.subscribe(op, {
              next: (result) => judge(op, 200, result),
              error: (error) => {
                judge(
                  op,
                  200,
                  Array.isArray(error) ? { errors: error } : { closed: String(error) },
                );
                clearTimeout(timer);
                resolve();
              },
              complete: () => {
                clearTimeout(timer);
                resolve();
              },
            });
          });
          sent++;
        }
      } finally {
        await client.dispose();
      }
    };

    // Warm up (caches, JIT), then read the gateway's memory as its start.
    await Promise.all(
      Array.from({ length: HTTP_WORKERS }, (_, w) => runHttp(w, operations.slice(0, 800))),
    );
    const startRss = rssOf(child);
    const startHeap = await liveHeapOf(inspector);
    await Promise.all([
      ...Array.from({ length: HTTP_WORKERS }, (_, w) => runHttp(w, operations.slice(800))),
      ...Array.from({ length: WS_WORKERS }, (_, w) => runWs(w)),
    ]);
    await new Promise((r) => setTimeout(r, 3000));
    const endRss = rssOf(child);
    const endHeap = await liveHeapOf(inspector);

    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(5000);
    // Everything alive and ready.
    expect(child.exitCode).toBeNull();
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect((await fetch(new URL('/ready', hub.url))).status).toBe(200);
    const normal = await postGraphQL(
      url,
      { query: '{ myGrants { id } }' },
      {
        authorization: `Bearer ${tokens[0]}`,
      },
    );
    expect(normal.status).toBe(200);
    const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
    console.log(
      `fuzz: ${sent} operations; gateway live heap ${mib(startHeap)} → ${mib(endHeap)} MiB, resident ${mib(startRss)} → ${mib(endRss)} MiB`,
    );
    expect(endHeap / startHeap).toBeLessThan(1.2);
  }, 240_000);
});
