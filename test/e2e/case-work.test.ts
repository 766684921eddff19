import { DataCategory } from '@hub/common/categories';
import pg from 'pg';
import { demoCaseId, demoId } from '@hub/cli';
import { insertGrants } from '../support/consent-world';
import { startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

/**
 * The Centre's case work through the gateway, one case from report to closure: every step by the
 * people who may take it, refused to those who may not, with the stable codes clients rely on.
 * Each step of the story is a function with its checks; a test walks a case of its own through
 * the steps its stage needs, so every test runs alone and in any order.
 */

const REPORT_CASE = `mutation ($input: ReportCaseInput!) {
  reportCase(input: $input) { id code status reports { id urgency receivedAt firstContactDueAt firstContactAt overdue } }
}`;
const FIRST_CONTACT = `mutation ($id: ID!, $at: DateTimeISO) { recordFirstContact(reportId: $id, at: $at) { firstContactAt overdue } }`;
const OVERDUE_REPORTS = `{ overdueReports { id urgency case { id } } }`;
const PRELIMINARY = `mutation ($input: PreliminaryIdentificationInput!) {
  recordPreliminaryIdentification(input: $input) { id indicators result partner }
}`;
const IDENTIFY = `mutation ($input: IdentificationInput!) {
  identifyVictim(input: $input) { id decision exploitationTypes scope child recruitment { method recruiterRelation } }
}`;
const ASSESS = `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id version } }`;
const ADOPT = `mutation ($input: AdoptPlanInput!) {
  adoptProtectionPlan(input: $input) { id version goals items { id status goal dueOn responsiblePartner { code } } }
}`;
const MOVE_ITEM = `mutation ($input: MovePlanItemInput!) { movePlanItem(input: $input) { id status referralId cancelReason } }`;
const CASE = `query ($id: ID!) { case(id: $id) {
  id status closingReason
  person { givenName }
  identification { decision finding child }
  assessment { version findings { kind level note } }
  assessments { version }
  protectionPlan { version items { description status sourceEntry { text } } }
  protectionPlans { version supersededAt }
  accommodation { kind phase from provider { code } }
  accommodations { phase from to }
  voluntaryReturns { status destinationCountry returnedOn partner { code } }
  humanitarianResidence { status validUntil }
  timeline { type entityType partner }
} }`;

const errorOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const daysAhead = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('the case work, report to closure', () => {
  let hub: TestHub;
  let worker: string;
  let astra: string;
  let police: string;
  let iom: string;

  /** What one case's steps so far made, for the steps after them. */
  interface Story {
    caseId: string;
    reportId: string;
    /** The plan's first version: the counselling item (astra's, overdue) and the passport (iom's). */
    itemIds: string[];
  }
  type Step = (story: Story) => Promise<void>;
  /** A new case, walked through `steps` in turn; the story they made. */
  const walk = async (...steps: Step[]): Promise<Story> => {
    const story: Story = { caseId: '', reportId: '', itemIds: [] };
    for (const step of steps) {
      await step(story);
    }
    return story;
  };

  const dataOn =
    (on: () => TestHub) =>
    async (token: string, query: string, variables?: Record<string, unknown>) => {
      const response = await on().query(token, query, variables);
      expect(response.body.errors).toBeUndefined();
      return response.body.data!;
    };
  const data = dataOn(() => hub);

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
    astra = await hub.token('astra', ['MEMBER']);
    police = await hub.token('police-beograd', ['MEMBER']);
    iom = await hub.token('iom', ['MEMBER']);
  });
  afterAll(() => hub.close());

  describe('on a hub of its own, as seeded', () => {
    // The other tests add cases, overdue reports and plan items: this hub keeps the demo data as
    // it was loaded, so the lists below are the demo data's alone.
    let seeded: TestHub;
    let worker: string;
    const data = dataOn(() => seeded);
    beforeAll(async () => {
      seeded = await startTestHub();
      worker = await seeded.token('centre', ['CASE_WORKER']);
    });
    afterAll(() => seeded.close());

    it('has demo data for every stage of the work', async () => {
      const kase = (await data(worker, CASE, { id: demoCaseId(6) })).case as Record<
        string,
        unknown
      >;
      expect(kase).toMatchObject({
        status: 'IN_SUPPORT',
        identification: { decision: 'IDENTIFIED', child: false },
        assessment: { version: 2 },
        protectionPlan: { version: 2 },
        accommodation: { kind: 'CENTRE_SHELTER', phase: 2, provider: { code: 'centre' } },
        voluntaryReturns: [
          { status: 'IN_PREPARATION', destinationCountry: 'UA', partner: { code: 'iom' } },
        ],
        humanitarianResidence: [{ status: 'GRANTED' }],
      });
      const items = (kase.protectionPlan as { items: { status: string }[] }).items;
      expect(new Set(items.map((i) => i.status))).toEqual(
        new Set(['REFERRED', 'DONE', 'PLANNED', 'CANCELLED']),
      );
      const timeline = (kase.timeline as { type: string }[]).map((e) => e.type);
      expect(timeline[0]).toBe('CASE_REPORTED');
      expect(timeline).toEqual(
        expect.arrayContaining([
          'IDENTIFICATION_DECIDED',
          'PLAN_REVISED',
          'HUMANITARIAN_RESIDENCE_GRANTED',
        ]),
      );
      // The conference's action item on case 4 became a plan item.
      const four = (await data(worker, CASE, { id: demoCaseId(4) })).case as {
        protectionPlan: { items: { sourceEntry: { text: string } | null }[] };
      };
      expect(four.protectionPlan.items.some((i) => i.sourceEntry?.text.includes('synthetic'))).toBe(
        true,
      );
      // Report 2 waits past its 24 hours; overdue plan items surface.
      const overdue = (await data(worker, OVERDUE_REPORTS)).overdueReports as {
        case: { id: string };
      }[];
      expect(overdue.map((r) => r.case.id)).toEqual([demoCaseId(2)]);
      const overdueItems = (await data(worker, `{ overduePlanItems { case { id } } }`))
        .overduePlanItems as { case: { id: string } }[];
      expect(new Set(overdueItems.map((i) => i.case.id))).toEqual(
        new Set([demoCaseId(4), demoCaseId(6), demoCaseId(8)]),
      );
    });
  });

  const report: Step = async (story) => {
    const receivedAt = new Date(Date.now() - 30 * 3_600_000);
    const created = (
      await data(worker, REPORT_CASE, {
        input: {
          report: {
            channel: 'HOTLINE',
            reportingPartner: 'astra',
            urgency: 'HIGH',
            receivedAt: receivedAt.toISOString(),
          },
          person: {
            givenName: 'Synthetic',
            sex: 'FEMALE',
            dateOfBirth: daysAgo(17 * 365),
            citizenship: 'UA',
          },
          caseWorkerName: 'Synthetic case worker',
        },
      })
    ).reportCase as {
      id: string;
      code: string;
      status: string;
      reports: { id: string; firstContactDueAt: string; overdue: boolean }[];
    };
    const reportId = created.reports[0].id;
    Object.assign(story, { caseId: created.id, reportId });
    expect(created.code).toMatch(/^C-\d{4}-\d{5}$/);
    expect(created.status).toBe('REPORTED');
    expect(Date.parse(created.reports[0].firstContactDueAt) - receivedAt.getTime()).toBe(
      24 * 3_600_000,
    );
    expect(created.reports[0].overdue).toBe(true);

    // Received 30 hours ago and not contacted: on the Centre's overdue list.
    const overdue = (await data(worker, OVERDUE_REPORTS)).overdueReports as {
      id: string;
      case: { id: string };
    }[];
    expect(overdue.map((r) => r.id)).toContain(reportId);

    // Only Centre case staff record reports and watch the overdue list.
    expect(
      errorOf(
        await hub.query(astra, REPORT_CASE, {
          input: { report: { channel: 'NGO' }, caseWorkerName: 'Synthetic' },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorOf(await hub.query(astra, OVERDUE_REPORTS))).toBe('FORBIDDEN');
  };
  it('records a reported case with its code, and first contact is due within 24 hours', async () => {
    await walk(report);
  });

  const refuseEarly: Step = async (story) => {
    const { reportId } = story;
    const future = await hub.query(worker, REPORT_CASE, {
      input: {
        report: { channel: 'CITIZEN', receivedAt: new Date(Date.now() + 86_400_000).toISOString() },
        caseWorkerName: 'Synthetic case worker',
      },
    });
    expect(future.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'receivedAt',
    });
    const early = await hub.query(worker, FIRST_CONTACT, {
      id: reportId,
      at: new Date(Date.now() - 40 * 3_600_000).toISOString(),
    });
    expect(errorOf(early)).toBe('BAD_USER_INPUT');
  };
  it('refuses a report from the future and a first contact before the report', async () => {
    await walk(report, refuseEarly);
  });

  const firstContact: Step = async (story) => {
    const { reportId } = story;
    const contacted = (await data(worker, FIRST_CONTACT, { id: reportId })).recordFirstContact as {
      firstContactAt: string;
      overdue: boolean;
    };
    expect(contacted.overdue).toBe(false);
    const overdue = (await data(worker, OVERDUE_REPORTS)).overdueReports as { id: string }[];
    expect(overdue.map((r) => r.id)).not.toContain(reportId);
    expect(errorOf(await hub.query(worker, FIRST_CONTACT, { id: reportId }))).toBe(
      'INVALID_TRANSITION',
    );
  };
  it('takes the report off the overdue list once first contact is recorded, once', async () => {
    await walk(report, firstContact);
  });

  const checklist: Step = async (story) => {
    const { caseId } = story;
    await insertGrants(hub.db.url, [
      {
        caseId,
        grantee: 'police-beograd',
        categories: [DataCategory.EXPLOITATION],
        state: 'active',
      },
      { caseId, grantee: 'astra', categories: [DataCategory.PLAN], state: 'active' },
      { caseId, grantee: 'iom', categories: [DataCategory.PLAN], state: 'active' },
    ]);
    const input = {
      caseId,
      indicators: ['WITHHOLDS_DOCUMENTS', 'DEBT_BONDAGE', 'RESTRICTS_MOVEMENT'],
      result: 'INDICATORS_PRESENT',
      assessedOn: daysAgo(1),
    };
    expect(errorOf(await hub.query(astra, PRELIMINARY, { input }))).toBe('FORBIDDEN');
    const filled = (await data(police, PRELIMINARY, { input })).recordPreliminaryIdentification as {
      partner: string;
      indicators: string[];
    };
    expect(filled.partner).toBe('police-beograd');
    expect(filled.indicators).toEqual(input.indicators);

    // OTHER needs the words for it.
    const other = await hub.query(police, PRELIMINARY, {
      input: { ...input, indicators: ['OTHER'] },
    });
    expect(other.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'otherIndicators',
    });
    // Indicators present: the case moved on to identification.
    const kase = (await data(worker, CASE, { id: caseId })).case as { status: string };
    expect(kase.status).toBe('IN_IDENTIFICATION');
  };
  it('lets a partner with EXPLOITATION consent fill in the checklist, and no other partner', async () => {
    await walk(report, firstContact, checklist);
  });

  const identify: Step = async (story) => {
    const { caseId } = story;
    const input = {
      caseId,
      decision: 'IDENTIFIED',
      decidedOn: daysAgo(0),
      finding: 'Synthetic finding and opinion: indicators of labour exploitation confirmed.',
      exploitationTypes: ['LABOUR', 'FORCED_BEGGING'],
      scope: 'TRANSNATIONAL',
      recruitment: { method: 'JOB_OFFER', recruiterRelation: 'FRIEND' },
      personParticipated: true,
    };
    expect(errorOf(await hub.query(police, IDENTIFY, { input }))).toBe('FORBIDDEN');
    expect(
      errorOf(
        await hub.query(worker, IDENTIFY, { input: { ...input, personParticipated: false } }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorOf(await hub.query(worker, IDENTIFY, { input: { ...input, exploitationTypes: [] } })),
    ).toBe('BAD_USER_INPUT');

    const decided = (await data(worker, IDENTIFY, { input })).identifyVictim as Record<
      string,
      unknown
    >;
    expect(decided).toMatchObject({
      decision: 'IDENTIFIED',
      scope: 'TRANSNATIONAL',
      child: true,
      recruitment: { method: 'JOB_OFFER', recruiterRelation: 'FRIEND' },
    });
    const kase = (await data(worker, CASE, { id: caseId })).case as { status: string };
    expect(kase.status).toBe('IDENTIFIED');
    // Decided: a second decision needs the case back in identification first.
    expect(errorOf(await hub.query(worker, IDENTIFY, { input }))).toBe('INVALID_TRANSITION');
  };
  it('leaves identification to the Centre, and derives a child from the date of birth', async () => {
    await walk(report, firstContact, checklist, identify);
  });

  const assess: Step = async (story) => {
    const { caseId } = story;
    const finding = { subject: 'VICTIM', kind: 'RISK', area: 'SAFETY', level: 'HIGH' };
    await data(worker, ASSESS, {
      input: { caseId, assessedOn: daysAgo(0), findings: [{ ...finding, note: 'Synthetic' }] },
    });
    const second = (
      await data(worker, ASSESS, {
        input: {
          caseId,
          assessedOn: daysAgo(0),
          findings: [
            { ...finding, level: 'MEDIUM' },
            { subject: 'FAMILY', kind: 'STRENGTH', area: 'FAMILY_RELATIONS', level: 'HIGH' },
          ],
        },
      })
    ).recordAssessment as { version: number };
    expect(second.version).toBe(2);
    const kase = (await data(worker, CASE, { id: caseId })).case as {
      assessment: { version: number; findings: { level: string }[] };
      assessments: { version: number }[];
    };
    expect(kase.assessment.version).toBe(2);
    expect(kase.assessment.findings.map((f) => f.level)).toEqual(['MEDIUM', 'HIGH']);
    expect(kase.assessments.map((a) => a.version)).toEqual([1, 2]);
    expect(
      errorOf(
        await hub.query(astra, ASSESS, {
          input: { caseId, assessedOn: daysAgo(0), findings: [finding] },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorOf(
        await hub.query(worker, ASSESS, {
          input: { caseId, assessedOn: daysAgo(0), findings: [] },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  };
  it('versions the assessment: the latest stands, every version is kept', async () => {
    await walk(report, firstContact, checklist, identify, assess);
  });

  const plan: Step = async (story) => {
    const { caseId } = story;
    await data(
      worker,
      `mutation ($id: ID!) { changeCaseStatus(caseId: $id, status: IN_SUPPORT) { status } }`,
      {
        id: caseId,
      },
    );
    const plan = (
      await data(worker, ADOPT, {
        input: {
          caseId,
          goals: ['Safe accommodation (synthetic)', 'Documents restored (synthetic)'],
          items: [
            {
              description: 'Counselling (synthetic)',
              goal: 0,
              serviceType: 'PSYCHOLOGICAL_COUNSELLING',
              responsiblePartner: 'astra',
              dueOn: daysAgo(3),
            },
            {
              description: 'New passport (synthetic)',
              goal: 1,
              serviceType: 'DOCUMENTS',
              responsiblePartner: 'iom',
              dueOn: daysAhead(30),
            },
          ],
          carryOpenItems: true,
        },
      })
    ).adoptProtectionPlan as {
      version: number;
      items: { id: string; goal: string; status: string; responsiblePartner: { code: string } }[];
    };
    expect(plan.version).toBe(1);
    expect(plan.items.map((i) => i.goal)).toEqual([
      'Safe accommodation (synthetic)',
      'Documents restored (synthetic)',
    ]);
    const itemIds = plan.items.map((i) => i.id);
    story.itemIds = itemIds;

    // A due date passed: overdue, for the Centre and for the responsible partner alone.
    const centreOverdue = (await data(worker, `{ overduePlanItems { id } }`)).overduePlanItems as {
      id: string;
    }[];
    expect(centreOverdue.map((i) => i.id)).toContain(itemIds[0]);
    expect(centreOverdue.map((i) => i.id)).not.toContain(itemIds[1]);
    const astraOverdue = (await data(astra, `{ overduePlanItems { id case { code } } }`))
      .overduePlanItems as { id: string }[];
    expect(astraOverdue.map((i) => i.id)).toEqual([itemIds[0]]);
    const iomOverdue = (await data(iom, `{ overduePlanItems { id } }`)).overduePlanItems as {
      id: string;
    }[];
    expect(iomOverdue).toEqual([]);

    // REFERRED names its referral; a partner cannot refer, nor move another partner's item.
    const referralId = '00000000-0000-4000-8000-000000000001';
    expect(
      errorOf(
        await hub.query(worker, MOVE_ITEM, { input: { itemId: itemIds[0], status: 'REFERRED' } }),
      ),
    ).toBe('BAD_USER_INPUT');
    await data(worker, MOVE_ITEM, {
      input: { itemId: itemIds[0], status: 'REFERRED', referralId },
    });
    expect(
      errorOf(
        await hub.query(iom, MOVE_ITEM, { input: { itemId: itemIds[0], status: 'IN_PROGRESS' } }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorOf(
        await hub.query(astra, MOVE_ITEM, {
          input: { itemId: itemIds[0], status: 'CANCELLED', reason: 'Not needed' },
        }),
      ),
    ).toBe('FORBIDDEN');
    // A partner without PLAN consent learns nothing of the item: not by id, not by moving it.
    const hidden = await hub.query(police, `query ($id: ID!) { planItem(id: $id) { id } }`, {
      id: itemIds[0],
    });
    expect(hidden.body).toEqual({ data: { planItem: null } });
    const shown = (await data(astra, `query ($id: ID!) { planItem(id: $id) { id } }`, {
      id: itemIds[0],
    })) as { planItem: { id: string } };
    expect(shown.planItem.id).toBe(itemIds[0]);
    expect(
      errorOf(
        await hub.query(police, MOVE_ITEM, {
          input: { itemId: itemIds[0], status: 'IN_PROGRESS' },
        }),
      ),
    ).toBe('NOT_FOUND');
    // The responsible partner reports its work; DONE before IN_PROGRESS is not a move.
    expect(
      errorOf(await hub.query(astra, MOVE_ITEM, { input: { itemId: itemIds[0], status: 'DONE' } })),
    ).toBe('INVALID_TRANSITION');
    await data(astra, MOVE_ITEM, { input: { itemId: itemIds[0], status: 'IN_PROGRESS' } });
    const done = (await data(astra, MOVE_ITEM, { input: { itemId: itemIds[0], status: 'DONE' } }))
      .movePlanItem as { status: string; referralId: string };
    expect(done).toMatchObject({ status: 'DONE', referralId });
    const after = (await data(worker, `{ overduePlanItems { id } }`)).overduePlanItems as {
      id: string;
    }[];
    expect(after.map((i) => i.id)).not.toContain(itemIds[0]);
  };
  it('runs the protection plan: items move on, overdue ones surface, partners report their own', async () => {
    await walk(report, firstContact, checklist, identify, assess, plan);
  });

  const conference: Step = async (story) => {
    const { caseId, itemIds } = story;
    const conference = (
      await data(
        worker,
        `mutation ($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }`,
        {
          input: {
            caseId,
            scheduledAt: new Date().toISOString(),
            agenda: ['Plan'],
            participants: [],
          },
        },
      )
    ).scheduleConference as { id: string };
    await data(worker, `mutation ($id: ID!) { startConference(id: $id) { status } }`, {
      id: conference.id,
    });
    const entry = (
      await data(
        worker,
        `mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id } }`,
        {
          input: {
            conferenceId: conference.id,
            kind: 'ACTION_ITEM',
            text: 'Escort to the hearing (synthetic)',
            assignee: 'astra',
            dueOn: daysAhead(7),
          },
        },
      )
    ).recordConferenceEntry as { id: string };
    const FROM_ACTION = `mutation ($id: ID!) { planItemFromActionItem(entryId: $id) { id status dueOn responsiblePartner { code } sourceEntry { text } } }`;
    const item = (await data(worker, FROM_ACTION, { id: entry.id })).planItemFromActionItem as {
      dueOn: string;
      responsiblePartner: { code: string };
      sourceEntry: { text: string };
    };
    expect(item).toMatchObject({
      status: 'PLANNED',
      dueOn: daysAhead(7),
      responsiblePartner: { code: 'astra' },
      sourceEntry: { text: 'Escort to the hearing (synthetic)' },
    });
    expect(errorOf(await hub.query(worker, FROM_ACTION, { id: entry.id }))).toBe('ALREADY_EXISTS');

    const revised = (
      await data(worker, ADOPT, {
        input: {
          caseId,
          goals: ['Independent living (synthetic)'],
          items: [],
          carryOpenItems: true,
        },
      })
    ).adoptProtectionPlan as { version: number; items: { id: string }[] };
    expect(revised.version).toBe(2);
    // The open items (the passport, the escort) moved on; the done one stayed with version 1.
    expect(revised.items).toHaveLength(2);
    expect(revised.items.map((i) => i.id)).toContain(itemIds[1]);
    const kase = (await data(worker, CASE, { id: caseId })).case as {
      protectionPlans: { version: number; supersededAt: string | null }[];
    };
    expect(kase.protectionPlans.map((p) => [p.version, p.supersededAt === null])).toEqual([
      [1, false],
      [2, true],
    ]);
  };
  it('turns a conference action item into a plan item once, and carries open items into a new version', async () => {
    await walk(report, firstContact, checklist, identify, assess, plan, conference);
  });

  const accommodate: Step = async (story) => {
    const { caseId } = story;
    const PLACE = `mutation ($input: PlaceInput!) { placeInAccommodation(input: $input) { id phase from } }`;
    const occupied = async () =>
      (
        (
          await data(
            worker,
            `{ accommodationOccupancy(provider: "centre") { kind phase occupied { value } } }`,
          )
        ).accommodationOccupancy as { kind: string; phase: number; occupied: { value: number } }[]
      ).reduce((sum, row) => sum + row.occupied.value, 0);
    const before = await occupied();
    const input = {
      caseId,
      provider: 'centre',
      kind: 'CENTRE_SHELTER',
      phase: 1,
      from: daysAgo(10),
    };
    expect(errorOf(await hub.query(worker, PLACE, { input: { ...input, phase: null } }))).toBe(
      'BAD_USER_INPUT',
    );
    await data(worker, PLACE, { input });
    expect(await occupied()).toBe(before + 1);
    await data(worker, PLACE, { input: { ...input, phase: 2, from: daysAgo(2) } });
    expect(await occupied()).toBe(before + 1);
    expect(
      errorOf(await hub.query(worker, PLACE, { input: { ...input, phase: 1, from: daysAgo(1) } })),
    ).toBe('INVALID_TRANSITION');
    const kase = (await data(worker, CASE, { id: caseId })).case as {
      accommodation: { phase: number; provider: { code: string } };
      accommodations: { phase: number; to: string | null }[];
    };
    expect(kase.accommodation).toMatchObject({ phase: 2, provider: { code: 'centre' } });
    expect(kase.accommodations).toEqual([
      { phase: 1, from: daysAgo(10), to: daysAgo(2) },
      { phase: 2, from: daysAgo(2), to: null },
    ]);
    // A partner sees its own occupancy only.
    expect(
      errorOf(
        await hub.query(
          astra,
          `{ accommodationOccupancy(provider: "centre") { occupied { value } } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
  };
  it('accommodates: the Shelter goes forward through its phases, occupancy counts current stays', async () => {
    await walk(report, firstContact, checklist, identify, assess, plan, conference, accommodate);
  });

  const returnAndResidence: Step = async (story) => {
    const { caseId } = story;
    const requested = (
      await data(
        worker,
        `mutation ($input: RequestReturnInput!) { requestVoluntaryReturn(input: $input) { id status } }`,
        { input: { caseId, destinationCountry: 'UA', partner: 'iom', plannedOn: daysAhead(20) } },
      )
    ).requestVoluntaryReturn as { id: string };
    const MOVE = `mutation ($input: MoveReturnInput!) { moveVoluntaryReturn(input: $input) { status returnedOn } }`;
    expect(
      errorOf(
        await hub.query(astra, MOVE, { input: { id: requested.id, status: 'IN_PREPARATION' } }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorOf(
        await hub.query(iom, MOVE, {
          input: { id: requested.id, status: 'COMPLETED', on: daysAgo(0) },
        }),
      ),
    ).toBe('INVALID_TRANSITION');
    await data(iom, MOVE, { input: { id: requested.id, status: 'IN_PREPARATION' } });

    const applied = (
      await data(
        worker,
        `mutation ($id: ID!, $on: String!) { applyForHumanitarianResidence(caseId: $id, appliedOn: $on) { id status } }`,
        { id: caseId, on: daysAgo(5) },
      )
    ).applyForHumanitarianResidence as { id: string; status: string };
    expect(applied.status).toBe('APPLIED');
    const DECIDE = `mutation ($input: DecideResidenceInput!) { decideHumanitarianResidence(input: $input) { status validUntil } }`;
    expect(
      errorOf(
        await hub.query(worker, DECIDE, {
          input: { id: applied.id, status: 'GRANTED', decidedOn: daysAgo(0) },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    await data(worker, DECIDE, {
      input: {
        id: applied.id,
        status: 'GRANTED',
        decidedOn: daysAgo(0),
        validUntil: daysAhead(180),
      },
    });
    const extended = (
      await data(worker, DECIDE, {
        input: {
          id: applied.id,
          status: 'GRANTED',
          decidedOn: daysAgo(0),
          validUntil: daysAhead(360),
        },
      })
    ).decideHumanitarianResidence as { validUntil: string };
    expect(extended.validUntil).toBe(daysAhead(360));
    expect(
      errorOf(
        await hub.query(worker, DECIDE, {
          input: { id: applied.id, status: 'APPLIED', decidedOn: daysAgo(0) },
        }),
      ),
    ).toBe('INVALID_TRANSITION');
  };
  it('runs voluntary return with IOM and humanitarian residence for a foreign victim', async () => {
    await walk(
      report,
      firstContact,
      checklist,
      identify,
      assess,
      plan,
      conference,
      accommodate,
      returnAndResidence,
    );
  });

  const close: Step = async (story) => {
    const { caseId } = story;
    const CLOSE = `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { status closingReason closedAt } }`;
    expect(errorOf(await hub.query(worker, CLOSE, { input: { caseId, reason: 'OTHER' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorOf(await hub.query(astra, CLOSE, { input: { caseId, reason: 'SUPPORT_COMPLETED' } })),
    ).toBe('FORBIDDEN');
    expect(
      errorOf(
        await hub.query(
          worker,
          `mutation ($id: ID!) { changeCaseStatus(caseId: $id, status: CLOSED) { status } }`,
          {
            id: caseId,
          },
        ),
      ),
    ).toBe('INVALID_TRANSITION');

    // Before closing, the police (EXPLOITATION consent) see the checklist and decision in the
    // timeline, but not the plan, assessment or accommodation.
    const policeView = (
      await data(police, `query ($id: ID!) { case(id: $id) { timeline { type entityType } } }`, {
        id: caseId,
      })
    ).case as { timeline: { type: string; entityType: string }[] };
    const policeTypes = policeView.timeline.map((e) => e.entityType);
    expect(policeTypes).toEqual(expect.arrayContaining(['Report', 'Identification']));
    expect(policeTypes).not.toEqual(expect.arrayContaining(['PlanItem']));
    expect(
      policeTypes.filter((t) => ['Assessment', 'Accommodation', 'ProtectionPlan'].includes(t)),
    ).toEqual([]);

    const closing = await hub.query(worker, CLOSE, {
      input: { caseId, reason: 'SUPPORT_COMPLETED' },
    });
    // Closed and sealed in one go. The closing answer shows its own caller the reason just set
    // (the seal applies from the next request on); after that the reason is PLAN data of a
    // sealed case (a reason such as RETURNED_HOME says more than CORE), so even the case worker
    // gets it only through break-glass.
    expect(closing.body.errors).toBeUndefined();
    expect(closing.body.data!.closeCase).toMatchObject({
      status: 'CLOSED',
      closingReason: 'SUPPORT_COMPLETED',
    });
    const reread = await hub.query(
      worker,
      `query ($id: ID!) { case(id: $id) { status closingReason } }`,
      { id: caseId },
    );
    expect(reread.body.data!.case).toEqual({ status: 'CLOSED', closingReason: null });
    expect(reread.body.errors?.[0].extensions).toMatchObject({
      code: 'CONSENT_REQUIRED',
      category: 'PLAN',
    });
    const stored = new pg.Client({ connectionString: hub.db.url });
    await stored.connect();
    try {
      const { rows } = await stored.query('select closing_reason from cases."case" where id = $1', [
        caseId,
      ]);
      expect(rows[0].closing_reason).toBe('SUPPORT_COMPLETED');
    } finally {
      await stored.end();
    }
    // Closing twice is a refused move, not a failure.
    expect(
      errorOf(await hub.query(worker, CLOSE, { input: { caseId, reason: 'SUPPORT_COMPLETED' } })),
    ).toBe('INVALID_TRANSITION');

    // Sealed: the case worker now reads CORE only; the name is refused with CONSENT_REQUIRED.
    const sealed = await hub.query(worker, CASE, { id: caseId });
    const kase = sealed.body.data!.case as { status: string; person: { givenName: string | null } };
    expect(kase.status).toBe('CLOSED');
    expect(kase.person.givenName).toBeNull();
    expect(sealed.body.errors?.map((e) => e.extensions?.code)).toContain('CONSENT_REQUIRED');
    const timeline = (kase as unknown as { timeline: { type: string }[] }).timeline.map(
      (e) => e.type,
    );
    expect(timeline[0]).toBe('CASE_REPORTED');
    expect(timeline.at(-1)).toBe('CASE_CLOSED');
    expect(timeline).toEqual(
      expect.arrayContaining(['FIRST_CONTACT_RECORDED', 'CASE_SUPPORT_STARTED']),
    );
    // The closed case takes no more work.
    expect(
      errorOf(
        await hub.query(worker, ASSESS, {
          input: {
            caseId,
            assessedOn: daysAgo(0),
            findings: [{ subject: 'VICTIM', kind: 'NEED', area: 'HOUSING', level: 'LOW' }],
          },
        }),
      ),
    ).toBe('INVALID_TRANSITION');
  };
  it('closes with a reason, seals the case, and keeps a timeline each reader sees their share of', async () => {
    await walk(
      report,
      firstContact,
      checklist,
      identify,
      assess,
      plan,
      conference,
      accommodate,
      returnAndResidence,
      close,
    );
  });

  it('moves a plan item as the referral made for it is answered by its provider', async () => {
    const atina = await hub.token('atina', ['MEMBER']);
    const ITEM = `query ($id: ID!) { planItem(id: $id) { status referralId } }`;
    /** The follower applies referral events in the background: wait for it (bounded). */
    const itemBecomes = async (id: string, status: string) => {
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const item = (await data(worker, ITEM, { id })).planItem as {
          status: string;
          referralId: string | null;
        };
        if (item.status === status) {
          return item;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the plan item did not become ${status}`);
    };
    const refer = async (itemId: string) =>
      (
        (
          await data(
            worker,
            `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
            {
              input: {
                caseId: demoCaseId(6),
                serviceId: demoId('service', 'atina-reintegration'),
                planItemId: itemId,
              },
            },
          )
        ).createReferral as { id: string }
      ).id;

    // Demo case 6's job-training item, PLANNED, is referred to atina; atina answers it through.
    const jobItem = demoId('plan-item', '6-job');
    const referralId = await refer(jobItem);
    expect(await itemBecomes(jobItem, 'REFERRED')).toEqual({ status: 'REFERRED', referralId });
    await data(atina, `mutation ($id: ID!) { acceptReferral(id: $id) { status } }`, {
      id: referralId,
    });
    await data(
      atina,
      `mutation ($id: ID!) { reportReferralProgress(id: $id, note: "First session held (synthetic)") { status } }`,
      {
        id: referralId,
      },
    );
    await itemBecomes(jobItem, 'IN_PROGRESS');
    await data(atina, `mutation ($id: ID!) { completeReferral(id: $id) { status } }`, {
      id: referralId,
    });
    await itemBecomes(jobItem, 'DONE');

    // A declined referral puts the item back to PLANNED, without the referral.
    const plan = (
      await data(worker, `query ($id: ID!) { case(id: $id) { protectionPlan { id } } }`, {
        id: demoCaseId(6),
      })
    ).case as { protectionPlan: { id: string } };
    const added = (
      await data(
        worker,
        `mutation ($plan: ID!, $input: PlanItemInput!) { addPlanItem(planId: $plan, input: $input) { id } }`,
        {
          plan: plan.protectionPlan.id,
          input: {
            description: 'Reintegration support (synthetic)',
            responsiblePartner: 'atina',
            dueOn: daysAhead(14),
          },
        },
      )
    ).addPlanItem as { id: string };
    const second = await refer(added.id);
    await itemBecomes(added.id, 'REFERRED');
    await data(
      atina,
      `mutation ($id: ID!) { declineReferral(id: $id, reason: "No places this month (synthetic)") { status } }`,
      {
        id: second,
      },
    );
    expect(await itemBecomes(added.id, 'PLANNED')).toEqual({ status: 'PLANNED', referralId: null });

    // Completed straight from ACCEPTED (no progress reported): the item is DONE all the same.
    const third = await refer(added.id);
    await itemBecomes(added.id, 'REFERRED');
    await data(atina, `mutation ($id: ID!) { acceptReferral(id: $id) { status } }`, { id: third });
    await data(atina, `mutation ($id: ID!) { completeReferral(id: $id) { status } }`, {
      id: third,
    });
    expect(await itemBecomes(added.id, 'DONE')).toEqual({ status: 'DONE', referralId: third });
  });

  it('answers an id that is not one with BAD_USER_INPUT naming the argument, never an internal error', async () => {
    const read = await hub.query(worker, `{ planItem(id: "abc") { id } case(id: "abc") { id } }`);
    expect(read.body.data).toEqual({ planItem: null, case: null });
    expect(read.body.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.field])).toEqual(
      expect.arrayContaining([
        [['planItem'], 'BAD_USER_INPUT', 'id'],
        [['case'], 'BAD_USER_INPUT', 'id'],
      ]),
    );
    for (const mutation of [
      `mutation { addReport(caseId: "abc", input: { channel: OTHER }) { id } }`,
      `mutation { recordFirstContact(reportId: "abc") { id } }`,
      `mutation { planItemFromActionItem(entryId: "abc") { id } }`,
      `mutation { changeCaseStatus(caseId: "abc", status: IN_SUPPORT) { id } }`,
    ]) {
      expect({ mutation, code: errorOf(await hub.query(worker, mutation)) }).toEqual({
        mutation,
        code: 'BAD_USER_INPUT',
      });
    }
  });

  it('wrote every step to the event outbox, in order, with the acting partner', async () => {
    // One case through the whole story, refused attempts included, in the order it is told.
    const { caseId } = await walk(
      report,
      refuseEarly,
      firstContact,
      checklist,
      identify,
      assess,
      plan,
      conference,
      accommodate,
      returnAndResidence,
      close,
    );
    const client = new pg.Client({ connectionString: hub.db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ type: string; partner: string }>(
        'select type, partner from hub.event where case_id = $1 order by id',
        [caseId],
      );
      const types = rows.map((row) => row.type);
      // Exactly the story's steps, in the order they were taken; refused steps left nothing behind
      // (one identification, no plan item from a second try).
      expect(types).toEqual([
        'CASE_REPORTED',
        'FIRST_CONTACT_RECORDED',
        'PRELIMINARY_IDENTIFICATION_RECORDED',
        'IDENTIFICATION_DECIDED',
        'ASSESSMENT_RECORDED',
        'ASSESSMENT_REVISED',
        'CASE_SUPPORT_STARTED',
        'PLAN_ADOPTED',
        'PLAN_ITEM_REFERRED',
        'PLAN_ITEM_IN_PROGRESS',
        'PLAN_ITEM_DONE',
        'CONFERENCE_SCHEDULED',
        'CONFERENCE_STARTED',
        'CONFERENCE_ENTRY_RECORDED',
        'PLAN_ITEM_ADDED',
        'PLAN_REVISED',
        'ACCOMMODATION_STARTED',
        'ACCOMMODATION_STARTED',
        'VOLUNTARY_RETURN_REQUESTED',
        'VOLUNTARY_RETURN_IN_PREPARATION',
        'HUMANITARIAN_RESIDENCE_APPLIED',
        'HUMANITARIAN_RESIDENCE_GRANTED',
        'HUMANITARIAN_RESIDENCE_EXTENDED',
        'ACCOMMODATION_ENDED',
        'PLAN_ITEM_CANCELLED',
        'PLAN_ITEM_CANCELLED',
        'CASE_CLOSED',
      ]);
      expect(rows.find((row) => row.type === 'PRELIMINARY_IDENTIFICATION_RECORDED')?.partner).toBe(
        'police-beograd',
      );
      // The case history outlives the live-update log's retention.
      const history = await client.query(
        'select count(*)::int as n from hub.case_history where case_id = $1',
        [caseId],
      );
      expect(history.rows[0].n).toBe(rows.length);
    } finally {
      await client.end();
    }
  });
});
