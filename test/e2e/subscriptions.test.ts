import { demoCaseId, demoId } from '@hub/cli';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { startTestHub, type TestHub } from '../support/hub';
import { follow, type Result } from '../support/live';

const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live updates over graphql-ws', () => {
  let hub: TestHub;
  let worker: string;

  const mutate = async (token: string, query: string, variables: Record<string, unknown>) => {
    const response = await hub.query(token, query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  };
  const grant = (grantee: string, caseN: number, categories: string[]) =>
    mutate(worker, 'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', {
      input: {
        caseId: demoCaseId(caseN),
        grantee,
        categories,
        purpose: 'PROTECTION_COORDINATION',
        legalBasis: 'CONSENT',
        givenBy: 'VICTIM',
        evidence: 'DEMO-FORM-LIVE',
      },
    }).then((data) => (data.grantConsent as { id: string }).id);
  const record = (conferenceId: string, text: string) =>
    mutate(
      worker,
      'mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id } }',
      {
        input: { conferenceId, kind: 'MINUTE', text },
      },
    );
  const newLiveConference = async (caseN: number) => {
    const data = await mutate(
      worker,
      'mutation ($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }',
      {
        input: {
          caseId: demoCaseId(caseN),
          scheduledAt: new Date().toISOString(),
          agenda: ['Synthetic agenda'],
          participants: [{ name: 'Synthetic participant' }],
        },
      },
    );
    const id = (data.scheduleConference as { id: string }).id;
    await mutate(worker, 'mutation ($id: ID!) { startConference(id: $id) { status } }', { id });
    return id;
  };

  const CONFERENCE_EVENTS = `subscription Follow($id: ID!, $after: ID) {
    conferenceEvents(conferenceId: $id, after: $after) { id type entry { text kind } conference { status } }
  }`;

  let admin: pg.Client;
  /**
   * The newest event id: subscribing with `after` it makes a test independent of how quickly the
   * subscription is registered (anything committed meanwhile is replayed, exactly once).
   */
  const cursor = async () =>
    (await admin.query<{ id: string }>('select coalesce(max(id), 0)::text as id from hub.event'))
      .rows[0].id;

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
    admin = new pg.Client({ connectionString: hub.db.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await hub.close();
  });

  it('publishes the subscription type in the API schema', async () => {
    const response = await hub.query(
      worker,
      '{ __schema { subscriptionType { fields { name } } } }',
    );
    const fields = (
      response.body.data!.__schema as { subscriptionType: { fields: { name: string }[] } }
    ).subscriptionType.fields;
    expect(fields.map((f) => f.name).sort()).toEqual([
      'caseEvents',
      'conferenceEvents',
      'intakeEvents',
      'myReferralEvents',
    ]);
  });

  it('refuses a bad token at connection_init', async () => {
    const stream = follow(hub.wsUrl, 'not-a-token', CONFERENCE_EVENTS, {
      id: demoId('conference', 2),
    });
    await stream.waitFor(1, 2000);
    expect(stream.isDone()).toBe(true);
    expect(stream.received).toEqual([]);
    expect(stream.closeCode()).toBe(4403);
    await stream.close();
  });

  it('shows every participant each entry as it is recorded, filtered by consent', async () => {
    const conferenceId = await newLiveConference(4);
    // csw-beograd follows (CONFERENCE granted); prosecution-beograd has no CONFERENCE consent on case 4.
    await grant('csw-beograd', 4, ['CONFERENCE']);
    const centre = follow(hub.wsUrl, worker, CONFERENCE_EVENTS, {
      id: conferenceId,
      after: await cursor(),
    });
    const csw = follow(hub.wsUrl, await hub.token('csw-beograd'), CONFERENCE_EVENTS, {
      id: conferenceId,
      after: await cursor(),
    });
    const prosecution = follow(
      hub.wsUrl,
      await hub.token('prosecution-beograd'),
      CONFERENCE_EVENTS,
      { id: conferenceId, after: await cursor() },
    );
    await settle();
    await record(conferenceId, 'Synthetic minute one.');
    for (const stream of [centre, csw]) {
      const [first] = await stream.waitFor(1);
      expect(first.errors).toBeUndefined();
      expect(first.data).toMatchObject({
        conferenceEvents: {
          type: 'CONFERENCE_ENTRY_RECORDED',
          entry: { text: 'Synthetic minute one.', kind: 'MINUTE' },
          conference: { status: 'LIVE' },
        },
      });
    }
    const [refused] = await prosecution.waitFor(1);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED' });
    expect(JSON.stringify(prosecution.received)).not.toContain('Synthetic minute');
    await Promise.all([centre.close(), csw.close(), prosecution.close()]);
  });

  it('gives a field the subscriber may not see as null with CONSENT_REQUIRED', async () => {
    // atina sees case 6's identity but not its legal data.
    const atina = follow(
      hub.wsUrl,
      await hub.token('atina'),
      `subscription { caseEvents(caseId: "${demoCaseId(6)}", after: "${await cursor()}") { type case { person { givenName } proceedings { id } } } }`,
    );
    await settle();
    await mutate(
      worker,
      'mutation ($id: ID!) { setStatisticsConsent(caseId: $id, consent: true) { statisticsConsent } }',
      { id: demoCaseId(6) },
    );
    const [event] = await atina.waitFor(1);
    expect(event.data).toEqual({
      caseEvents: {
        type: 'STATISTICS_CONSENT_SET',
        case: { person: { givenName: 'Ивана' }, proceedings: null },
      },
    });
    expect(event.errors?.map((e) => [e.extensions?.code, e.extensions?.category, e.path])).toEqual([
      ['CONSENT_REQUIRED', 'LEGAL', ['caseEvents', 'case', 'proceedings']],
    ]);
    await atina.close();
  });

  it('ends a partner’s subscription within a second of the revocation', async () => {
    const grantId = await grant('health-beograd', 5, ['IDENTITY']);
    const health = follow(
      hub.wsUrl,
      await hub.token('health-beograd'),
      `subscription { caseEvents(caseId: "${demoCaseId(5)}", after: "${await cursor()}") { type } }`,
    );
    await settle();
    const revokedAt = Date.now();
    await mutate(
      worker,
      'mutation ($id: ID!) { revokeConsent(grantId: $id, reason: "Withdrawn in test.") { active } }',
      { id: grantId },
    );
    const received = await health.waitFor(1, 1000);
    expect(Date.now() - revokedAt).toBeLessThan(1000);
    expect(received[0].errors![0].extensions?.code).toBe('CONSENT_REVOKED');
    await settle(100);
    expect(health.isDone()).toBe(true);
    await health.close();
  });

  it('resumes with `after:`: every missed event exactly once, also on another gateway after a restart', async () => {
    const conferenceId = await newLiveConference(6);
    const first = follow(hub.wsUrl, worker, CONFERENCE_EVENTS, {
      id: conferenceId,
      after: await cursor(),
    });
    await settle();
    await record(conferenceId, 'Seen live.');
    const [seen] = await first.waitFor(1);
    const seenId = (seen.data!.conferenceEvents as { id: string }).id;
    await first.close();

    await record(conferenceId, 'Missed one.');
    await record(conferenceId, 'Missed two.');

    // A gateway that was not running when those were committed.
    const restarted = await hub.startGateway();
    const resumed = follow(restarted.wsUrl, worker, CONFERENCE_EVENTS, {
      id: conferenceId,
      after: seenId,
    });
    const replayed = await resumed.waitFor(2);
    await record(conferenceId, 'Live again.');
    const all = await resumed.waitFor(3);
    await settle(300);
    const texts = all.map(
      (r) => (r.data!.conferenceEvents as { entry: { text: string } }).entry.text,
    );
    expect(texts).toEqual(['Missed one.', 'Missed two.', 'Live again.']);
    expect(replayed).toBe(all);
    await resumed.close();
    await restarted.close();
  });

  it('delivers an event committed through one gateway to subscribers on another', async () => {
    const conferenceId = await newLiveConference(8);
    const second = await hub.startGateway();
    const onFirst = follow(hub.wsUrl, worker, CONFERENCE_EVENTS, {
      id: conferenceId,
      after: await cursor(),
    });
    const onSecond = follow(second.wsUrl, worker, CONFERENCE_EVENTS, {
      id: conferenceId,
      after: await cursor(),
    });
    await settle();
    // The mutation goes through the second gateway.
    const response = await fetch(second.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${worker}` },
      body: JSON.stringify({
        query:
          'mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id } }',
        variables: { input: { conferenceId, kind: 'DECISION', text: 'Decided across gateways.' } },
      }),
    });
    expect(response.status).toBe(200);
    for (const stream of [onFirst, onSecond]) {
      const [event] = await stream.waitFor(1);
      expect((event.data!.conferenceEvents as { entry: { text: string } }).entry.text).toBe(
        'Decided across gateways.',
      );
    }
    await Promise.all([onFirst.close(), onSecond.close()]);
    await second.close();
  });

  it('sends nothing for a change that did not happen', async () => {
    const conferenceId = await newLiveConference(7);
    const stream = follow(hub.wsUrl, worker, CONFERENCE_EVENTS, {
      id: conferenceId,
      after: await cursor(),
    });
    await settle();
    await mutate(worker, 'mutation ($id: ID!) { closeConference(id: $id) { status } }', {
      id: conferenceId,
    });
    const refused = await hub.query(
      worker,
      'mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id } }',
      {
        input: { conferenceId, kind: 'MINUTE', text: 'Refused: the conference is closed.' },
      },
    );
    expect(refused.body.errors![0].extensions?.code).toBe('INVALID_TRANSITION');
    await settle(500);
    expect(stream.received.map((r) => (r.data!.conferenceEvents as { type: string }).type)).toEqual(
      ['CONFERENCE_CLOSED'],
    );
    await stream.close();
  });

  it('reads an update once for subscribers of the same partner, and records each of them', async () => {
    const conferenceId = await newLiveConference(4);
    // Its own grant: the partner follows the conference only with CONFERENCE consent.
    await grant('csw-beograd', 4, ['CONFERENCE']);
    const people = ['first-member@csw-beograd', 'second-member@csw-beograd'];
    const streams = await Promise.all(
      people.map(async (sub) =>
        follow(hub.wsUrl, await hub.tokenFor(sub, 'csw-beograd'), CONFERENCE_EVENTS, {
          id: conferenceId,
        }),
      ),
    );
    // Both must be live (not replaying) for the read to be shared: give them time to register.
    await settle(1500);
    await record(conferenceId, 'Shared minute.');
    for (const stream of streams) {
      const [event] = await stream.waitFor(1);
      expect((event.data!.conferenceEvents as { entry: { text: string } }).entry.text).toBe(
        'Shared minute.',
      );
    }
    // One read (one request id) served both, and its log rows name each of them.
    const admin = new pg.Client({ connectionString: hub.db.url });
    await admin.connect();
    try {
      const { rows } = await admin.query(
        `select request_id, audience from hub.access_log
          where audience && $1 and 'CONFERENCE' = any(categories) and operation = 'FollowEvent'`,
        [people],
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => row.request_id)).size).toBe(1);
      expect(rows.every((row) => JSON.stringify(row.audience) === JSON.stringify(people))).toBe(
        true,
      );
    } finally {
      await admin.end();
    }
    await Promise.all(streams.map((stream) => stream.close()));
  });

  it('reaches subscribers on a gateway running as its own process', async () => {
    const conferenceId = await newLiveConference(3);
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const child = spawn(process.execPath, [path.resolve(__dirname, '../../gateway/dist/main.js')], {
      env: { PATH: process.env.PATH!, ...hub.gatewayEnv(), PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 100; i += 1) {
        const ready = await fetch(`${base}/ready`).then(
          (r) => r.ok,
          () => false,
        );
        if (ready) {
          break;
        }
        await settle(100);
      }
      const other = follow(`ws://127.0.0.1:${port}/graphql`, worker, CONFERENCE_EVENTS, {
        id: conferenceId,
        after: await cursor(),
      });
      const here = follow(hub.wsUrl, worker, CONFERENCE_EVENTS, {
        id: conferenceId,
        after: await cursor(),
      });
      await settle();
      await record(conferenceId, 'Across processes.');
      for (const stream of [other, here]) {
        const [event] = await stream.waitFor(1);
        expect((event.data!.conferenceEvents as { entry: { text: string } }).entry.text).toBe(
          'Across processes.',
        );
      }
      await Promise.all([other.close(), here.close()]);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('keeps events for the configured time, and tells a subscriber resuming from before that', async () => {
    // On a hub of its own: the purge leaves every cursor before it expired, the other tests' too.
    const own = await startTestHub();
    const admin = new pg.Client({ connectionString: own.db.url });
    await admin.connect();
    try {
      const old = await admin.query(
        `insert into hub.event (at, type, subgraph, actor, partner, case_id, entity_type, entity_id, parent_id)
         values (now() - interval '100 days', 'CONFERENCE_STARTED', 'cases', 'a', 'centre', $1, 'CaseConference', $2, $2) returning id::text`,
        [demoCaseId(6), demoId('conference', 2)],
      );
      const purging = await own.startGateway({ EVENT_RETENTION_DAYS: '30' });
      const { rows } = await admin.query('select count(*)::int as n from hub.event where id = $1', [
        old.rows[0].id,
      ]);
      expect(rows[0].n).toBe(0);
      const late = follow(
        purging.wsUrl,
        await own.token('centre', ['CASE_WORKER']),
        CONFERENCE_EVENTS,
        { id: demoId('conference', 2), after: '0' },
      );
      const [answer] = await late.waitFor(1);
      expect(answer.errors![0].extensions?.code).toBe('CURSOR_EXPIRED');
      await late.close();
      await purging.close();
    } finally {
      await admin.end();
      await own.close();
    }
  });

  it('survives losing its database connections: reconnects, catches up, loses nothing', async () => {
    const conferenceId = await newLiveConference(8);
    const stream = follow(hub.wsUrl, worker, CONFERENCE_EVENTS, {
      id: conferenceId,
      after: await cursor(),
    });
    await settle();
    const admin = new pg.Client({ connectionString: hub.db.url });
    await admin.connect();
    try {
      // Every connection of the gateway's role: the LISTEN one and its pool.
      const killed = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where usename = 'hub_gateway' and datname = current_database()`,
      );
      expect(killed.rowCount).toBeGreaterThan(0);
      await record(conferenceId, 'While reconnecting.');
      const [event] = await stream.waitFor(1, 10_000);
      expect((event.data!.conferenceEvents as { entry: { text: string } }).entry.text).toBe(
        'While reconnecting.',
      );
    } finally {
      await admin.end();
      await stream.close();
    }
  });

  it('lets a provider follow the referrals it provides', async () => {
    const atina = follow(
      hub.wsUrl,
      await hub.token('atina'),
      `subscription { myReferralEvents(after: "${await cursor()}") { type referral { status provider { code } } } }`,
    );
    const iom = follow(
      hub.wsUrl,
      await hub.token('iom'),
      `subscription { myReferralEvents(after: "${await cursor()}") { type } }`,
    );
    await settle();
    await mutate(
      worker,
      'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
      {
        input: { caseId: demoCaseId(6), serviceId: demoId('service', 'atina-employment') },
      },
    );
    const [event] = await atina.waitFor(1);
    expect(event.data).toEqual({
      myReferralEvents: {
        type: 'REFERRAL_CREATED',
        referral: { status: 'SENT', provider: { code: 'atina' } },
      },
    });
    await settle(300);
    expect(iom.received).toEqual([]);
    await Promise.all([atina.close(), iom.close()]);
  });

  it('tells a partner only of events in categories it may see, as the timeline does', async () => {
    await grant('school-beograd', 1, ['CONTACT']);
    const CASE_EVENTS = 'subscription ($id: ID!) { caseEvents(caseId: $id) { type } }';
    const school = follow(hub.wsUrl, await hub.token('school-beograd'), CASE_EVENTS, {
      id: demoCaseId(1),
    });
    const centre = follow(hub.wsUrl, worker, CASE_EVENTS, { id: demoCaseId(1) });
    await settle();
    // An identification decision is EXPLOITATION data: the school holds no consent to it.
    await mutate(
      worker,
      'mutation ($input: IdentificationInput!) { identifyVictim(input: $input) { id } }',
      {
        input: {
          caseId: demoCaseId(1),
          decision: 'PRESUMED',
          decidedOn: new Date().toISOString().slice(0, 10),
          finding: 'Synthetic finding: presumed victim while identification goes on.',
          exploitationTypes: ['FORCED_BEGGING'],
          personParticipated: true,
        },
      },
    );
    // A further report is CORE: everyone following the case learns of it.
    await mutate(
      worker,
      'mutation ($id: ID!) { addReport(caseId: $id, input: { channel: SOCIAL_WORK_CENTRE }) { id } }',
      { id: demoCaseId(1) },
    );
    const types = (results: Result[]) =>
      results.map((r) => (r.data?.caseEvents as { type: string }).type);
    expect(types(await centre.waitFor(2))).toEqual(['IDENTIFICATION_DECIDED', 'REPORT_ADDED']);
    await school.waitFor(1);
    await settle(300);
    expect(types(school.received)).toEqual(['REPORT_ADDED']);
    await Promise.all([school.close(), centre.close()]);
  });
});
