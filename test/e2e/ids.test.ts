import { randomUUID } from 'node:crypto';
import { demoCaseId, partnerId } from '@hub/cli';
import pg from 'pg';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * Ids reach the hub from people's scripts and spreadsheets, upper-case or mistyped. Every id
 * argument is canonicalised at one entry point: an upper-case id means the same row as its
 * lower-case form (and the same seal and grants), and what is not an id is refused as bad input.
 */
const BY_ID_ROOTS = [
  'case',
  'compensationClaim',
  'conference',
  'conferenceEntry',
  'hearing',
  'localTeam',
  'partner',
  'planItem',
  'proceeding',
  'referral',
  'representation',
  'service',
];

describe('ids', () => {
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

  it('canSee with an upper-case id of a sealed case answers by the seal, and logs no false ALLOWED', async () => {
    const reported = await hub.query(
      worker,
      `mutation ($input: ReportCaseInput!) { reportCase(input: $input) { id } }`,
      {
        input: { report: { channel: 'HOTLINE', urgency: 'NORMAL' }, caseWorkerName: 'Synthetic' },
      },
    );
    const caseId = (reported.body.data!.reportCase as { id: string }).id;
    const closed = await hub.query(
      worker,
      `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { status } }`,
      { input: { caseId, reason: 'CONTACT_LOST' } },
    );
    expect(closed.body.errors).toBeUndefined();

    const CAN_SEE = `query ($id: ID!) { health: canSee(caseId: $id, category: HEALTH) core: canSee(caseId: $id, category: CORE) }`;
    for (const id of [caseId.toUpperCase(), caseId]) {
      const answer = await hub.query(worker, CAN_SEE, { id });
      expect({ id, body: answer.body }).toEqual({
        id,
        body: { data: { health: false, core: true } },
      });
    }
    const allowedHealth = await db.query(
      `select id from hub.access_log
        where case_id = $1 and decision = 'ALLOWED' and 'HEALTH' = any(categories)`,
      [caseId],
    );
    expect(allowedHealth.rows).toEqual([]);
  });

  it('an upper-case id names the same row as its lower-case form', async () => {
    const upper = await hub.query(worker, `query ($id: ID!) { partner(id: $id) { id code } }`, {
      id: partnerId('astra').toUpperCase(),
    });
    expect(upper.body).toEqual({
      data: { partner: { id: partnerId('astra'), code: 'astra' } },
    });
    const kase = await hub.query(worker, `query ($id: ID!) { case(id: $id) { id } }`, {
      id: demoCaseId(6).toUpperCase(),
    });
    expect(kase.body).toEqual({ data: { case: { id: demoCaseId(6) } } });
  });

  it.each(BY_ID_ROOTS)(
    '%s(id:) answers an id that is not one with BAD_USER_INPUT, and an unknown one with null',
    async (root) => {
      for (const malformed of ['nope', '1', `${randomUUID()}x`]) {
        const answer = await hub.query(worker, `query ($id: ID!) { ${root}(id: $id) { id } }`, {
          id: malformed,
        });
        expect(answer.status).toBe(200);
        expect(answer.body.data).toEqual({ [root]: null });
        expect(answer.body.errors).toHaveLength(1);
        expect(answer.body.errors![0]).toMatchObject({
          path: [root],
          extensions: { code: 'BAD_USER_INPUT', field: 'id' },
        });
        expect(JSON.stringify(answer.body)).not.toMatch(/uuid|syntax|stack/i);
      }
      const literal = await hub.query(worker, `{ ${root}(id: "nope") { id } }`);
      expect(literal.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

      const unknown = await hub.query(worker, `query ($id: ID!) { ${root}(id: $id) { id } }`, {
        id: randomUUID(),
      });
      expect(unknown.body).toEqual({ data: { [root]: null } });
    },
  );

  it('refuses a malformed id inside an input object, naming the field', async () => {
    const answer = await hub.query(
      worker,
      `mutation ($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }`,
      {
        input: {
          caseId: 'not-a-case',
          scheduledAt: new Date().toISOString(),
          agenda: ['Synthetic'],
          participants: [],
        },
      },
    );
    expect(answer.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.caseId',
    });
  });
});
