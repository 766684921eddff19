import { demoCaseId, demoId } from '@hub/cli';
import { startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

/**
 * One thing the caller may not see, or one part of the hub that is down, takes out that thing
 * only: it is null with an error saying why, and the rest of the answer stands.
 */
describe('partial answers', () => {
  let hub: TestHub;
  let worker: string;

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
  });
  afterAll(() => hub.close());

  const ok = (response: GraphQLResponse) => {
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  };
  const refer = async (caseN: number, serviceKey: string) =>
    (
      ok(
        await hub.query(
          worker,
          `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
          {
            input: {
              caseId: demoCaseId(caseN),
              serviceId: demoId('service', serviceKey),
              note: 'Synthetic referral.',
            },
          },
        ),
      ).createReferral as { id: string }
    ).id;

  it("a sealed case's referral does not break the Centre's referral list", async () => {
    const open = await refer(6, 'atina-reintegration');
    const sealed = await refer(7, 'iom-repatriation');
    ok(
      await hub.query(
        worker,
        `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { status } }`,
        { input: { caseId: demoCaseId(7), reason: 'RETURNED_HOME' } },
      ),
    );

    const listed = await hub.query(worker, `{ referrals(first: 500) { id status } }`);
    const referrals = listed.body.data!.referrals as ({ id: string; status: string } | null)[];
    expect(referrals).toEqual(expect.arrayContaining([{ id: open, status: 'SENT' }]));
    // The sealed case's referral is null at its place, with the refusal naming PLAN; its id is
    // PLAN data too, so nothing of it shows.
    expect(referrals.filter((r) => r === null).length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(referrals)).not.toContain(sealed);
    const errors = listed.body.errors ?? [];
    expect(errors.length).toBeGreaterThanOrEqual(1);
    for (const error of errors) {
      expect(error.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', category: 'PLAN' });
      expect(referrals[error.path![1] as number]).toBeNull();
    }
  });

  it("a plan item's source entry is refused with CONSENT_REQUIRED to a partner without CONFERENCE consent", async () => {
    const caseId = demoCaseId(6);
    const plan = await hub.query(
      worker,
      `query ($id: ID!) { case(id: $id) { protectionPlan { id } } }`,
      { id: caseId },
    );
    if (!(ok(plan).case as { protectionPlan: unknown }).protectionPlan) {
      ok(
        await hub.query(
          worker,
          `mutation ($input: AdoptPlanInput!) { adoptProtectionPlan(input: $input) { id } }`,
          { input: { caseId, goals: ['Safety (synthetic)'], items: [], carryOpenItems: true } },
        ),
      );
    }
    const conference = (
      ok(
        await hub.query(
          worker,
          `mutation ($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }`,
          {
            input: {
              caseId,
              scheduledAt: new Date().toISOString(),
              agenda: ['Plan (synthetic)'],
              participants: [],
            },
          },
        ),
      ).scheduleConference as { id: string }
    ).id;
    ok(
      await hub.query(worker, `mutation ($id: ID!) { startConference(id: $id) { id } }`, {
        id: conference,
      }),
    );
    const entry = (
      ok(
        await hub.query(
          worker,
          `mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id } }`,
          {
            input: {
              conferenceId: conference,
              kind: 'ACTION_ITEM',
              text: 'Reintegration visit (synthetic)',
              assignee: 'atina',
              dueOn: '2027-01-15',
            },
          },
        ),
      ).recordConferenceEntry as { id: string }
    ).id;
    const item = (
      ok(
        await hub.query(
          worker,
          `mutation ($id: ID!) { planItemFromActionItem(entryId: $id) { id sourceEntry { text } } }`,
          { id: entry },
        ),
      ).planItemFromActionItem as { id: string; sourceEntry: { text: string } }
    ).id;

    // atina holds PLAN consent on case 6, not CONFERENCE.
    const atina = await hub.token('atina');
    const read = await hub.query(
      atina,
      `query ($id: ID!) { planItem(id: $id) { id sourceEntry { text } } }`,
      { id: item },
    );
    expect(read.body.data).toEqual({ planItem: { id: item, sourceEntry: null } });
    expect(read.body.errors).toHaveLength(1);
    expect(read.body.errors![0]).toMatchObject({
      path: ['planItem', 'sourceEntry'],
      extensions: { code: 'CONSENT_REQUIRED', category: 'CONFERENCE' },
    });
  });

  it('with the services catalogue down, a partner still has its name; only its services are null, with an error', async () => {
    // On a hub of its own: it stops that hub's services subgraph, which the other tests need.
    const own = await startTestHub();
    try {
      const worker = await own.token('centre', ['CASE_WORKER']);
      const QUERY = `{ partnerByCode(code: "astra") { name services { name } } }`;
      const before = ok(await own.query(worker, QUERY)).partnerByCode as {
        name: string;
        services: unknown[];
      };
      expect(before.services.length).toBeGreaterThan(0);

      await own.subgraphs.services.close();
      const during = await own.query(worker, QUERY);
      expect(during.status).toBe(200);
      expect(during.body.data).toEqual({ partnerByCode: { name: before.name, services: null } });
      expect(during.body.errors?.length).toBeGreaterThanOrEqual(1);
      // Which error (code, path, subgraph named) the gateway gives an outage is the gateway's
      // business; here: there is one, and it gives away no internal address.
      expect(JSON.stringify(during.body.errors)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED/);
    } finally {
      await own.close();
    }
  });
});
