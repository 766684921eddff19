import pg from 'pg';
import { startTestHub, postGraphQL, type TestHub } from '../support/hub';
import { follow } from '../support/live';
import {
  sleep,
  startGatewayProcess,
  startSubgraphProcess,
  type HubProcess,
} from '../support/processes';

/**
 * SIGTERM is how every orchestrator stops a process. Each hub process then stops taking new
 * work, finishes what is in flight, tells WebSocket clients to reconnect, and exits 0.
 */
describe('SIGTERM under load', () => {
  let hub: TestHub;
  let admin: pg.Client;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = new pg.Client({ connectionString: hub.db.url });
    await admin.connect();
    token = await hub.token('atina');
  });
  afterAll(async () => {
    await admin.end();
    await hub.close();
  });

  /** Sessions waiting on the partner table's lock: requests that are surely under way. */
  const waitingOnLock = async () => {
    // The lock's holder is inside its transaction, whose statistics snapshot would not move.
    await admin.query('select pg_stat_clear_snapshot()');
    return Number(
      (
        await admin.query<{ n: string }>(
          `select count(*)::text as n from pg_stat_activity
            where wait_event_type = 'Lock' and query ilike '%partners%partner%' and pid <> pg_backend_pid()`,
        )
      ).rows[0].n,
    );
  };

  /**
   * Sixteen requests held in flight by a lock on the partner table, the signal once `held` of
   * them wait on it (so they are surely under way, however slow a loaded machine is to get them
   * there), then the lock released.
   */
  const inFlightThroughSignal = async (gatewayUrl: string, target: HubProcess, held = 0) => {
    await admin.query('begin');
    await admin.query('lock table partners.partner in access exclusive mode');
    const requests = Array.from({ length: 16 }, () =>
      postGraphQL(
        gatewayUrl,
        { query: '{ partnerByCode(code: "astra") { name } }' },
        { authorization: `Bearer ${token}` },
      ).catch((error: Error) => ({ status: 0, body: { error: error.message } })),
    );
    await sleep(500);
    let waiting = await waitingOnLock();
    for (const deadline = Date.now() + 20_000; waiting < held && Date.now() < deadline;) {
      await sleep(50);
      waiting = await waitingOnLock();
    }
    expect(waiting).toBeGreaterThanOrEqual(held);
    target.signal('SIGTERM');
    const exitedEarly = await Promise.race([target.exited.then(() => true), sleep(400)]);
    await admin.query('commit');
    const answers = await Promise.all(requests);
    return { answers, exitedEarly: exitedEarly === true, code: await target.exited };
  };

  it('lets every in-flight gateway request finish, refuses new ones, exits 0', async () => {
    const gateway = await startGatewayProcess(hub);
    const { answers, exitedEarly, code } = await inFlightThroughSignal(
      `${gateway.url}/graphql`,
      gateway,
    );
    expect(exitedEarly).toBe(false);
    expect(answers.map((a) => a.status)).toEqual(Array(16).fill(200));
    expect(answers.every((a) => (a.body as { data?: unknown }).data)).toBe(true);
    expect(code).toBe(0);
    await expect(fetch(`${gateway.url}/health`)).rejects.toThrow();
  });

  it('lets every in-flight subgraph request finish, then exits 0', async () => {
    // A pool as large as the requests, so every one of them can be seen waiting on the lock.
    const partners = await startSubgraphProcess(hub, 'partners', undefined, { DB_POOL_MAX: '20' });
    const gateway = await hub.startGateway({ PARTNERS_URL: `${partners.url}/graphql` });
    try {
      const { answers, exitedEarly, code } = await inFlightThroughSignal(gateway.url, partners, 16);
      expect(exitedEarly).toBe(false);
      expect(answers.map((a) => a.status)).toEqual(Array(16).fill(200));
      expect(
        answers.map((a) => (a.body as { data?: { partnerByCode?: unknown } }).data?.partnerByCode),
      ).toEqual(Array(16).fill({ name: expect.any(String) }));
      expect(code).toBe(0);
    } finally {
      await gateway.close();
    }
  });

  it('tells graphql-ws clients to reconnect (1012) when the gateway stops', async () => {
    const gateway = await startGatewayProcess(hub);
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const stream = follow(
      `ws://127.0.0.1:${gateway.port}/graphql`,
      worker,
      'subscription { myReferralEvents { id } }',
    );
    await sleep(300);
    await gateway.stop('SIGTERM');
    expect(await gateway.exited).toBe(0);
    await sleep(100);
    expect(stream.closeCode()).toBe(1012);
    await stream.close();
  });
});
