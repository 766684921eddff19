import { demoCaseCode, demoCaseId, demoId, partnerId } from '@hub/cli';
import { sqlStatements } from '@hub/common/orm';
import { addSyntheticCases } from '../support/fixtures';
import { postGraphQL, startTestHub, type TestHub } from '../support/hub';

/** One operation over all four subgraphs: cases → legal, cases → partners → services. */
const SPANNING_QUERY = /* GraphQL */ `
  query Span($first: Int!) {
    cases(first: $first) {
      id
      code
      status
      reports {
        channel
        reportingPartner {
          code
          agencyType
          services {
            type
            provider {
              code
            }
          }
        }
      }
      proceedings {
        kind
        stage
        charges
        court {
          code
        }
        prosecution {
          code
        }
      }
    }
  }
`;

describe('a query through the gateway spanning every subgraph', () => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub();
    token = await hub.token('centre', ['CASE_WORKER']);
  });
  afterAll(() => hub.close());

  it('returns a case with its proceedings, the reporting partner and that partner’s services', async () => {
    const response = await hub.query(
      token,
      `query One($id: ID!) {
        case(id: $id) {
          code
          status
          reports { channel reportingPartner { code name agencyType services { type provider { code } } } }
          proceedings { kind stage charges victimRole court { code agencyType } prosecution { code } case { code } }
        }
      }`,
      { id: demoCaseId(4) },
    );
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const kase = response.body.data!.case as {
      code: string;
      status: string;
      reports: {
        channel: string;
        reportingPartner: {
          code: string;
          agencyType: string;
          services: { type: string; provider: { code: string } }[];
        };
      }[];
      proceedings: {
        kind: string;
        stage: string;
        charges: string[];
        victimRole: string;
        court: { code: string; agencyType: string };
        prosecution: { code: string };
        case: { code: string };
      }[];
    };
    expect(kase.code).toBe(demoCaseCode(4));
    expect(kase.status).toBe('IDENTIFIED');
    // cases → partners: the social work centre that reported the case …
    expect(kase.reports).toHaveLength(1);
    expect(kase.reports[0].channel).toBe('SOCIAL_WORK_CENTRE');
    expect(kase.reports[0].reportingPartner.code).toBe('csw-beograd');
    expect(kase.reports[0].reportingPartner.agencyType).toBe('SOCIAL_WORK_CENTRE');
    // … partners → services: and what that centre provides, each pointing back at it.
    expect(kase.reports[0].reportingPartner.services.map((s) => s.type).sort()).toEqual([
      'FINANCIAL_HELP',
      'GUARDIANSHIP',
    ]);
    expect(
      kase.reports[0].reportingPartner.services.every((s) => s.provider.code === 'csw-beograd'),
    ).toBe(true);
    // cases → legal → partners: the criminal proceeding, its court and prosecution.
    expect(kase.proceedings).toEqual([
      {
        kind: 'CRIMINAL',
        stage: 'TRIAL',
        charges: ['388'],
        victimRole: 'INJURED_PARTY_AND_WITNESS',
        court: { code: 'court-beograd', agencyType: 'COURT' },
        prosecution: { code: 'prosecution-beograd' },
        case: { code: demoCaseCode(4) },
      },
    ]);
  });

  it('costs as many SQL statements for 50 cases as for 1', async () => {
    const ids = await addSyntheticCases(hub.db.url, 50, 'NPLUS1');
    let request = 0;
    const statementsFor = async (first: number) => {
      const requestId = `span-statements-${(request += 1)}`;
      const response = await postGraphQL(
        hub.url,
        { query: SPANNING_QUERY, variables: { first } },
        { authorization: `Bearer ${token}`, 'x-request-id': requestId },
      );
      expect(response.body.errors).toBeUndefined();
      const cases = response.body.data!.cases as {
        id: string;
        reports: unknown[];
        proceedings: unknown[];
      }[];
      expect(cases).toHaveLength(first);
      // Every case carries data from every subgraph, so every loader had work to do.
      expect(
        cases.every(
          (c) => ids.includes(c.id) && c.reports.length === 1 && c.proceedings.length === 1,
        ),
      ).toBe(true);
      return sqlStatements.of(requestId);
    };
    await statementsFor(1); // warm the connection pools
    const one = await statementsFor(1);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(one);
    // One statement per fetch of the gateway's query plan (cases, reports, proceedings, services,
    // partners from four places), plus the consent machinery's grant and seal reads. The
    // access log's appends are group-committed across requests and not counted here.
    expect(one).toBeGreaterThanOrEqual(6);
    expect(one).toBeLessThanOrEqual(10);
  });

  it('lets the partner directory be read by any authenticated partner', async () => {
    const astra = await hub.token('astra');
    const response = await hub.query(
      astra,
      '{ partners(agencyType: COURT) { code name } partnerByCode(code: "iom") { id agencyType services { type } } }',
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.partners).toEqual([
      { code: 'court-beograd', name: 'Виши суд у Београду' },
    ]);
    expect(response.body.data!.partnerByCode).toEqual({
      id: partnerId('iom'),
      agencyType: 'INTERNATIONAL_ORGANISATION',
      services: [{ type: 'REPATRIATION' }, { type: 'TRANSPORT' }],
    });
  });

  it('shows a partner only the cases it holds an active grant for', async () => {
    const police = await hub.token('police-beograd', ['COORDINATOR']);
    const response = await hub.query(
      police,
      `{ cases { code } case(id: "${demoCaseId(4)}") { code } proceeding(id: "${demoId('proceeding', 1)}") { id } }`,
    );
    expect(response.body.errors).toBeUndefined();
    // The demo grants police-beograd holds are for cases 3 and 8 (newest first).
    expect(response.body.data).toEqual({
      cases: [{ code: demoCaseCode(3) }, { code: demoCaseCode(8) }],
      case: null,
      proceeding: null,
    });
  });

  it('logs each request with its id and operation name, and no personal data', async () => {
    // Cases of its own, so that the names it reads (and looks for in the logs) are many.
    await addSyntheticCases(hub.db.url, 50, 'LOGS');
    const response = await hub.query(
      token,
      'query CaseNames { cases(first: 100) { person { givenName familyName dateOfBirth } } }',
    );
    const people = (
      response.body.data!.cases as { person: { givenName: string; familyName: string } | null }[]
    ).flatMap((c) => (c.person?.givenName ? [c.person] : []));
    expect(people.length).toBeGreaterThan(50);
    const requestId = response.headers.get('x-request-id')!;
    const lines = hub.logs.lines.filter((line) => line.includes(requestId));
    expect(
      lines.some(
        (line) => line.includes('"operation":"CaseNames"') && line.includes('"service":"gateway"'),
      ),
    ).toBe(true);
    expect(
      lines.some(
        (line) =>
          line.includes('"operation":"CaseNames__cases') && line.includes('"service":"cases"'),
      ),
    ).toBe(true);
    const everything = hub.logs.text();
    for (const person of people) {
      expect(everything).not.toContain(person.givenName);
      expect(everything).not.toContain(person.familyName);
    }
    expect(everything).not.toContain(token);
  });
});
