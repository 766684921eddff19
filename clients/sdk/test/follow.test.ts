import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoCaseId } from '@hub/cli';
import pg from 'pg';
import {
  CaseEventsDocument,
  ConferenceEventsDocument,
  devSignIn,
  follow,
  type ConferenceEventsSubscription,
  type FollowItem,
  type Follower,
} from '../src';
import { fileCursorStore, writeJsonAtomically } from '../src/node';
import { startTestHub, type TestHub } from '../../../test/support/hub';
import { centreWork, portOf, sdkClient, settle, TcpProxy, until } from './kit';

type ConferenceEvent = ConferenceEventsSubscription['conferenceEvents'];

/** Takes every event of a follower in the background, as a partner's program would. */
function consume<T>(follower: Follower<T>) {
  const items: FollowItem<T>[] = [];
  const done = (async () => {
    for await (const item of follower) {
      items.push(item);
    }
  })();
  return { items, done };
}

const texts = (items: FollowItem<ConferenceEvent>[]) =>
  items.filter((item) => item.event.entry).map((item) => item.event.entry!.text);

const strictlyIncreasing = (ids: string[]) =>
  ids.every((id, i) => i === 0 || BigInt(id) > BigInt(ids[i - 1]));

describe('follow(): live updates that resume with nothing lost or repeated', () => {
  let hub: TestHub;
  let proxy: TcpProxy;
  let admin: pg.Client;
  const work = () => centreWork(hub);
  /** The newest event id: following after it is following from now on, with nothing missed. */
  const latest = async () =>
    (await admin.query<{ id: string }>('select coalesce(max(id), 0)::text as id from hub.event'))
      .rows[0].id;

  beforeAll(async () => {
    hub = await startTestHub();
    proxy = new TcpProxy(portOf(hub.url));
    await proxy.listen();
    admin = new pg.Client({ connectionString: hub.db.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await proxy.close();
    await hub.close();
  });

  it('goes on across a dropped socket and a gateway restart, events committed meanwhile: 0 lost, 0 duplicated, in order', async () => {
    const after = await latest();
    const conferenceId = await work().liveConference(6);
    let gateway = await hub.startGateway();
    proxy.retarget(portOf(gateway.url));
    const client = sdkClient(proxy.url(), await hub.token('centre', ['CASE_WORKER']));
    const follower = follow(
      client,
      ConferenceEventsDocument,
      { conferenceId },
      { after, backoff: { baseMs: 50, maxMs: 300 } },
    );
    const { items, done } = consume(follower);
    const minute = (n: number) => work().minute(conferenceId, `Minute ${n}.`);
    const expected = (n: number) => Array.from({ length: n }, (_, i) => `Minute ${i + 1}.`);

    for (let n = 1; n <= 3; n++) {
      await minute(n);
    }
    await until(() => texts(items).length >= 3, 10_000, 'the first three minutes');

    // The network drops every connection; three minutes are recorded while it reconnects.
    proxy.drop();
    for (let n = 4; n <= 6; n++) {
      await minute(n);
    }
    await until(() => texts(items).length >= 6, 10_000, 'the minutes after the drop');

    // The gateway stops; three minutes are committed through another one while none serves the
    // follower; a new gateway (a new port) takes over.
    await gateway.close();
    for (let n = 7; n <= 9; n++) {
      await minute(n);
    }
    gateway = await hub.startGateway();
    proxy.retarget(portOf(gateway.url));
    await until(() => texts(items).length >= 9, 15_000, 'the minutes after the restart');
    await minute(10);
    await until(() => texts(items).length >= 10, 10_000, 'the live minute');
    await settle();

    follower.stop();
    await done;
    expect(texts(items)).toEqual(expected(10));
    // The conference's own events (scheduled, started) before the minutes, each once.
    expect(items.map((item) => item.event.type).slice(0, 2)).toEqual([
      'CONFERENCE_SCHEDULED',
      'CONFERENCE_STARTED',
    ]);
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(strictlyIncreasing(ids)).toBe(true);
    expect(follower.stats.reconnects).toBeGreaterThanOrEqual(2);
    expect(follower.stats.outOfOrder).toBe(0);
    expect(follower.ended).toEqual({ reason: 'stopped' });
    await gateway.close();
  });

  it('keeps ids crossing 999 → 1000 in order, live and replayed after a drop', async () => {
    await admin.query(`select setval(pg_get_serial_sequence('hub.event', 'id'), 993)`);
    const after = await latest();
    const conferenceId = await work().liveConference(7);
    const client = sdkClient(proxy.url(), await hub.token('centre', ['CASE_WORKER']));
    proxy.retarget(portOf(hub.url));
    const follower = follow(
      client,
      ConferenceEventsDocument,
      { conferenceId },
      { after, backoff: { baseMs: 50, maxMs: 300 } },
    );
    const { items, done } = consume(follower);
    for (let n = 1; n <= 3; n++) {
      await work().minute(conferenceId, `Minute ${n}.`);
    }
    await until(() => texts(items).length >= 3, 10_000, 'the minutes before the drop');
    proxy.drop();
    for (let n = 4; n <= 8; n++) {
      await work().minute(conferenceId, `Minute ${n}.`);
    }
    await until(() => texts(items).length >= 8, 10_000, 'the minutes across 1000');
    follower.stop();
    await done;
    const ids = items.map((item) => item.id);
    expect(ids).toContain('999');
    expect(ids).toContain('1000');
    expect(strictlyIncreasing(ids)).toBe(true);
    expect(texts(items)).toEqual(Array.from({ length: 8 }, (_, i) => `Minute ${i + 1}.`));
    // The cursor it would resume from is the newest id, and nothing looked out of order.
    expect(follower.cursor).toBe(ids[ids.length - 1]);
    expect(follower.stats.outOfOrder).toBe(0);
  });

  it('keeps its cursor in a file: a restarted program resumes after the last event it handled', async () => {
    const conferenceId = await work().liveConference(8);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'hub-sdk-cursor-')), 'cursor.json');
    const token = await hub.token('centre', ['CASE_WORKER']);
    const run = async (stopAfter: number) => {
      const follower = follow(
        sdkClient(hub.url, token),
        ConferenceEventsDocument,
        { conferenceId },
        { store: fileCursorStore(file), key: 'conference' },
      );
      const handled: string[] = [];
      for await (const item of follower) {
        if (item.event.entry) {
          handled.push(item.event.entry.text);
        }
        if (handled.length === stopAfter) {
          // The event in hand counts as handled: the cursor moves past it.
          follower.stop();
        }
      }
      return handled;
    };
    // The program ran before: its file holds the cursor of the newest event it handled.
    const cursor = await latest();
    writeJsonAtomically(file, { conference: cursor });

    await work().minute(conferenceId, 'One.');
    await work().minute(conferenceId, 'Two.');
    expect(await run(2)).toEqual(['One.', 'Two.']);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { conference: string };
    expect(BigInt(saved.conference)).toBeGreaterThan(BigInt(cursor));

    await work().minute(conferenceId, 'Three.');
    expect(await run(1)).toEqual(['Three.']);
  });

  it('signs in again when its token expires while following, and misses nothing', async () => {
    const after = await latest();
    const conferenceId = await work().liveConference(6);
    // Two-second tokens from the development sign-in, refreshed at half their life.
    const tokens = devSignIn(hub.url, { partner: 'centre', roles: ['CASE_WORKER'], ttlSeconds: 2 });
    const follower = follow(
      sdkClient(hub.url, tokens),
      ConferenceEventsDocument,
      { conferenceId },
      { after, backoff: { baseMs: 50, maxMs: 300 } },
    );
    const { items, done } = consume(follower);
    await work().minute(conferenceId, 'Before expiry.');
    await until(() => texts(items).length >= 1);
    await settle(2500);
    await work().minute(conferenceId, 'After expiry.');
    await work().minute(conferenceId, 'Later still.');
    await until(() => texts(items).length >= 3, 10_000, 'the minutes after expiry');
    follower.stop();
    await done;
    expect(texts(items)).toEqual(['Before expiry.', 'After expiry.', 'Later still.']);
    expect(follower.stats.reconnects).toBeGreaterThanOrEqual(1);
  });

  it('ends without an error when consent is withdrawn, saying why', async () => {
    const grant = await work().mutate(
      'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }',
      {
        input: {
          caseId: demoCaseId(5),
          grantee: 'health-beograd',
          categories: ['IDENTITY'],
          purpose: 'PROTECTION_COORDINATION',
          legalBasis: 'CONSENT',
          givenBy: 'VICTIM',
          evidence: 'DEMO-FORM-SDK',
        },
      },
    );
    const follower = follow(
      sdkClient(hub.url, await hub.token('health-beograd')),
      CaseEventsDocument,
      { caseId: demoCaseId(5) },
    );
    const { done } = consume(follower);
    await settle(500);
    await work().mutate(
      'mutation ($id: ID!) { revokeConsent(grantId: $id, reason: "Withdrawn in test.") { active } }',
      { id: (grant.grantConsent as { id: string }).id },
    );
    await done;
    expect(follower.ended?.reason).toBe('consent-revoked');
    expect(follower.ended?.reason === 'consent-revoked' && follower.ended.error.kind).toBe(
      'consent-revoked',
    );
  });
});
