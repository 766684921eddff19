import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoCaseId } from '@hub/cli';
import pg from 'pg';
import { startTestHub, type TestHub } from '../support/hub';
import { conferenceKit, entryTexts, follow, FOLLOW_CONFERENCE } from '../support/live';
import { sleep, startRestartablePostgres, type RestartablePostgres } from '../support/processes';

/**
 * PostgreSQL restarted three times while subscribers follow a conference: the hub survives
 * each restart with one listening connection, and every event committed between and after the
 * outages reaches every subscriber once, in order.
 */
describe('a PostgreSQL restart, three times in a row', () => {
  let server: RestartablePostgres;
  let hub: TestHub;

  beforeAll(async () => {
    server = await startRestartablePostgres(
      path.join(mkdtempSync(path.join(os.tmpdir(), 'hub-restart-')), 'data'),
    );
    hub = await startTestHub({ server: server.adminUrl });
  });
  afterAll(async () => {
    if (!server.running) {
      await server.start();
    }
    await hub?.close();
    await server.stop();
  });

  const listeners = async () => {
    const admin = new pg.Client({ connectionString: hub.db.url });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ listening: number; all: number }>(
        `select count(*) filter (where query = 'listen hub_event')::int as listening, count(*)::int as all
           from pg_stat_activity where usename = 'hub_gateway'`,
      );
      return rows[0];
    } finally {
      await admin.end();
    }
  };

  it('keeps one listening connection and delivers every event once, in order', async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kit = conferenceKit(hub, worker);
    const conferenceId = await kit.liveConference(demoCaseId(3));
    const followers = Array.from({ length: 3 }, () =>
      follow(hub.wsUrl, worker, FOLLOW_CONFERENCE, { id: conferenceId }),
    );
    await sleep(500);
    const texts: string[] = [];
    const recordSome = async (round: number) => {
      for (let i = 1; i <= 3; i += 1) {
        texts.push(`Round ${round}, entry ${i}`);
        await kit.record(conferenceId, texts[texts.length - 1]);
      }
    };
    await recordSome(0);
    for (let round = 1; round <= 3; round += 1) {
      await server.stop();
      // While the database is down a change is refused as a retryable outage, not a bug.
      const refused = await hub.query(
        worker,
        'mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id } }',
        { input: { conferenceId, kind: 'MINUTE', text: 'Never recorded' } },
      );
      expect(refused.status).toBe(200);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        retryable: true,
      });
      await sleep(3000);
      await server.start();
      // The first change after the restart may still meet a connection the restart broke.
      const deadline = Date.now() + 15_000;
      for (;;) {
        const probe = await hub.query(worker, `{ conference(id: "${conferenceId}") { status } }`);
        if (!probe.body.errors || Date.now() > deadline) {
          break;
        }
        await sleep(200);
      }
      await recordSome(round);
    }
    for (const follower of followers) {
      expect(entryTexts(await follower.waitFor(texts.length, 10_000))).toEqual(texts);
    }
    await sleep(500);
    for (const follower of followers) {
      expect(follower.received).toHaveLength(texts.length);
      await follower.close();
    }
    const connections = await listeners();
    expect(connections.listening).toBe(1);
    // The listener and at most the event pool's four.
    expect(connections.all).toBeLessThanOrEqual(5);
    expect(
      hub.logs.lines.filter((line) => line.includes('event listener connection lost')).length,
    ).toBeLessThan(20);
  });

  /** Sends an operation, holds its access log write on the log's lock, then ends only the
   * writer's connection, as a shutdown does; resolves with the answer. */
  const cutAccessLogWrite = async (token: string, query: string, variables = {}) => {
    const holder = new pg.Client({ connectionString: hub.db.url });
    await holder.connect();
    try {
      await holder.query(`select pg_advisory_lock(hashtext('hub.access_log'))`);
      const pending = hub.query(token, query, variables);
      const deadline = Date.now() + 10_000;
      let terminated = 0;
      while (terminated === 0 && Date.now() < deadline) {
        await sleep(50);
        const { rows } = await holder.query<{ terminated: number }>(
          `select count(pg_terminate_backend(pid))::int as terminated from pg_stat_activity
            where wait_event_type = 'Lock' and query like '%append_access_log%'`,
        );
        terminated = rows[0].terminated;
      }
      expect(terminated).toBe(1);
      return await pending;
    } finally {
      await holder.end();
    }
  };

  it('answers a read whose access log write meets the restart as a retryable outage', async () => {
    // A read that succeeded but could not be recorded is withheld. When the database went away
    // under the write, the answer says so (retryable), so a live update read at that moment is
    // retried rather than taken for a withdrawn consent that ends the subscriber's stream.
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const answer = await cutAccessLogWrite(
      worker,
      `{ case(id: "${demoCaseId(3)}") { person { familyName } } }`,
    );
    expect(answer.body.data?.case ?? null).toBeNull();
    expect(answer.body.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', retryable: true }),
    ]);
  });

  it('never invites a retry of a committed change whose access log write was cut', async () => {
    // The change is committed before its answer is recorded: a retryable answer would make a
    // careful client apply it twice.
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const conferenceId = await conferenceKit(hub, worker).liveConference(demoCaseId(3));
    const answer = await cutAccessLogWrite(
      worker,
      'mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id text } }',
      { input: { conferenceId, kind: 'MINUTE', text: 'Recorded once' } },
    );
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual([
      'INTERNAL_SERVER_ERROR',
    ]);
    expect(answer.body.errors?.[0]?.extensions?.retryable).toBeUndefined();
  });
});
