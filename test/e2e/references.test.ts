import { openSubgraphOrm } from '@hub/cli';
import { AgencyType, Partner } from '@hub/partners';
import { roleSecret, startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

/**
 * A partner code or a service id written into a case is checked against the directory that owns
 * it, when it is written: a mistyped "astraa" is refused with UNKNOWN_REFERENCE and the field
 * named, and nothing is recorded. The directory is the partners' and the catalogue's own,
 * published by them in `hub.partner_directory` and `hub.service_directory` in the same
 * transaction as their change, so a partner added a moment ago is known at once.
 */

const REPORT_CASE = `mutation ($input: ReportCaseInput!) { reportCase(input: $input) { id } }`;
const ADD_REPORT = `mutation ($id: ID!, $input: ReportInput!) { addReport(caseId: $id, input: $input) { id } }`;
const GRANT = `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const STATUS = `mutation ($id: ID!, $status: CaseStatus!) { changeCaseStatus(caseId: $id, status: $status) { status } }`;
const ADOPT = `mutation ($input: AdoptPlanInput!) { adoptProtectionPlan(input: $input) { id } }`;
const ADD_ITEM = `mutation ($plan: ID!, $input: PlanItemInput!) { addPlanItem(planId: $plan, input: $input) { id } }`;
const PLACE = `mutation ($input: PlaceInput!) { placeInAccommodation(input: $input) { id } }`;
const CREATE_SERVICE = `mutation ($input: CreateServiceInput!) { createService(input: $input) { id } }`;
const UPDATE_SERVICE = `mutation ($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id active } }`;
const CASE = `query ($id: ID!) { case(id: $id) { reports { id } consents { id } protectionPlan { items { id } } } }`;

const refusal = (response: GraphQLResponse) => {
  const error = response.body.errors?.[0];
  return {
    code: error?.extensions?.code,
    field: error?.extensions?.field,
    data: response.body.data,
  };
};
const daysAhead = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const item = (overrides: Record<string, unknown> = {}) => ({
  description: 'Counselling (synthetic)',
  serviceType: 'PSYCHOLOGICAL_COUNSELLING',
  responsiblePartner: 'astra',
  dueOn: daysAhead(10),
  ...overrides,
});

describe('references to partners and services are checked when written', () => {
  let hub: TestHub;
  let worker: string;
  let admin: string;

  const data = async (token: string, query: string, variables?: Record<string, unknown>) => {
    const response = await hub.query(token, query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  };
  const report = (reportingPartner: string) =>
    hub.query(worker, REPORT_CASE, {
      input: {
        caseWorkerName: 'Synthetic Worker',
        report: { channel: 'NGO', reportingPartner, urgency: 'NORMAL' },
        person: { givenName: 'Synthetic', sex: 'FEMALE' },
      },
    });
  const grant = (caseId: string, grantee: string) =>
    hub.query(worker, GRANT, {
      input: {
        caseId,
        grantee,
        categories: ['PLAN'],
        purpose: 'SERVICE_DELIVERY',
        legalBasis: 'CONSENT',
        givenBy: 'VICTIM',
        evidence: 'SYNTHETIC-FORM-1',
      },
    });
  const setPartner = async (code: string, active: boolean) => {
    const orm = await openSubgraphOrm(hub.db.url, roleSecret(), 'partners');
    try {
      const em = orm.em.fork();
      const found = await em.findOne(Partner, { code });
      if (found) {
        found.active = active;
      } else {
        em.create(Partner, {
          code,
          name: 'Synthetic partner (references test)',
          agencyType: AgencyType.NGO,
          municipality: 'Ниш',
          active,
        });
      }
      await em.flush();
    } finally {
      await orm.close();
    }
  };
  const ofCase = async (caseId: string) =>
    (await data(worker, CASE, { id: caseId })).case as {
      reports: unknown[];
      consents: unknown[];
      protectionPlan: { items: unknown[] };
    };

  /** A test's own case, in support, with a plan of one item: nothing another test writes to. */
  const newCase = async () => {
    const caseId = (
      (
        await data(worker, REPORT_CASE, {
          input: {
            caseWorkerName: 'Synthetic Worker',
            report: { channel: 'NGO', reportingPartner: 'astra', urgency: 'NORMAL' },
            person: { givenName: 'Synthetic', sex: 'FEMALE' },
          },
        })
      ).reportCase as { id: string }
    ).id;
    for (const status of ['IN_IDENTIFICATION', 'IN_SUPPORT']) {
      await data(worker, STATUS, { id: caseId, status });
    }
    const planId = (
      (
        await data(worker, ADOPT, {
          input: { caseId, goals: ['Safety (synthetic)'], items: [item()] },
        })
      ).adoptProtectionPlan as { id: string }
    ).id;
    return { caseId, planId };
  };

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
    admin = await hub.token('centre', ['ADMIN']);
  });
  afterAll(() => hub.close());

  it('refuses a mistyped reporting partner on a new case and on a further report', async () => {
    const { caseId } = await newCase();
    expect(refusal(await report('astraa'))).toEqual({
      code: 'UNKNOWN_REFERENCE',
      field: 'reportingPartner',
      data: null,
    });
    const further = await hub.query(worker, ADD_REPORT, {
      id: caseId,
      input: { channel: 'NGO', reportingPartner: 'atinaa', urgency: 'NORMAL' },
    });
    expect(refusal(further)).toMatchObject({
      code: 'UNKNOWN_REFERENCE',
      field: 'reportingPartner',
    });
    expect(further.body.errors![0].message).toBe(
      'reportingPartner: no partner in the directory has the code "atinaa".',
    );
    expect((await ofCase(caseId)).reports).toHaveLength(1);
    expect((await report('astra')).body.errors).toBeUndefined();
  });

  it('refuses a grant to a partner that does not exist', async () => {
    const { caseId } = await newCase();
    expect(refusal(await grant(caseId, 'astraa'))).toMatchObject({
      code: 'UNKNOWN_REFERENCE',
      field: 'grantee',
    });
    expect((await ofCase(caseId)).consents).toHaveLength(0);
  });

  it('refuses plan items for an unknown partner or service, naming the item', async () => {
    const { caseId, planId } = await newCase();
    expect(
      refusal(
        await hub.query(worker, ADD_ITEM, {
          plan: planId,
          input: item({ responsiblePartner: 'astraa' }),
        }),
      ),
    ).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'responsiblePartner' });
    expect(
      refusal(
        await hub.query(worker, ADD_ITEM, {
          plan: planId,
          input: item({ serviceId: '00000000-0000-4000-8000-000000000000' }),
        }),
      ),
    ).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'serviceId' });
    expect(
      refusal(
        await hub.query(worker, ADOPT, {
          input: {
            caseId,
            goals: ['Safety'],
            items: [item(), item({ responsiblePartner: 'csw-bgd' })],
          },
        }),
      ),
    ).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'items[1].responsiblePartner' });
    expect((await ofCase(caseId)).protectionPlan.items).toHaveLength(1);
  });

  it('takes a service of the catalogue, and refuses it once it is no longer offered', async () => {
    const { planId } = await newCase();
    const service = (
      (
        await data(admin, CREATE_SERVICE, {
          input: {
            type: 'PSYCHOLOGICAL_COUNSELLING',
            providerCode: 'astra',
            name: 'Synthetic counselling',
          },
        })
      ).createService as { id: string }
    ).id;
    await data(worker, ADD_ITEM, { plan: planId, input: item({ serviceId: service }) });
    await data(admin, UPDATE_SERVICE, { id: service, input: { active: false } });
    const refused = await hub.query(worker, ADD_ITEM, {
      plan: planId,
      input: item({ serviceId: service }),
    });
    expect(refusal(refused)).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'serviceId' });
    expect(refused.body.errors![0].message).toBe('serviceId: the service is no longer offered.');
  });

  it('refuses an unknown provider of accommodation and of a catalogue service', async () => {
    const { caseId } = await newCase();
    expect(
      refusal(
        await hub.query(worker, PLACE, {
          input: { caseId, provider: 'atinaa', kind: 'NGO_SHELTER', from: daysAhead(0) },
        }),
      ),
    ).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'provider' });
    expect(
      refusal(
        await hub.query(admin, CREATE_SERVICE, {
          input: { type: 'MEDICAL', providerCode: 'astraa', name: 'Synthetic clinic' },
        }),
      ),
    ).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'providerCode' });
  });

  it('knows a partner as soon as the directory has it, and refuses one that no longer takes part', async () => {
    expect(refusal(await report('ngo-synthetic-new'))).toMatchObject({ code: 'UNKNOWN_REFERENCE' });
    await setPartner('ngo-synthetic-new', true);
    expect((await report('ngo-synthetic-new')).body.errors).toBeUndefined();
    await setPartner('ngo-synthetic-new', false);
    const { caseId } = await newCase();
    const refused = await grant(caseId, 'ngo-synthetic-new');
    expect(refusal(refused)).toMatchObject({ code: 'UNKNOWN_REFERENCE', field: 'grantee' });
    expect(refused.body.errors![0].message).toBe(
      'grantee: the partner "ngo-synthetic-new" no longer takes part.',
    );
  });

  it('refuses a partner user before looking at the reference', async () => {
    const astra = await hub.token('astra', ['MEMBER']);
    const response = await hub.query(astra, REPORT_CASE, {
      input: {
        caseWorkerName: 'Synthetic Worker',
        report: { channel: 'NGO', reportingPartner: 'astraa', urgency: 'NORMAL' },
        person: { givenName: 'Synthetic', sex: 'FEMALE' },
      },
    });
    expect(refusal(response).code).toBe('FORBIDDEN');
    expect(JSON.stringify(response.body)).not.toContain('astraa');
  });
});
