import { demoCaseId, demoId } from '@hub/cli';
import pg from 'pg';
import { startTestHub, type TestHub } from '../support/hub';

/** A LISTEN connection on the outbox channel, collecting the ids it is told about. */
async function listen(url: string): Promise<{ ids: string[]; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const ids: string[] = [];
  client.on('notification', (message) => ids.push(message.payload ?? ''));
  await client.query('listen hub_event');
  return { ids, close: () => client.end() };
}

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the event outbox', () => {
  let hub: TestHub;
  let worker: string;
  let admin: pg.Client;

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

  const GRANT = 'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }';
  const grantInput = (grantee: string) => ({
    caseId: demoCaseId(2),
    grantee,
    categories: ['PLAN'],
    purpose: 'SERVICE_DELIVERY',
    legalBasis: 'CONSENT',
    givenBy: 'VICTIM',
    evidence: 'DEMO-FORM-2',
  });

  it('records a mutation’s event in its transaction and announces only its id, after commit', async () => {
    const listener = await listen(hub.db.url);
    try {
      const response = await hub.query(worker, GRANT, { input: grantInput('atina') });
      const grantId = (response.body.data!.grantConsent as { id: string }).id;
      await settle();
      expect(listener.ids).toHaveLength(1);
      expect(listener.ids[0]).toMatch(/^\d+$/);
      const { rows } = await admin.query(
        'select type, subgraph, actor, partner, case_id, entity_type, entity_id, concerns from hub.event where id = $1',
        [listener.ids[0]],
      );
      expect(rows).toEqual([
        {
          type: 'CONSENT_GRANTED',
          subgraph: 'cases',
          actor: 'demo-user@centre',
          partner: 'centre',
          case_id: demoCaseId(2),
          entity_type: 'ConsentGrant',
          entity_id: grantId,
          concerns: 'atina',
        },
      ]);
    } finally {
      await listener.close();
    }
  });

  it('writes nothing for a refused mutation', async () => {
    const before = (await admin.query('select count(*)::int as n from hub.event')).rows[0].n;
    const refused = await hub.query(
      worker,
      'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
      {
        input: { caseId: demoCaseId(1), serviceId: demoId('service', 'astra-hotline') },
      },
    );
    expect(refused.body.errors![0].extensions?.code).toBe('REFERRAL_CONSENT_MISSING');
    expect((await admin.query('select count(*)::int as n from hub.event')).rows[0].n).toBe(before);
  });

  it('announces a committed event and never a rolled-back one', async () => {
    const listener = await listen(hub.db.url);
    try {
      // A rolled-back event row first, then a committed one through the API: the trigger must
      // announce the second (so a missing trigger fails here too) and never the first.
      await admin.query('begin');
      const rolledBack = await admin.query<{ id: string }>(
        `insert into hub.event (type, subgraph, actor, partner, case_id, entity_type, entity_id) values ('X', 'cases', 'a', 'centre', $1, 'Case', $1) returning id::text`,
        [demoCaseId(1)],
      );
      await admin.query('rollback');
      const response = await hub.query(worker, GRANT, { input: grantInput('iom') });
      const grantId = (response.body.data!.grantConsent as { id: string }).id;
      await settle();
      const committed = await admin.query<{ id: string }>(
        'select id::text from hub.event where entity_id = $1',
        [grantId],
      );
      expect(listener.ids).toEqual([committed.rows[0].id]);
      expect(listener.ids).not.toContain(rolledBack.rows[0].id);
    } finally {
      await listener.close();
    }
  });

  it('keeps the change and its event together: when the event cannot be written, the change is undone', async () => {
    const listener = await listen(hub.db.url);
    await admin.query('revoke insert on hub.event from hub_cases');
    try {
      const response = await hub.query(worker, GRANT, { input: grantInput('embassy-demo') });
      expect(response.body.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      await settle();
      expect(listener.ids).toEqual([]);
    } finally {
      await admin.query('grant insert on hub.event to hub_cases');
      await listener.close();
    }
    const grants = await admin.query(
      `select count(*)::int as n from hub.consent_grant where grantee_code = 'embassy-demo'`,
    );
    expect(grants.rows[0].n).toBe(0);
  });

  it('follows a referral through its steps, addressed to its provider', async () => {
    const created = await hub.query(
      worker,
      'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
      {
        input: { caseId: demoCaseId(6), serviceId: demoId('service', 'atina-employment') },
      },
    );
    const id = (created.body.data!.createReferral as { id: string }).id;
    await hub.query(
      await hub.token('atina'),
      'mutation ($id: ID!) { acceptReferral(id: $id) { status } }',
      { id },
    );
    const { rows } = await admin.query(
      'select type, subgraph, concerns from hub.event where entity_id = $1 order by id',
      [id],
    );
    expect(rows).toEqual([
      { type: 'REFERRAL_CREATED', subgraph: 'services', concerns: 'atina' },
      { type: 'REFERRAL_ACCEPTED', subgraph: 'services', concerns: 'atina' },
    ]);
  });
});
