import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * An idempotency key makes a change safe to send again, but the hub does not keep every key for
 * ever (hub.idempotency_key grew with every creating mutation): each subgraph deletes its own
 * keys once they are older than IDEMPOTENCY_KEY_TTL_HOURS, and a repeat after that makes a new
 * change. Within that time a repeat still gets the first result.
 */
const REPORT = `mutation ($input: ReportCaseInput!, $key: String) {
  reportCase(input: $input, idempotencyKey: $key) { id }
}`;
const input = {
  report: { channel: 'HOTLINE', urgency: 'NORMAL' },
  caseWorkerName: 'Synthetic case worker',
};

describe('idempotency keys are kept for their time, then deleted', () => {
  let hub: TestHub;
  let admin: pg.Client;
  let worker: string;

  beforeAll(async () => {
    hub = await startTestHub({
      seed: false,
      subgraph: { IDEMPOTENCY_KEY_TTL_HOURS: '2', IDEMPOTENCY_KEY_SWEEP_SECONDS: '1' },
    });
    admin = new pg.Client({ connectionString: hub.db.url });
    await admin.connect();
    worker = await hub.token('centre', ['CASE_WORKER']);
  });
  afterAll(async () => {
    await admin.end();
    await hub.close();
  });

  const report = async (key: string) => {
    const response = await hub.query(worker, REPORT, { input, key });
    expect(response.body.errors).toBeUndefined();
    return (response.body.data!.reportCase as { id: string }).id;
  };
  const keyExists = async (key: string) =>
    (await admin.query('select 1 from hub.idempotency_key where key = $1', [key])).rowCount === 1;
  const until = async (condition: () => Promise<boolean>) => {
    const deadline = Date.now() + 10_000;
    while (!(await condition()) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return condition();
  };

  it('deletes a key older than its time, and the same key then makes a new change', async () => {
    const key = randomUUID();
    const first = await report(key);
    expect(await report(key)).toBe(first);
    await admin.query(
      `update hub.idempotency_key set created_at = now() - interval '3 hours' where key = $1`,
      [key],
    );
    expect(await until(async () => !(await keyExists(key)))).toBe(true);
    const again = await report(key);
    expect(again).not.toBe(first);
    expect(await report(key)).toBe(again);
    const logged = hub.logs.lines.filter((line) =>
      line.includes('expired idempotency keys deleted'),
    );
    expect(logged.length).toBeGreaterThan(0);
    // A count, nothing of the key or who sent it.
    expect(logged.join('\n')).not.toContain(key);
    expect(logged.join('\n')).not.toContain('centre');
  });

  it('keeps a key within its time: a repeat still gets the first result', async () => {
    const key = randomUUID();
    const first = await report(key);
    await admin.query(
      `update hub.idempotency_key set created_at = now() - interval '1 hour' where key = $1`,
      [key],
    );
    // Several sweeps go by (one a second).
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await keyExists(key)).toBe(true);
    expect(await report(key)).toBe(first);
  });
});
