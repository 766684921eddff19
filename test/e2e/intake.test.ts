import { DEMO_INTAKE_REFERENCE, demoCaseId } from '@hub/cli';
import { DataCategory } from '@hub/common/categories';
import pg from 'pg';
import { insertGrants } from '../support/consent-world';
import { startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';
import { follow } from '../support/live';

/**
 * Partner intake, as the people who do it: the police, a social work centre or an NGO hotline
 * reports a possible victim and keeps a receipt; the Centre sees the report in its intake at once
 * and live; the partner reads back what it wrote, and nothing else of the case, until a grant.
 */

const SUBMIT = `mutation ($input: PartnerReportInput!, $key: String) {
  submitReport(input: $input, idempotencyKey: $key) {
    id reference receivedAt firstContactDueAt channel urgency reportingPartner { code }
  }
}`;
const OWN = `query ($reference: String!) {
  reportByReference(reference: $reference) {
    reference receivedAt givenName familyName sex phone address municipality account
    indicators otherIndicators checklistResult checklistAssessedOn case { id code }
  }
}`;
const INTAKE = `{ intakeReports(first: 500) { reference reportingPartner { code } givenName
  case { id status person { givenName address } preliminaryIdentifications { partner indicators } } } }`;
const INTAKE_EVENTS = `subscription ($after: ID) {
  intakeEvents(after: $after) { id type case { status } partnerReport { reference givenName account } }
}`;
const UPDATE_PERSON = `mutation ($caseId: ID!, $input: PersonChangeInput!) { updatePerson(caseId: $caseId, input: $input) { id } }`;

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;
const today = () => new Date().toISOString().slice(0, 10);

const REPORT = {
  channel: 'HOTLINE',
  urgency: 'HIGH',
  person: {
    givenName: 'Синтетичка',
    familyName: 'Пријављена',
    sex: 'FEMALE',
    phone: '+381 60 555 0101',
    address: 'Синтетичка улица 11, Ниш',
  },
  account: 'Synthetic: the caller says her documents were taken by the employer.',
  checklist: {
    indicators: ['WITHHOLDS_DOCUMENTS', 'RESTRICTS_MOVEMENT'],
    result: 'INDICATORS_PRESENT',
    assessedOn: today(),
  },
};

describe('partner intake: report, receipt, the Centre’s intake', () => {
  let hub: TestHub;
  let worker: string;
  let astra: string;
  let atina: string;

  const data = async (token: string, query: string, variables?: Record<string, unknown>) => {
    const response = await hub.query(token, query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  };
  const submit = async (token: string, input: Record<string, unknown>, key?: string) =>
    (await data(token, SUBMIT, { input, key })).submitReport as {
      id: string;
      reference: string;
      receivedAt: string;
      firstContactDueAt: string;
      reportingPartner: { code: string };
    };
  const caseIdOf = async (reference: string) =>
    (
      (await data(worker, OWN, { reference })).reportByReference as {
        case: { id: string };
      }
    ).case.id;

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
    astra = await hub.token('astra', ['MEMBER']);
    atina = await hub.token('atina', ['MEMBER']);
  });
  afterAll(() => hub.close());

  it('gives the reporting partner a receipt: a reference and when the 24-hour clock started', async () => {
    const before = Date.now();
    const receipt = await submit(astra, REPORT);
    expect(receipt.reference).toMatch(/^PR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(receipt.reportingPartner.code).toBe('astra');
    const received = Date.parse(receipt.receivedAt);
    expect(received).toBeGreaterThanOrEqual(before - 1000);
    expect(received).toBeLessThanOrEqual(Date.now() + 1000);
    expect(Date.parse(receipt.firstContactDueAt) - received).toBe(24 * 3_600_000);
  });

  it('shows the Centre the report in its intake at once, with the case it opened', async () => {
    const receipt = await submit(astra, REPORT);
    const intake = (await data(worker, INTAKE)).intakeReports as {
      reference: string;
      reportingPartner: { code: string };
      givenName: string;
      case: {
        status: string;
        person: { givenName: string; address: string };
        preliminaryIdentifications: { partner: string; indicators: string[] }[];
      };
    }[];
    const mine = intake.find((row) => row.reference === receipt.reference);
    expect(mine).toMatchObject({
      reportingPartner: { code: 'astra' },
      givenName: 'Синтетичка',
      // Indicators present: the case goes on to identification, with the partner's checklist.
      case: {
        status: 'IN_IDENTIFICATION',
        person: { givenName: 'Синтетичка', address: 'Синтетичка улица 11, Ниш' },
        preliminaryIdentifications: [
          { partner: 'astra', indicators: ['WITHHOLDS_DOCUMENTS', 'RESTRICTS_MOVEMENT'] },
        ],
      },
    });
    // The report also waits in the overdue queue's source: a report with its 24-hour due time.
    const caseId = await caseIdOf(receipt.reference);
    const reports = await data(
      worker,
      `query ($id: ID!) { case(id: $id) { reports { channel urgency reportingPartner { code } firstContactAt } } }`,
      { id: caseId },
    );
    expect(reports.case).toEqual({
      reports: [
        {
          channel: 'HOTLINE',
          urgency: 'HIGH',
          reportingPartner: { code: 'astra' },
          firstContactAt: null,
        },
      ],
    });
  });

  it('delivers a new report live to the Centre’s intake subscription', async () => {
    const stream = follow(hub.wsUrl, worker, INTAKE_EVENTS);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const receipt = await submit(atina, { channel: 'NGO', account: 'Synthetic live report.' });
      const [event] = await stream.waitFor(1);
      expect(event.errors).toBeUndefined();
      expect(event.data?.intakeEvents).toMatchObject({
        type: 'PARTNER_REPORT_SUBMITTED',
        case: { status: 'REPORTED' },
        partnerReport: {
          reference: receipt.reference,
          givenName: null,
          account: 'Synthetic live report.',
        },
      });
    } finally {
      await stream.close();
    }
  });

  it('replays the intake reports a subscriber missed, and only those, when it resumes', async () => {
    const first = follow(hub.wsUrl, worker, INTAKE_EVENTS);
    let seen: string;
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await submit(atina, { channel: 'NGO', account: 'Synthetic: seen live.' });
      const [event] = await first.waitFor(1);
      seen = (event.data?.intakeEvents as { id: string }).id;
    } finally {
      await first.close();
    }
    // Other events happen meanwhile (a correction of a person record is no intake event).
    const missed = await submit(astra, { channel: 'HOTLINE', account: 'Synthetic: missed.' });
    await data(worker, UPDATE_PERSON, {
      caseId: await caseIdOf(missed.reference),
      input: { phone: '+381 60 555 0199' },
    });
    const resumed = follow(hub.wsUrl, worker, INTAKE_EVENTS, { after: seen });
    try {
      const received = await resumed.waitFor(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(
        received.map(
          (r) =>
            (r.data?.intakeEvents as { partnerReport: { reference: string } }).partnerReport
              .reference,
        ),
      ).toEqual([missed.reference]);
    } finally {
      await resumed.close();
    }
  });

  it('refuses the intake and its live updates to partners', async () => {
    expect(codeOf(await hub.query(astra, INTAKE))).toBe('FORBIDDEN');
    const stream = follow(hub.wsUrl, astra, INTAKE_EVENTS);
    try {
      const [refusal] = await stream.waitFor(1);
      expect(refusal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await stream.close();
    }
  });

  it('lets the partner read back what it wrote, and nothing else of the case', async () => {
    const receipt = await submit(astra, REPORT);
    const own = await hub.query(astra, OWN, { reference: receipt.reference });
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data?.reportByReference).toEqual({
      reference: receipt.reference,
      receivedAt: receipt.receivedAt,
      givenName: 'Синтетичка',
      familyName: 'Пријављена',
      sex: 'FEMALE',
      phone: '+381 60 555 0101',
      address: 'Синтетичка улица 11, Ниш',
      municipality: null,
      account: REPORT.account,
      indicators: ['WITHHOLDS_DOCUMENTS', 'RESTRICTS_MOVEMENT'],
      otherIndicators: null,
      checklistResult: 'INDICATORS_PRESENT',
      checklistAssessedOn: today(),
      // The case itself: not visible to the partner without a grant.
      case: null,
    });
    const mine = (await data(astra, '{ myReports { reference } }')).myReports as {
      reference: string;
    }[];
    expect(mine.map((row) => row.reference)).toContain(receipt.reference);

    const caseId = await caseIdOf(receipt.reference);
    // The Centre corrects the address after intake: the partner keeps seeing what it wrote only.
    await data(worker, UPDATE_PERSON, {
      caseId,
      input: {
        address: 'Синтетичка нова адреса 2, Ниш',
        healthNeeds: [{ kind: 'MEDICAL', need: 'Synthetic need' }],
      },
    });
    const probes = await hub.query(
      astra,
      `query ($id: ID!) { case(id: $id) { id } cases(first: 500) { id }
        again: reportByReference(reference: "${receipt.reference}") { address case { id } } }`,
      { id: caseId },
    );
    expect(probes.body.data).toMatchObject({
      case: null,
      again: { address: 'Синтетичка улица 11, Ниш', case: null },
    });
    expect((probes.body.data?.cases as { id: string }[]).map((c) => c.id)).not.toContain(caseId);
    expect(JSON.stringify(probes.body)).not.toMatch(/нова адреса|Synthetic need/);

    // The checklist on the case is the Centre's to read, not the partner's (EXPLOITATION).
    const status = await hub.query(
      astra,
      `query ($id: ID!) { canSee(caseId: $id, category: EXPLOITATION) }`,
      {
        id: caseId,
      },
    );
    expect(status.body.data).toEqual({ canSee: false });
  });

  it('shows the case to the partner only once a grant says so, and only what it names', async () => {
    const receipt = await submit(astra, REPORT);
    const caseId = await caseIdOf(receipt.reference);
    await insertGrants(hub.db.url, [
      { caseId, grantee: 'astra', categories: [DataCategory.IDENTITY], state: 'active' },
    ]);
    const read = await hub.query(
      astra,
      `query ($reference: String!) { reportByReference(reference: $reference) { case { id person { givenName phone } } } }`,
      { reference: receipt.reference },
    );
    expect(read.body.data?.reportByReference).toEqual({
      case: { id: caseId, person: { givenName: 'Синтетичка', phone: null } },
    });
    expect(read.body.errors?.map((e) => [e.extensions?.code, e.extensions?.category])).toEqual([
      ['CONSENT_REQUIRED', 'CONTACT'],
    ]);
  });

  it('keeps one partner’s report from another partner', async () => {
    const receipt = await submit(astra, REPORT);
    const other = await hub.query(
      atina,
      `query ($reference: String!, $id: ID!) { reportByReference(reference: $reference) { reference } partnerReport(id: $id) { reference } myReports { reference } }`,
      { reference: receipt.reference, id: receipt.id },
    );
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data?.reportByReference).toBeNull();
    expect(other.body.data?.partnerReport).toBeNull();
    expect(
      (other.body.data?.myReports as { reference: string }[]).map((r) => r.reference),
    ).not.toContain(receipt.reference);
    expect(JSON.stringify(other.body)).not.toMatch(/Синтетичка/);
  });

  it('records the partner’s reading of its own report in the access log, on its own basis', async () => {
    const receipt = await submit(astra, REPORT);
    await data(astra, OWN, { reference: receipt.reference });
    const caseId = await caseIdOf(receipt.reference);
    const client = new pg.Client({ connectionString: hub.db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ basis: string; categories: string[] }>(
        `select basis, categories from hub.access_log where case_id = $1 and partner = 'astra' and decision = 'ALLOWED'`,
        [caseId],
      );
      expect(rows.map((row) => row.basis)).toContain('AUTHOR');
      expect(rows.flatMap((row) => row.categories)).toEqual(
        expect.arrayContaining(['IDENTITY', 'CONTACT', 'LOCATION', 'EXPLOITATION']),
      );
    } finally {
      await client.end();
    }
  });

  it('answers a repeat with the same idempotency key with the same receipt', async () => {
    const key = `intake-${Date.now()}`;
    const first = await submit(astra, { channel: 'HOTLINE', account: 'Synthetic repeat.' }, key);
    const second = await submit(astra, { channel: 'HOTLINE', account: 'Synthetic repeat.' }, key);
    expect(second).toEqual(first);
    const reused = await hub.query(astra, SUBMIT, {
      input: { channel: 'HOTLINE', account: 'Synthetic, something else.' },
      key,
    });
    expect(codeOf(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
    const intake = (await data(worker, INTAKE)).intakeReports as { reference: string }[];
    expect(intake.filter((row) => row.reference === first.reference)).toHaveLength(1);
  });

  it('has ASTRA’s synthetic hotline report in the demo intake, readable by ASTRA alone of partners', async () => {
    const intake = (await data(worker, INTAKE)).intakeReports as {
      reference: string;
      case: { id: string };
    }[];
    expect(intake.find((row) => row.reference === DEMO_INTAKE_REFERENCE)?.case.id).toBe(
      demoCaseId(1),
    );
    const own = (await data(astra, OWN, { reference: DEMO_INTAKE_REFERENCE })).reportByReference;
    expect(own).toMatchObject({ givenName: 'Синтетичка', case: null });
    expect((own as { account: string }).account).toMatch(/^Синтетички податак/);
    const police = await hub.token('police-beograd', ['MEMBER']);
    expect(
      (await data(police, OWN, { reference: DEMO_INTAKE_REFERENCE })).reportByReference,
    ).toBeNull();
  });

  it('opens a REPORTED case without a checklist', async () => {
    const receipt = await submit(atina, { channel: 'NGO' });
    const caseId = await caseIdOf(receipt.reference);
    const kase = await data(
      worker,
      `query ($id: ID!) { case(id: $id) { status caseWorker { name } preliminaryIdentifications { id } } }`,
      { id: caseId },
    );
    expect(kase.case).toEqual({
      status: 'REPORTED',
      caseWorker: { name: 'Centre intake (not yet assigned)' },
      preliminaryIdentifications: [],
    });
  });

  it('refuses the Centre and analysts before looking at the input, and partners’ bad input clearly', async () => {
    const bad = { channel: 'HOTLINE', person: { citizenship: 'serbia' } };
    const analyst = await hub.token('centre', ['ANALYST']);
    for (const token of [worker, analyst]) {
      const refused = await hub.query(token, SUBMIT, { input: bad });
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(JSON.stringify(refused.body)).not.toMatch(/citizenship/);
    }
    const invalid = await hub.query(astra, SUBMIT, { input: bad });
    expect(codeOf(invalid)).toBe('BAD_USER_INPUT');
    expect(invalid.body.errors?.[0]?.message).toMatch(/citizenship must be an ISO 3166-1/);
    const other = await hub.query(astra, SUBMIT, {
      input: {
        channel: 'HOTLINE',
        checklist: { indicators: ['OTHER'], result: 'UNCLEAR', assessedOn: today() },
      },
    });
    expect(codeOf(other)).toBe('BAD_USER_INPUT');
    expect(other.body.errors?.[0]?.extensions?.field).toBe('otherIndicators');
    expect(JSON.stringify([invalid.body, other.body])).not.toMatch(
      /at \w+ \(|\/work\/|node_modules/,
    );
  });
});
