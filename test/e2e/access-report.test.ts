import { demoCaseId } from '@hub/cli';
import { toLatin } from '@hub/sdk';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * A person's own access report, against a scripted history: a grant, the partner's reads and a
 * refusal on one case; on a sealed case a refusal, a break-glass session and its review.
 */

const PDF_TEXT = path.resolve(__dirname, '../support/pdf-text.mjs');

const REPORT = /* GraphQL */ `
  query ($caseId: ID!) {
    caseAccessReport(caseId: $caseId) {
      caseCode
      from
      to
      verification {
        entries
        lastEntryId
        lastEntryAt
        checkedAt
      }
      lines {
        partner {
          code
          name
        }
        category
        decision
        basis
        entries
        users
        firstAt
        lastAt
      }
      breakGlassSessions {
        supervisor
        justification
        reviewedBy
        reviewNote
        accesses
      }
    }
  }
`;
const REPORT_CASE = `mutation ($input: ReportCaseInput!) { reportCase(input: $input) { id code } }`;
const GRANT = `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const PERSON = `query ($id: ID!) { case(id: $id) { code person { givenName phone } } }`;

interface Line {
  partner: { code: string; name: string };
  category: string;
  decision: string;
  basis: string;
  entries: number;
  users: number;
  firstAt: string;
  lastAt: string;
}

describe('a person’s own access report', () => {
  let hub: TestHub;
  let worker: string;
  let caseId: string;
  let caseCode: string;
  const sealed = demoCaseId(9);

  /**
   * The scripted history, written through `hub`'s API: returns the open case. A test that alters
   * the log writes it on a hub of its own, so that the others keep a log that verifies.
   */
  const writeHistory = async (hub: TestHub) => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const created = await hub.query(worker, REPORT_CASE, {
      input: {
        report: {
          channel: 'HOTLINE',
          reportingPartner: 'astra',
          urgency: 'HIGH',
          receivedAt: new Date().toISOString(),
        },
        person: { givenName: 'Synthetic', sex: 'FEMALE', citizenship: 'UA' },
        caseWorkerName: 'Synthetic case worker',
      },
    });
    expect(created.body.errors).toBeUndefined();
    const { id: caseId, code: caseCode } = created.body.data!.reportCase as {
      id: string;
      code: string;
    };
    const granted = await hub.query(worker, GRANT, {
      input: {
        caseId,
        grantee: 'health-beograd',
        categories: ['IDENTITY'],
        purpose: 'HEALTH_CARE',
        legalBasis: 'CONSENT',
        givenBy: 'VICTIM',
        evidence: 'DEMO-FORM-REPORT',
      },
    });
    expect(granted.body.errors).toBeUndefined();
    // Two health workers read the name (granted) and the phone (not granted), one of them twice.
    for (const sub of ['nurse-one@health', 'nurse-two@health', 'nurse-one@health']) {
      const nurse = await hub.tokenFor(sub, 'health-beograd', ['MEMBER']);
      const read = await hub.query(nurse, PERSON, { id: caseId });
      expect(read.body.errors?.map((e) => e.extensions?.category)).toEqual(['CONTACT']);
    }

    // The sealed case: refused to the case worker, opened by a supervisor, reviewed by another.
    expect((await hub.query(worker, PERSON, { id: sealed })).body.errors).toHaveLength(2);
    const supervisor = await hub.tokenFor('first-supervisor@centre', 'centre', ['SUPERVISOR']);
    const opened = await hub.query(
      supervisor,
      'mutation ($id: ID!) { openBreakGlass(caseId: $id, justification: "The person came back and asked for support.") { id } }',
      { id: sealed },
    );
    expect(opened.body.errors).toBeUndefined();
    expect((await hub.query(supervisor, PERSON, { id: sealed })).body.errors).toBeUndefined();
    const reviewed = await hub.query(
      await hub.tokenFor('second-supervisor@centre', 'centre', ['SUPERVISOR']),
      'mutation ($id: ID!) { reviewBreakGlass(id: $id, note: "Justified: the person asked.") { reviewedBy } }',
      { id: (opened.body.data!.openBreakGlass as { id: string }).id },
    );
    expect(reviewed.body.errors).toBeUndefined();
    return { caseId, caseCode };
  };

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
    ({ caseId, caseCode } = await writeHistory(hub));
  });
  afterAll(() => hub.close());

  it('counts each partner’s reads and refusals per category, with users and basis', async () => {
    const response = await hub.query(worker, REPORT, { caseId });
    expect(response.body.errors).toBeUndefined();
    const report = response.body.data!.caseAccessReport as {
      caseCode: string;
      from: string;
      verification: { entries: number; lastEntryId: string; lastEntryAt: string };
      lines: Line[];
    };
    expect(report.caseCode).toBe(caseCode);
    expect(report.verification.entries).toBeGreaterThan(0);
    expect(Number(report.verification.lastEntryId)).toBeGreaterThan(0);
    const health = report.lines
      .filter((line) => line.partner.code === 'health-beograd')
      .map(({ category, decision, basis, entries, users }) => ({
        category,
        decision,
        basis,
        entries,
        users,
      }));
    expect(health).toEqual(
      expect.arrayContaining([
        { category: 'IDENTITY', decision: 'ALLOWED', basis: 'GRANT', entries: 3, users: 2 },
        { category: 'CONTACT', decision: 'DENIED', basis: 'NONE', entries: 3, users: 2 },
      ]),
    );
    expect(health.some((line) => line.category === 'LOCATION')).toBe(false);
    const identity = report.lines.find(
      (line) => line.partner.code === 'health-beograd' && line.category === 'IDENTITY',
    )!;
    expect(identity.partner.name).toBeTruthy();
    expect(Date.parse(identity.firstAt)).toBeLessThan(Date.parse(identity.lastAt));
    expect(Date.parse(report.from)).toBeLessThanOrEqual(Date.parse(identity.firstAt));
    // The Centre's own work on the case is there too, on its role.
    expect(report.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          partner: expect.objectContaining({ code: 'centre' }),
          decision: 'ALLOWED',
          basis: 'CENTRE_ROLE',
        }),
      ]),
    );
  });

  it('shows break-glass access and the session with its review', async () => {
    const response = await hub.query(worker, REPORT, { caseId: sealed });
    expect(response.body.errors).toBeUndefined();
    const report = response.body.data!.caseAccessReport as {
      lines: Line[];
      breakGlassSessions: Record<string, unknown>[];
    };
    expect(report.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          category: 'IDENTITY',
          decision: 'ALLOWED',
          basis: 'BREAK_GLASS',
          users: 1,
        }),
        expect.objectContaining({ category: 'IDENTITY', decision: 'DENIED', basis: 'SEALED' }),
      ]),
    );
    expect(report.breakGlassSessions).toEqual([
      expect.objectContaining({
        supervisor: 'first-supervisor@centre',
        reviewedBy: 'second-supervisor@centre',
        reviewNote: 'Justified: the person asked.',
      }),
    ]);
    expect(report.breakGlassSessions[0].accesses).toBeGreaterThan(0);
  });

  it('is refused with FORBIDDEN to everyone but the Centre’s case staff', async () => {
    for (const [partner, role] of [
      ['health-beograd', 'COORDINATOR'],
      ['centre', 'ANALYST'],
      ['centre', 'ADMIN'],
    ] as const) {
      const response = await hub.query(await hub.token(partner, [role]), REPORT, { caseId });
      expect(response.body.data?.caseAccessReport ?? null).toBeNull();
      expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });

  const download = (token: string, id: string, lang: string, on: TestHub = hub) =>
    fetch(new URL(`/reports/access/${id}.pdf?lang=${lang}`, on.url), {
      headers: { authorization: `Bearer ${token}` },
    });
  const pdfText = async (response: Response) => {
    const read = spawnSync(process.execPath, [PDF_TEXT], {
      input: Buffer.from(await response.arrayBuffer()),
      encoding: 'utf8',
    });
    expect(read.status).toBe(0);
    // Lines broken inside a table cell are joined, so names are found whole.
    return read.stdout.replace(/\s+/g, ' ');
  };

  it.each([
    ['sr-Cyrl', 'Извештај о приступу', 'идентитет', 'контакт', 'приказано', 'ускраћено'],
    ['sr-Latn', 'Izveštaj o pristupu', 'identitet', 'kontakt', 'prikazano', 'uskraćeno'],
    ['en', 'Report of access', 'identity', 'contact', 'shown', 'refused'],
  ])(
    'downloads as a PDF in %s with the partner, categories, counts and the verification',
    async (lang, title, identity, contact, shown, refused) => {
      const response = await download(worker, caseId, lang);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const text = await pdfText(response);
      const partnerName = (
        (await hub.query(worker, REPORT, { caseId })).body.data!.caseAccessReport as {
          lines: { partner: { code: string; name: string } }[];
        }
      ).lines.find((line) => line.partner.code === 'health-beograd')!.partner.name;
      expect(text).toContain(title);
      expect(text).toContain(caseCode);
      expect(text).toContain(lang === 'sr-Latn' ? toLatin(partnerName) : partnerName);
      // The health partner's line for each category: decision, basis, 3 entries by 2 users.
      expect(text).toMatch(new RegExp(`${identity} ${shown} [^0-9]+ 3 2 `));
      expect(text).toMatch(new RegExp(`${contact} ${refused} [^0-9]+ 3 2 `));
      expect(text).toMatch(/(entry|уносом|unosom) \d+/);
      expect(text).not.toContain('Synthetic');
    },
  );

  it('downloads the break-glass session and its review', async () => {
    const text = await pdfText(await download(worker, sealed, 'en'));
    expect(text).toContain('Opened by first-supervisor@centre');
    expect(text).toContain('Reviewed by second-supervisor@centre');
  });

  it('refuses the PDF with the stable code to callers who may not have it', async () => {
    const refused = await download(
      await hub.token('health-beograd', ['COORDINATOR']),
      caseId,
      'en',
    );
    expect(refused.status).toBe(403);
    expect(
      ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
        .extensions.code,
    ).toBe('FORBIDDEN');
    expect((await download('not-a-token', caseId, 'en')).status).toBe(401);
    expect((await download(worker, caseId, 'fr')).status).toBe(400);
  });

  it('gives no report when one row of the log was altered, naming where', async () => {
    // Its own hub: the altered log would leave no report for the other tests.
    const own = await startTestHub();
    try {
      const { caseId } = await writeHistory(own);
      const worker = await own.token('centre', ['CASE_WORKER']);
      const target = await alterSecondRow(own);
      const response = await own.query(worker, REPORT, { caseId });
      expect(response.body.data?.caseAccessReport ?? null).toBeNull();
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'ACCESS_LOG_BROKEN', brokenAt: target }),
        }),
      ]);
      const pdf = await download(worker, caseId, 'sr-Cyrl', own);
      expect(pdf.status).toBe(409);
      expect(pdf.headers.get('content-type')).toMatch(/json/);
    } finally {
      await own.close();
    }
  });

  /** Alters the second row of the log behind the hub's back (its trigger off); returns its id. */
  const alterSecondRow = async (own: TestHub) => {
    const client = new pg.Client({ connectionString: own.db.url });
    await client.connect();
    let target: string;
    try {
      target = (
        await client.query<{ id: string }>(
          'select id::text from hub.access_log order by id limit 1 offset 1',
        )
      ).rows[0].id;
      await client.query('alter table hub.access_log disable trigger access_log_no_update');
      await client.query(`update hub.access_log set decision = 'ALLOWED' where id = $1`, [target]);
      await client.query('alter table hub.access_log enable trigger access_log_no_update');
    } finally {
      await client.end();
    }
    return target;
  };
});
