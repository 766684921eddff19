import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startTestHub, type TestHub } from '../support/hub';
import { createKit, type Kit } from '../support/kit';
import { follow, type Result } from '../support/live';

/**
 * Whether someone may learn that something happened in a case — an identification decided, a
 * plan item moved — is itself consent-protected. One rule decides it, the cases subgraph's (the
 * timeline's): consent to the category of what the event concerns, Centre case staff for what has
 * none. Live updates ask the same rule (eventScope) in the read that fills their payload; the
 * gateway keeps no copy of it.
 */
const SCOPES = `query ($id: ID!) {
  plan: eventScope(caseId: $id, entityType: "PlanItem")
  exploitation: eventScope(caseId: $id, entityType: "Identification")
  core: eventScope(caseId: $id, entityType: "Case")
  contact: eventScope(caseId: $id, entityType: "PersonChange:CONTACT")
  uncategorised: eventScope(caseId: $id, entityType: "BreakGlass")
}`;

describe('whether an event may be learnt of (eventScope)', () => {
  let hub: TestHub;
  let kit: Kit;
  let db: pg.Client;

  beforeAll(async () => {
    hub = await startTestHub();
    kit = await createKit(hub);
    db = new pg.Client({ connectionString: hub.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await hub.close();
  });

  it('answers a partner by its grants, and records each decision in the access log', async () => {
    const kase = await kit.openCase();
    await kit.grantConsent(kase.id, 'atina', ['PLAN', 'CONTACT']);
    const atina = await hub.token('atina');
    expect(await kit.data(atina, SCOPES, { id: kase.id })).toEqual({
      plan: true,
      exploitation: false,
      core: true,
      contact: true,
      uncategorised: false,
    });
    const { rows } = await db.query<{ decision: string; categories: string[] }>(
      `select decision, categories from hub.access_log
        where case_id = $1 and partner = 'atina' and subgraph = 'cases'`,
      [kase.id],
    );
    const decided = (decision: string) =>
      rows
        .filter((row) => row.decision === decision)
        .flatMap((row) => row.categories)
        .sort();
    expect(decided('DENIED')).toEqual(['EXPLOITATION']);
    expect(decided('ALLOWED')).toEqual(['CONTACT', 'CORE', 'PLAN']);
  });

  it('answers no to a partner without a grant, and to anyone for a case that does not exist', async () => {
    const kase = await kit.openCase();
    const none = { plan: false, exploitation: false, core: false, contact: false };
    expect(await kit.data(await hub.token('school-beograd'), SCOPES, { id: kase.id })).toEqual({
      ...none,
      uncategorised: false,
    });
    expect(await kit.data(kit.worker, SCOPES, { id: randomUUID() })).toEqual({
      ...none,
      uncategorised: false,
    });
  });

  it('lets Centre case staff learn of everything in an open case, and only CORE once it is sealed', async () => {
    const kase = await kit.openCase();
    const all = { plan: true, exploitation: true, core: true, contact: true };
    expect(await kit.data(kit.worker, SCOPES, { id: kase.id })).toEqual({
      ...all,
      uncategorised: true,
    });
    await kit.closeCase(kase.id);
    expect(await kit.data(kit.worker, SCOPES, { id: kase.id })).toEqual({
      plan: false,
      exploitation: false,
      core: true,
      contact: false,
      // What has no category is the staff's by role, not by consent: the seal does not hide it.
      uncategorised: true,
    });
  });

  it('takes no built-in name for an entity type, and the access log stays readable after it', async () => {
    const kase = await kit.openCase();
    await kit.grantConsent(kase.id, 'atina', ['PLAN']);
    const atina = await hub.token('atina');
    const NAMES = `query ($id: ID!) {
      a: eventScope(caseId: $id, entityType: "constructor")
      b: eventScope(caseId: $id, entityType: "__proto__")
      c: eventScope(caseId: $id, entityType: "toString")
      d: eventScope(caseId: $id, entityType: "hasOwnProperty")
    }`;
    // No category: Centre case staff only, as for any type the hub does not know.
    expect(await kit.data(atina, NAMES, { id: kase.id })).toEqual({
      a: false,
      b: false,
      c: false,
      d: false,
    });
    expect(await kit.data(kit.worker, NAMES, { id: kase.id })).toEqual({
      a: true,
      b: true,
      c: true,
      d: true,
    });
    // Every row of the case's access log still reads (a built-in once reached the log as a
    // category, and every later read of the log failed).
    const log = await kit.data<{ caseAccessLog: { categories: string[] }[] }>(
      kit.worker,
      'query ($id: ID!) { caseAccessLog(caseId: $id, first: 1000) { categories } }',
      { id: kase.id },
    );
    expect(log.caseAccessLog.length).toBeGreaterThan(0);
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from hub.access_log
        where case_id = $1 and not (categories <@ $2::text[])`,
      [
        kase.id,
        [
          'CORE',
          'IDENTITY',
          'CONTACT',
          'LOCATION',
          'EXPLOITATION',
          'HEALTH',
          'ASSESSMENT',
          'PLAN',
          'LEGAL',
          'FAMILY',
          'CONFERENCE',
        ],
      ],
    );
    expect(rows[0].n).toBe(0);
  });

  it('live updates follow the same answer: a partner hears of a plan item, not of an identification', async () => {
    const kase = await kit.openCase();
    await kit.grantConsent(kase.id, 'atina', ['PLAN']);
    const stream = follow(
      hub.wsUrl,
      await hub.token('atina'),
      'subscription ($id: ID!) { caseEvents(caseId: $id) { type } }',
      { id: kase.id },
    );
    // Subscribed once the first backlog-free read has gone through (the access check).
    await new Promise((resolve) => setTimeout(resolve, 500));
    await kit.data(
      kit.worker,
      'mutation ($input: IdentificationInput!) { identifyVictim(input: $input) { id } }',
      {
        input: {
          caseId: kase.id,
          decision: 'PRESUMED',
          decidedOn: new Date().toISOString().slice(0, 10),
          finding: 'Synthetic finding: presumed while identification goes on.',
          exploitationTypes: ['FORCED_BEGGING'],
          personParticipated: true,
        },
      },
    );
    await kit.data(
      kit.worker,
      'mutation ($input: AdoptPlanInput!) { adoptProtectionPlan(input: $input) { id } }',
      { input: { caseId: kase.id, goals: ['Synthetic goal: safe housing.'] } },
    );
    const types = (results: Result[]) =>
      results.map((result) => (result.data?.caseEvents as { type: string } | undefined)?.type);
    await stream.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(types(stream.received)).toEqual(['PLAN_ADOPTED']);
    await stream.close();
  });
});
