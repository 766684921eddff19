import pg from 'pg';
import { startTestHub, type TestHub } from '../support/hub';
import { createKit, type Kit } from '../support/kit';

const SCHEDULE = `mutation ($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id status agenda participants { partner name } } }`;
const START = `mutation ($id: ID!) { startConference(id: $id) { status startedAt } }`;
const CLOSE = `mutation ($id: ID!) { closeConference(id: $id) { status closedAt } }`;
const RECORD = `mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id kind text assignee dueOn } }`;
const READ = `query ($id: ID!) { conference(id: $id) { status agenda entries { kind text assignee } actions: entries(kind: ACTION_ITEM) { text } case { code } } }`;

describe('case conferences', () => {
  let hub: TestHub;
  let kit: Kit;
  let worker: string;

  beforeAll(async () => {
    hub = await startTestHub();
    kit = await createKit(hub);
    worker = kit.worker;
  });
  afterAll(() => hub.close());

  const ENTRIES = [
    { kind: 'MINUTE', text: 'The person is safe (synthetic).' },
    { kind: 'DECISION', text: 'Counselling continues weekly (synthetic).' },
    {
      kind: 'ACTION_ITEM',
      text: 'Arrange escort to the hearing (synthetic).',
      assignee: 'astra',
      dueOn: '2026-12-01',
    },
  ];
  const schedule = async (caseId: string) =>
    (
      await kit.data<{ scheduleConference: { id: string; status: string } }>(worker, SCHEDULE, {
        input: {
          caseId,
          scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
          agenda: ['Safety (synthetic)', 'Reintegration plan (synthetic)'],
          participants: [
            { partner: 'atina', name: 'Synthetic counsellor' },
            { name: 'Synthetic guardian' },
          ],
        },
      })
    ).scheduleConference;
  /** A conference on a new case, held from start to close with the three entries above. */
  const heldConference = async () => {
    const kase = await kit.openCase();
    const { id } = await schedule(kase.id);
    await kit.data(worker, START, { id });
    for (const entry of ENTRIES) {
      await kit.data(worker, RECORD, { input: { conferenceId: id, ...entry } });
    }
    await kit.data(worker, CLOSE, { id });
    return { conferenceId: id, caseId: kase.id, code: kase.code };
  };

  it('are scheduled, held live, recorded and closed by the Centre, step by step', async () => {
    const kase = await kit.openCase();
    const conference = await schedule(kase.id);
    const conferenceId = conference.id;
    expect(conference.status).toBe('SCHEDULED');

    const early = await hub.query(worker, RECORD, {
      input: { conferenceId, kind: 'MINUTE', text: 'Too early.' },
    });
    expect(early.body.errors![0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      status: 'SCHEDULED',
    });

    expect(
      (await hub.query(worker, START, { id: conferenceId })).body.data!.startConference,
    ).toMatchObject({ status: 'LIVE' });
    expect(
      (await hub.query(worker, START, { id: conferenceId })).body.errors![0].extensions?.code,
    ).toBe('INVALID_TRANSITION');

    for (const entry of ENTRIES) {
      const recorded = await hub.query(worker, RECORD, { input: { conferenceId, ...entry } });
      expect(recorded.body.errors).toBeUndefined();
    }
    expect(
      (
        await hub.query(worker, RECORD, {
          input: { conferenceId, kind: 'ACTION_ITEM', text: 'Nobody does it.' },
        })
      ).body.errors![0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await hub.query(worker, RECORD, {
          input: { conferenceId, kind: 'MINUTE', text: 'x', assignee: 'astra' },
        })
      ).body.errors![0].extensions?.code,
    ).toBe('BAD_USER_INPUT');

    expect(
      (await hub.query(worker, CLOSE, { id: conferenceId })).body.data!.closeConference,
    ).toMatchObject({ status: 'CLOSED' });
    expect(
      (
        await hub.query(worker, RECORD, {
          input: { conferenceId, kind: 'MINUTE', text: 'Too late.' },
        })
      ).body.errors![0].extensions?.code,
    ).toBe('INVALID_TRANSITION');

    const read = await hub.query(worker, READ, { id: conferenceId });
    expect(read.body.data!.conference).toEqual({
      status: 'CLOSED',
      agenda: ['Safety (synthetic)', 'Reintegration plan (synthetic)'],
      entries: [
        { kind: 'MINUTE', text: 'The person is safe (synthetic).', assignee: null },
        { kind: 'DECISION', text: 'Counselling continues weekly (synthetic).', assignee: null },
        {
          kind: 'ACTION_ITEM',
          text: 'Arrange escort to the hearing (synthetic).',
          assignee: 'astra',
        },
      ],
      actions: [{ text: 'Arrange escort to the hearing (synthetic).' }],
      case: { code: kase.code },
    });
  });

  it('are coordinated by the Centre only', async () => {
    const atina = await hub.token('atina', ['COORDINATOR']);
    const { id } = await schedule((await kit.openCase()).id);
    expect((await hub.query(atina, START, { id })).body.errors![0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('are CONFERENCE data: hidden from a partner without that consent, shown once it is granted', async () => {
    const { conferenceId, caseId, code } = await heldConference();
    await kit.grantConsent(caseId, 'atina', ['PLAN']);
    const atina = await hub.token('atina');
    const before = await hub.query(
      atina,
      `{ case(id: "${caseId}") { code conferences { id } } conference(id: "${conferenceId}") { id } }`,
    );
    expect(before.body.data).toEqual({
      case: { code, conferences: null },
      conference: null,
    });
    expect(before.body.errors?.map((e) => e.extensions?.category)).toEqual(['CONFERENCE']);

    const granted = await hub.query(
      worker,
      'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }',
      {
        input: {
          caseId,
          grantee: 'atina',
          categories: ['CONFERENCE'],
          purpose: 'PROTECTION_COORDINATION',
          legalBasis: 'CONSENT',
          givenBy: 'VICTIM',
          evidence: 'SYNTHETIC-FORM-C',
        },
      },
    );
    expect(granted.body.errors).toBeUndefined();
    const after = await hub.query(atina, READ, { id: conferenceId });
    expect((after.body.data!.conference as { entries: unknown[] }).entries).toHaveLength(3);
  });

  it('announce every step as an event of the conference', async () => {
    const { conferenceId } = await heldConference();
    const admin = new pg.Client({ connectionString: hub.db.url });
    await admin.connect();
    try {
      const { rows } = await admin.query(
        'select type from hub.event where parent_id = $1 order by id',
        [conferenceId],
      );
      expect(rows.map((row) => row.type)).toEqual([
        'CONFERENCE_SCHEDULED',
        'CONFERENCE_STARTED',
        'CONFERENCE_ENTRY_RECORDED',
        'CONFERENCE_ENTRY_RECORDED',
        'CONFERENCE_ENTRY_RECORDED',
        'CONFERENCE_CLOSED',
      ]);
    } finally {
      await admin.end();
    }
  });
});
