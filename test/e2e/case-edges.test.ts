import { DataCategory } from '@hub/common/categories';
import pg from 'pg';
import { insertGrants } from '../support/consent-world';
import { startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

/**
 * The edges case workers and partners hit on the first day (issue 11): where a person may be
 * found is LOCATION, a shelter's free places count the people placed there, closing a case ends
 * what still runs for it, a grant names its case, a supervisor reassigns a case, and a caller who
 * may not do something is refused before any validation message can tell it anything.
 */

const REPORT_CASE = `mutation ($input: ReportCaseInput!) { reportCase(input: $input) { id code } }`;
const PERSON = `query ($id: ID!) { case(id: $id) { person { phone email contactPerson municipality address } } }`;
const PLACE = `mutation ($input: PlaceInput!) { placeInAccommodation(input: $input) { id to } }`;
const SHELTERS = `{ services(type: SHELTER) { name provider { code } capacity availability } }`;
const ADOPT = `mutation ($input: AdoptPlanInput!) { adoptProtectionPlan(input: $input) { items { id status } } }`;
const STATUS = `mutation ($id: ID!, $status: CaseStatus!) { changeCaseStatus(caseId: $id, status: $status) { status } }`;
const CLOSE = `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { id status } }`;
const REASSIGN = `mutation ($input: ReassignCaseInput!) { reassignCase(input: $input) { caseWorker { name workEmail } } }`;
const HISTORY = `query ($id: ID!) { case(id: $id) { caseWorker { name } caseWorkerHistory { caseWorkerName previousCaseWorkerName assignedBy assignedAt } } }`;
const GRANT = `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;
const daysAhead = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('the edges of case work', () => {
  let hub: TestHub;
  let worker: string;
  let supervisor: string;

  const data = async (token: string, query: string, variables?: Record<string, unknown>) => {
    const response = await hub.query(token, query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  };
  const newCase = async (person: Record<string, unknown> = {}) =>
    (
      (
        await data(worker, REPORT_CASE, {
          input: {
            caseWorkerName: 'Synthetic Worker',
            report: { channel: 'POLICE', reportingPartner: 'police-beograd', urgency: 'HIGH' },
            person: { givenName: 'Synthetic', sex: 'FEMALE', ...person },
          },
        })
      ).reportCase as { id: string }
    ).id;

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
    supervisor = await hub.token('centre', ['SUPERVISOR']);
  });
  afterAll(() => hub.close());

  it('shows a partner with CONTACT consent the phone, e-mail and contact person, never an address', async () => {
    const caseId = await newCase({
      phone: '+381 60 000 0001',
      email: 'synthetic@example.org',
      contactPerson: 'Synthetic sister, via the hotline',
      municipality: 'Ниш',
      address: 'Синтетичка 1, Ниш',
    });
    await insertGrants(hub.db.url, [
      { caseId, grantee: 'csw-beograd', categories: [DataCategory.CONTACT], state: 'active' },
      { caseId, grantee: 'atina', categories: [DataCategory.LOCATION], state: 'active' },
    ]);
    const csw = await hub.query(await hub.token('csw-beograd', ['MEMBER']), PERSON, { id: caseId });
    expect(csw.body.data?.case).toEqual({
      person: {
        phone: '+381 60 000 0001',
        email: 'synthetic@example.org',
        contactPerson: 'Synthetic sister, via the hotline',
        municipality: null,
        address: null,
      },
    });
    const refused = (csw.body.errors ?? []).map((error) => [
      error.path?.at(-1),
      error.extensions?.code,
      error.extensions?.category,
    ]);
    expect(refused).toEqual(
      expect.arrayContaining([
        ['municipality', 'CONSENT_REQUIRED', 'LOCATION'],
        ['address', 'CONSENT_REQUIRED', 'LOCATION'],
      ]),
    );
    expect(JSON.stringify(csw.body)).not.toMatch(/Ниш|Синтетичка/);

    const atina = await hub.query(await hub.token('atina', ['MEMBER']), PERSON, { id: caseId });
    expect(atina.body.data?.case).toMatchObject({
      person: { phone: null, municipality: 'Ниш', address: 'Синтетичка 1, Ниш' },
    });
  });

  it('counts the people placed at a shelter against its capacity, and frees the place when the case closes', async () => {
    const free = async () => {
      const services = (await data(worker, SHELTERS)).services as {
        provider: { code: string };
        capacity: number;
        availability: number;
      }[];
      return services.find((service) => service.provider.code === 'atina')!.availability;
    };
    const before = await free();
    const first = await newCase();
    const second = await newCase();
    for (const caseId of [first, second]) {
      await data(worker, PLACE, {
        input: { caseId, provider: 'atina', kind: 'NGO_SHELTER', from: daysAhead(0) },
      });
    }
    expect(await free()).toBe(before - 2);

    for (const status of ['IN_IDENTIFICATION', 'IN_SUPPORT']) {
      await data(worker, STATUS, { id: first, status });
    }

    const items = (
      (
        await data(worker, ADOPT, {
          input: {
            caseId: first,
            goals: ['Safety (synthetic)'],
            items: [
              {
                description: 'Counselling (synthetic)',
                goal: 0,
                serviceType: 'PSYCHOLOGICAL_COUNSELLING',
                responsiblePartner: 'astra',
                dueOn: daysAhead(10),
              },
            ],
            carryOpenItems: true,
          },
        })
      ).adoptProtectionPlan as { items: { status: string }[] }
    ).items;
    expect(items.map((item) => item.status)).toEqual(['PLANNED']);

    await data(worker, CLOSE, { input: { caseId: first, reason: 'RETURNED_HOME' } });
    expect(await free()).toBe(before - 1);

    // A closed case reads as CORE only, so the rows say what the closing transaction did.
    const client = new pg.Client({ connectionString: hub.db.url });
    await client.connect();
    try {
      const stays = await client.query(
        'select to_on is not null as ended, end_reason from cases.accommodation where case_id = $1',
        [first],
      );
      expect(stays.rows).toEqual([{ ended: true, end_reason: 'CASE_CLOSED: RETURNED_HOME' }]);
      const plan = await client.query(
        'select status, cancel_reason from cases.plan_item where case_id = $1',
        [first],
      );
      expect(plan.rows).toEqual([
        { status: 'CANCELLED', cancel_reason: 'CASE_CLOSED: RETURNED_HOME' },
      ]);
      const events = await client.query(
        `select type from hub.event where case_id = $1 and type in ('ACCOMMODATION_ENDED', 'PLAN_ITEM_CANCELLED', 'CASE_CLOSED') order by id`,
        [first],
      );
      expect(events.rows.map((row) => row.type).sort()).toEqual(
        ['ACCOMMODATION_ENDED', 'CASE_CLOSED', 'PLAN_ITEM_CANCELLED'].sort(),
      );
    } finally {
      await client.end();
    }
  });

  it('lets a partner see which case each of its grants is for', async () => {
    const caseId = await newCase();
    await data(worker, GRANT, {
      input: {
        caseId,
        grantee: 'iom',
        categories: ['PLAN'],
        purpose: 'SAFE_RETURN',
        legalBasis: 'CONSENT',
        givenBy: 'VICTIM',
        evidence: 'SYNTHETIC-FORM-1',
      },
    });
    const mine = (
      await data(await hub.token('iom', ['MEMBER']), `{ myGrants { case { id code status } } }`)
    ).myGrants as { case: { id: string; code: string; status: string } | null }[];
    expect(mine.map((grant) => grant.case?.id)).toContain(caseId);
    expect(mine.find((grant) => grant.case?.id === caseId)!.case).toMatchObject({
      status: 'REPORTED',
    });
  });

  it('lets a supervisor give a case to another case worker, and says who did it and when', async () => {
    const caseId = await newCase();
    const input = { caseId, caseWorkerName: 'Synthetic Second', workEmail: 'second@example.org' };
    // A case worker and a partner are refused, before anything of the input is looked at.
    expect(codeOf(await hub.query(worker, REASSIGN, { input }))).toBe('FORBIDDEN');
    const police = await hub.token('police-beograd', ['COORDINATOR']);
    expect(codeOf(await hub.query(police, REASSIGN, { input }))).toBe('FORBIDDEN');

    const reassigned = (await data(supervisor, REASSIGN, { input })).reassignCase;
    expect(reassigned).toEqual({
      caseWorker: { name: 'Synthetic Second', workEmail: 'second@example.org' },
    });
    const kase = (await data(worker, HISTORY, { id: caseId })).case as {
      caseWorkerHistory: { caseWorkerName: string; previousCaseWorkerName: string | null }[];
    };
    expect(kase.caseWorkerHistory).toMatchObject([
      { caseWorkerName: 'Synthetic Worker', previousCaseWorkerName: null },
      {
        caseWorkerName: 'Synthetic Second',
        previousCaseWorkerName: 'Synthetic Worker',
        assignedBy: expect.any(String),
        assignedAt: expect.any(String),
      },
    ]);
    // Partners see the case worker (CORE) but not the Centre's internal history.
    await insertGrants(hub.db.url, [
      { caseId, grantee: 'astra', categories: [DataCategory.PLAN], state: 'active' },
    ]);
    const astra = await hub.query(await hub.token('astra', ['MEMBER']), HISTORY, { id: caseId });
    expect(astra.body.data?.case).toEqual({
      caseWorker: { name: 'Synthetic Second' },
      caseWorkerHistory: null,
    });
  });

  it('refuses a caller who may not act before validating its input', async () => {
    const astra = await hub.token('astra', ['COORDINATOR']);
    // Invalid on every field: the wrong caller still learns only that it may not do this.
    const bad = { caseWorkerName: 'x', report: { channel: 'POLICE', urgency: 'HIGH' } };
    const refused = await hub.query(astra, REPORT_CASE, { input: bad });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(JSON.stringify(refused.body)).not.toMatch(/caseWorkerName/);
    const closing = await hub.query(astra, CLOSE, {
      input: { caseId: '00000000-0000-4000-8000-000000000000', reason: 'OTHER', note: 'x' },
    });
    expect(codeOf(closing)).toBe('FORBIDDEN');
  });

  it('names the field once in a validation message', async () => {
    const response = await hub.query(worker, REPORT_CASE, {
      input: { caseWorkerName: 'x', report: { channel: 'POLICE', urgency: 'HIGH' } },
    });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    const message = response.body.errors![0].message;
    expect(message).toMatch(/caseWorkerName must be longer than or equal to 2 characters/);
    expect(message.match(/caseWorkerName/g)).toHaveLength(1);
  });

  it('tells the user what to set for a legal obligation', async () => {
    const caseId = await newCase();
    const input = {
      caseId,
      grantee: 'police-beograd',
      categories: ['IDENTITY'],
      purpose: 'CRIMINAL_PROCEEDINGS',
      legalBasis: 'LEGAL_OBLIGATION',
      givenBy: 'VICTIM',
      evidence: 'SYNTHETIC-DECISION-1',
    };
    const problem = async (variables: Record<string, unknown>) => {
      const response = await hub.query(worker, GRANT, { input: { ...input, ...variables } });
      const error = response.body.errors?.[0];
      return {
        code: error?.extensions?.code,
        field: error?.extensions?.field,
        message: error?.message,
      };
    };
    expect(await problem({})).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'givenBy',
      message: expect.stringMatching(/set givenBy to AUTHORITY/),
    });
    expect(await problem({ givenBy: 'AUTHORITY' })).toMatchObject({
      field: 'authority',
      message: expect.stringMatching(/set authority/),
    });
    expect(await problem({ givenBy: 'AUTHORITY', authority: 'Синтетички суд' })).toMatchObject({
      field: 'legalProvision',
      message: expect.stringMatching(/set legalProvision/),
    });
    const granted = await hub.query(worker, GRANT, {
      input: {
        ...input,
        givenBy: 'AUTHORITY',
        authority: 'Синтетички суд',
        legalProvision: 'ЗКП, члан 282',
      },
    });
    expect(granted.body.errors).toBeUndefined();
  });
});
