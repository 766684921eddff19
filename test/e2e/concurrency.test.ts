import { demoCaseId, demoId } from '@hub/cli';
import pg from 'pg';
import { startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

/**
 * A coordinator's double click, two tabs, a retried request on a flaky line: the same change
 * arrives several times at once. Exactly one of them happens; the others are refused (a state
 * change) or answered with the first result (a creation sent with an idempotency key).
 */
const SIMULTANEOUS = 6;

const SCHEDULE = `mutation ($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }`;
const START = `mutation ($id: ID!) { startConference(id: $id) { status } }`;
const CLOSE = `mutation ($id: ID!) { closeConference(id: $id) { status closedAt } }`;
const RECORD = `mutation ($input: RecordConferenceEntryInput!, $key: String) {
  recordConferenceEntry(input: $input, idempotencyKey: $key) { id }
}`;
const REFER = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`;
const ACCEPT = `mutation ($id: ID!) { acceptReferral(id: $id) { id status } }`;
const OPEN_PROCEEDING = `mutation ($input: OpenProceedingInput!) { openProceeding(input: $input) { id } }`;
const ADVANCE = `mutation ($input: AdvanceProceedingInput!) { advanceProceeding(input: $input) { stage } }`;
const REPORT_CASE = `mutation ($input: ReportCaseInput!, $key: String) {
  reportCase(input: $input, idempotencyKey: $key) { id code }
}`;

const codes = (responses: GraphQLResponse[]) =>
  responses.map((r) => (r.body.errors ? String(r.body.errors[0].extensions?.code) : 'OK')).sort();

describe('simultaneous changes', () => {
  let hub: TestHub;
  let worker: string;
  let db: pg.Client;

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
    db = new pg.Client({ connectionString: hub.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await hub.close();
  });

  const events = async (entityId: string, type: string) =>
    Number(
      (
        await db.query<{ n: string }>(
          'select count(*) as n from hub.event where entity_id = $1 and type = $2',
          [entityId, type],
        )
      ).rows[0].n,
    );

  const together = <T>(count: number, send: (i: number) => Promise<T>) =>
    Promise.all(Array.from({ length: count }, (_, i) => send(i)));

  const liveConference = async () => {
    const scheduled = await hub.query(worker, SCHEDULE, {
      input: {
        caseId: demoCaseId(6),
        scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
        agenda: ['Safety (synthetic)'],
        participants: [{ name: 'Synthetic guardian' }],
      },
    });
    const id = (scheduled.body.data!.scheduleConference as { id: string }).id;
    expect((await hub.query(worker, START, { id })).body.errors).toBeUndefined();
    return id;
  };

  it('close a conference once: one winner, the rest INVALID_TRANSITION, one event, no entry after it closed', async () => {
    const id = await liveConference();
    const closes = together(SIMULTANEOUS, () => hub.query(worker, CLOSE, { id }));
    const entries = together(SIMULTANEOUS, (i) =>
      hub.query(worker, RECORD, {
        input: { conferenceId: id, kind: 'MINUTE', text: `Minute ${i} (synthetic).` },
      }),
    );
    const closed = await closes;
    expect(codes(closed)).toEqual([
      'INVALID_TRANSITION',
      'INVALID_TRANSITION',
      'INVALID_TRANSITION',
      'INVALID_TRANSITION',
      'INVALID_TRANSITION',
      'OK',
    ]);
    expect(await events(id, 'CONFERENCE_CLOSED')).toBe(1);
    for (const entry of await entries) {
      if (entry.body.errors) {
        expect(entry.body.errors[0].extensions).toMatchObject({
          code: 'INVALID_TRANSITION',
          status: 'CLOSED',
        });
      }
    }
    const late = await db.query(
      `select e.id from cases.conference_entry e join cases.case_conference c on c.id = e.conference_id
        where c.id = $1 and e.recorded_at > c.closed_at`,
      [id],
    );
    expect(late.rows).toEqual([]);
  });

  it('accept a referral once', async () => {
    const atina = await hub.token('atina');
    // Several rounds: the window between two answers' reads is narrow.
    for (let round = 0; round < 3; round += 1) {
      const made = await hub.query(worker, REFER, {
        input: {
          caseId: demoCaseId(6),
          serviceId: demoId('service', 'atina-reintegration'),
          note: 'Synthetic referral.',
        },
      });
      const id = (made.body.data!.createReferral as { id: string }).id;
      const accepted = await together(SIMULTANEOUS, () => hub.query(atina, ACCEPT, { id }));
      expect(codes(accepted)).toEqual([
        ...Array(SIMULTANEOUS - 1).fill('INVALID_TRANSITION'),
        'OK',
      ]);
      expect(await events(id, 'REFERRAL_ACCEPTED')).toBe(1);
    }
  });

  it('advance a proceeding once', async () => {
    const opened = await hub.query(worker, OPEN_PROCEEDING, {
      input: {
        caseId: demoCaseId(6),
        kind: 'CRIMINAL',
        stage: 'PRE_INVESTIGATION',
        charges: ['388'],
        victimRole: 'INJURED_PARTY',
      },
    });
    const id = (opened.body.data!.openProceeding as { id: string }).id;
    const advanced = await together(SIMULTANEOUS, () =>
      hub.query(worker, ADVANCE, { input: { id, stage: 'INVESTIGATION' } }),
    );
    expect(codes(advanced)).toEqual([...Array(SIMULTANEOUS - 1).fill('INVALID_TRANSITION'), 'OK']);
    expect(await events(id, 'PROCEEDING_STAGE_CHANGED')).toBe(1);
  });
});

describe('idempotency keys', () => {
  let hub: TestHub;
  let worker: string;
  let db: pg.Client;

  beforeAll(async () => {
    hub = await startTestHub({ seed: true });
    worker = await hub.tokenFor('synthetic-worker-1', 'centre', ['CASE_WORKER']);
    db = new pg.Client({ connectionString: hub.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await hub.close();
  });

  const newCase = (worker: string) => ({
    report: { channel: 'HOTLINE', urgency: 'HIGH' },
    caseWorkerName: worker,
  });
  const casesOf = async (caseWorkerName: string) =>
    (
      await db.query<{ id: string }>(`select id from cases."case" where case_worker_name = $1`, [
        caseWorkerName,
      ])
    ).rows.map((row) => row.id);
  const reportedEvents = async (caseIds: string[]) =>
    Number(
      (
        await db.query<{ n: string }>(
          `select count(*) as n from hub.event where type = 'CASE_REPORTED' and case_id = any($1::uuid[])`,
          [caseIds],
        )
      ).rows[0].n,
    );

  it('a double-submitted reportCase opens one case, and the repeat answers with it', async () => {
    const input = newCase('Synthetic worker A');
    const first = await hub.query(worker, REPORT_CASE, { input, key: 'submit-a' });
    expect(first.body.errors).toBeUndefined();
    const again = await hub.query(worker, REPORT_CASE, { input, key: 'submit-a' });
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data!.reportCase).toEqual(first.body.data!.reportCase);
    const made = await casesOf('Synthetic worker A');
    expect(made).toEqual([(first.body.data!.reportCase as { id: string }).id]);
    expect(await reportedEvents(made)).toBe(1);
  });

  it('sent several times at once with one key, opens one case and every send gets it', async () => {
    const input = newCase('Synthetic worker B');
    const sends = await Promise.all(
      Array.from({ length: SIMULTANEOUS }, () =>
        hub.query(worker, REPORT_CASE, { input, key: 'submit-b' }),
      ),
    );
    expect(sends.map((s) => s.body.errors)).toEqual(Array(SIMULTANEOUS).fill(undefined));
    const ids = new Set(sends.map((s) => (s.body.data!.reportCase as { id: string }).id));
    expect(ids.size).toBe(1);
    const made = await casesOf('Synthetic worker B');
    expect(made).toEqual([...ids]);
    expect(await reportedEvents(made)).toBe(1);
  });

  it('refuses the same key with different input', async () => {
    await hub.query(worker, REPORT_CASE, { input: newCase('Synthetic worker C'), key: 'submit-c' });
    const reused = await hub.query(worker, REPORT_CASE, {
      input: newCase('Synthetic worker D'),
      key: 'submit-c',
    });
    expect(reused.body.data?.reportCase ?? null).toBeNull();
    expect(reused.body.errors![0].extensions).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      field: 'idempotencyKey',
    });
    expect(await casesOf('Synthetic worker D')).toEqual([]);
  });

  it('keeps keys private to each user: another user with the same key makes their own case', async () => {
    const input = newCase('Synthetic worker E');
    const mine = await hub.query(worker, REPORT_CASE, { input, key: 'submit-e' });
    const colleague = await hub.tokenFor('synthetic-worker-2', 'centre', ['CASE_WORKER']);
    const theirs = await hub.query(colleague, REPORT_CASE, { input, key: 'submit-e' });
    expect(theirs.body.errors).toBeUndefined();
    const a = (mine.body.data!.reportCase as { id: string }).id;
    const b = (theirs.body.data!.reportCase as { id: string }).id;
    expect(a).not.toBe(b);
    expect((await casesOf('Synthetic worker E')).sort()).toEqual([a, b].sort());
  });

  it('a progress note sent twice at once with one key is recorded once', async () => {
    const made = await hub.query(worker, REFER, {
      input: {
        caseId: demoCaseId(6),
        serviceId: demoId('service', 'atina-reintegration'),
        note: 'Synthetic referral.',
      },
    });
    const id = (made.body.data!.createReferral as { id: string }).id;
    const atina = await hub.token('atina');
    expect((await hub.query(atina, ACCEPT, { id })).body.errors).toBeUndefined();
    const PROGRESS = `mutation ($id: ID!, $key: String) {
      reportReferralProgress(id: $id, note: "First session held (synthetic).", idempotencyKey: $key) { notes { text } }
    }`;
    const sends = await Promise.all([
      hub.query(atina, PROGRESS, { id, key: 'progress-1' }),
      hub.query(atina, PROGRESS, { id, key: 'progress-1' }),
    ]);
    for (const sent of sends) {
      expect(sent.body).toEqual({
        data: { reportReferralProgress: { notes: [{ text: 'First session held (synthetic).' }] } },
      });
    }
    const events = await db.query(
      `select id from hub.event where entity_id = $1 and type = 'REFERRAL_IN_PROGRESS'`,
      [id],
    );
    expect(events.rows).toHaveLength(1);
  });

  it('two identical conference entries sent at once with one key make one row', async () => {
    const scheduled = await hub.query(
      worker,
      `mutation ($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }`,
      {
        input: {
          caseId: demoCaseId(6),
          scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
          agenda: ['Safety (synthetic)'],
          participants: [{ name: 'Synthetic guardian' }],
        },
      },
    );
    const conferenceId = (scheduled.body.data!.scheduleConference as { id: string }).id;
    await hub.query(worker, START, { id: conferenceId });
    const input = { conferenceId, kind: 'DECISION', text: 'Counselling continues (synthetic).' };
    const [one, two] = await Promise.all([
      hub.query(worker, RECORD, { input, key: 'entry-1' }),
      hub.query(worker, RECORD, { input, key: 'entry-1' }),
    ]);
    expect([one.body.errors, two.body.errors]).toEqual([undefined, undefined]);
    expect(one.body.data).toEqual(two.body.data);
    const rows = await db.query('select id from cases.conference_entry where conference_id = $1', [
      conferenceId,
    ]);
    expect(rows.rows).toHaveLength(1);
  });
});
