import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { demoCaseId, demoId } from '@hub/cli';
import { subgraphDatabaseUrl } from '@hub/common/bootstrap';
import pg from 'pg';
import { roleSecret, startTestHub, type TestHub } from '../support/hub';
import { createKit, type Kit } from '../support/kit';

const CLI = path.resolve(__dirname, '../../infra/cli/dist/main.js');

const GRANT = /* GraphQL */ `
  mutation Grant($input: GrantConsentInput!) {
    grantConsent(input: $input) {
      id
      categories
      active
      grantee {
        code
        name
      }
    }
  }
`;
const REVOKE = /* GraphQL */ `
  mutation Revoke($id: ID!, $reason: String!) {
    revokeConsent(grantId: $id, reason: $reason) {
      id
      active
      revokedAt
      revocationReason
    }
  }
`;
const PERSON = /* GraphQL */ `
  query Person($id: ID!) {
    case(id: $id) {
      code
      person {
        givenName
        phone
      }
    }
  }
`;

/** Runs SQL as the database administrator (setup and tampering, never the API under test). */
async function asAdmin<T>(
  hub: TestHub,
  work: (client: pg.Client) => Promise<T>,
  url = hub.db.url,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('consent through the gateway', () => {
  let hub: TestHub;
  let worker: string;
  let supervisor: string;

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
    supervisor = await hub.token('centre', ['SUPERVISOR']);
  });
  afterAll(() => hub.close());

  const grantInput = (overrides: Record<string, unknown> = {}) => ({
    caseId: demoCaseId(1),
    grantee: 'health-beograd',
    categories: ['IDENTITY'],
    purpose: 'HEALTH_CARE',
    legalBasis: 'CONSENT',
    givenBy: 'VICTIM',
    evidence: 'DEMO-FORM-1',
    ...overrides,
  });

  it('hides the data on the very next request after a revocation', async () => {
    const health = await hub.token('health-beograd');
    const before = await hub.query(health, PERSON, { id: demoCaseId(1) });
    expect(before.body.data).toEqual({ case: null });

    const granted = await hub.query(worker, GRANT, { input: grantInput() });
    expect(granted.body.errors).toBeUndefined();
    const grant = granted.body.data!.grantConsent as {
      id: string;
      categories: string[];
      active: boolean;
      grantee: { code: string };
    };
    expect(grant.categories.sort()).toEqual(['CORE', 'IDENTITY']);
    expect(grant.active).toBe(true);
    expect(grant.grantee.code).toBe('health-beograd');

    const during = await hub.query(health, PERSON, { id: demoCaseId(1) });
    expect(during.body.data).toEqual({
      case: { code: 'DEMO-2026-001', person: { givenName: 'Мила', phone: null } },
    });
    expect(during.body.errors?.map((e) => [e.extensions?.code, e.extensions?.category])).toEqual([
      ['CONSENT_REQUIRED', 'CONTACT'],
    ]);
    expect((await hub.query(health, '{ cases { code } }')).body.data).toEqual({
      cases: [{ code: 'DEMO-2026-001' }],
    });

    const revoked = await hub.query(worker, REVOKE, {
      id: grant.id,
      reason: 'The person withdrew consent.',
    });
    expect(revoked.body.data!.revokeConsent).toMatchObject({
      id: grant.id,
      active: false,
      revocationReason: 'The person withdrew consent.',
    });

    const after = await hub.query(health, PERSON, { id: demoCaseId(1) });
    expect(after.body.data).toEqual({ case: null });
    expect(JSON.stringify(after.body)).not.toContain('Мила');
    expect((await hub.query(health, '{ cases { code } myGrants { id } }')).body.data).toEqual({
      cases: [],
      myGrants: [],
    });
  });

  it('stops showing the data once a grant expires, with no cache in between', async () => {
    const school = await hub.token('school-beograd');
    const validUntil = new Date(Date.now() + 3000).toISOString();
    const granted = await hub.query(worker, GRANT, {
      input: grantInput({ grantee: 'school-beograd', validUntil }),
    });
    expect(granted.body.errors).toBeUndefined();
    expect((await hub.query(school, PERSON, { id: demoCaseId(1) })).body.data!.case).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 3300));
    expect((await hub.query(school, PERSON, { id: demoCaseId(1) })).body.data).toEqual({
      case: null,
    });
  });

  it('keeps the history: a revoked grant stays on the case, with who and why', async () => {
    const response = await hub.query(
      worker,
      `{ case(id: "${demoCaseId(7)}") { consents { grantee { code } active revokedAt revokedBy revocationReason } } }`,
    );
    const consents = (
      response.body.data!.case as {
        consents: { grantee: { code: string }; active: boolean; revocationReason: string | null }[];
      }
    ).consents;
    expect(consents.map((c) => [c.grantee.code, c.active, c.revocationReason]).sort()).toEqual([
      ['astra', false, 'The person withdrew consent (synthetic).'],
      ['iom', true, null],
    ]);
    // A partner does not read the grant history of a case.
    const iom = await hub.token('iom');
    const asPartner = await hub.query(
      iom,
      `{ case(id: "${demoCaseId(7)}") { code consents { id } } }`,
    );
    expect(asPartner.body.data).toEqual({ case: { code: 'DEMO-2026-007', consents: null } });
  });

  it('lists for a partner the grants in force for it, and nothing else', async () => {
    const iom = await hub.token('iom');
    const response = await hub.query(
      iom,
      '{ myGrants { grantee { code } categories purpose validUntil } }',
    );
    // iom's demo grants: case 7 active; case 6 expired (left out).
    expect(response.body.data!.myGrants).toEqual([
      {
        grantee: { code: 'iom' },
        categories: ['CORE', 'IDENTITY', 'CONTACT', 'PLAN'],
        purpose: 'SAFE_RETURN',
        validUntil: null,
      },
    ]);
  });

  it.each([
    ['a partner records a grant', 'astra', {}, 'FORBIDDEN'],
    ['an analyst records a grant', 'centre:ANALYST', {}, 'FORBIDDEN'],
    ['consent "given" by an authority', 'centre', { givenBy: 'AUTHORITY' }, 'BAD_USER_INPUT'],
    [
      'a legal obligation without its provision',
      'centre',
      { legalBasis: 'LEGAL_OBLIGATION', givenBy: 'AUTHORITY', authority: 'Court' },
      'BAD_USER_INPUT',
    ],
    ['a child’s consent given by the child', 'centre', { caseId: demoCaseId(3) }, 'BAD_USER_INPUT'],
    ['no categories', 'centre', { categories: [] }, 'BAD_USER_INPUT'],
    [
      'a grantee that is not a partner code',
      'centre',
      { grantee: 'Not A Code!' },
      'BAD_USER_INPUT',
    ],
    [
      'an end before the start',
      'centre',
      { validFrom: '2026-01-02T00:00:00Z', validUntil: '2026-01-01T00:00:00Z' },
      'BAD_USER_INPUT',
    ],
    ['a case that does not exist', 'centre', { caseId: demoId('case', 'nope') }, 'NOT_FOUND'],
  ])('refuses %s', async (_label, who, overrides, code) => {
    const [partner, role] = who.split(':');
    const token = await hub.token(partner, role ? [role as 'ANALYST'] : undefined);
    const response = await hub.query(token, GRANT, {
      input: grantInput({ grantee: 'labour-inspection', ...overrides }),
    });
    expect(response.body.data?.grantConsent ?? null).toBeNull();
    expect(response.body.errors?.[0].extensions?.code).toBe(code);
    expect(JSON.stringify(response.body.errors)).not.toMatch(/stacktrace|Мила/);
    const labour = await hub.token('labour-inspection');
    expect((await hub.query(labour, '{ myGrants { id } }')).body.data).toEqual({ myGrants: [] });
  });

  it('accepts a guardian’s consent for a child, and a cited legal obligation', async () => {
    const child = await hub.query(worker, GRANT, {
      input: grantInput({
        caseId: demoCaseId(3),
        givenBy: 'LEGAL_GUARDIAN',
        grantee: 'csw-novi-sad',
      }),
    });
    expect(child.body.errors).toBeUndefined();
    const legal = await hub.query(worker, GRANT, {
      input: grantInput({
        grantee: 'csw-novi-sad',
        legalBasis: 'LEGAL_OBLIGATION',
        givenBy: 'AUTHORITY',
        authority: 'Demo court',
        legalProvision: 'Demo Act art. 1',
      }),
    });
    expect(legal.body.errors).toBeUndefined();
  });

  it('refuses a revocation without a reason, and a second revocation', async () => {
    const granted = await hub.query(worker, GRANT, {
      input: grantInput({ grantee: 'local-team-nis' }),
    });
    const id = (granted.body.data!.grantConsent as { id: string }).id;
    expect(
      (await hub.query(worker, REVOKE, { id, reason: ' ' })).body.errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await hub.query(worker, REVOKE, { id, reason: 'Withdrawn.' })).body.errors,
    ).toBeUndefined();
    expect(
      (await hub.query(worker, REVOKE, { id, reason: 'Withdrawn again.' })).body.errors?.[0]
        .extensions?.code,
    ).toBe('ALREADY_REVOKED');
  });

  it('lets the database refuse an edit of a grant, even from the cases role', async () => {
    const casesUrl = subgraphDatabaseUrl(hub.db.url, roleSecret(), 'cases');
    await asAdmin(
      hub,
      async (client) => {
        await expect(
          client.query(`update hub.consent_grant set categories = '{CORE,HEALTH}' where id = $1`, [
            demoId('grant', 'iom-7'),
          ]),
        ).rejects.toThrow(/changes only by revocation/);
        await expect(
          client.query('delete from hub.consent_grant where id = $1', [demoId('grant', 'iom-7')]),
        ).rejects.toThrow();
      },
      casesUrl,
    );
  });

  it('shows an analyst and an administrator no case at all', async () => {
    for (const role of ['ANALYST', 'ADMIN'] as const) {
      const token = await hub.token('centre', [role]);
      const response = await hub.query(
        token,
        `{ cases { code } case(id: "${demoCaseId(4)}") { code } }`,
      );
      expect(response.body.data).toEqual({ cases: [], case: null });
    }
  });

  it('records statistics consent, for Centre staff only', async () => {
    const set =
      'mutation ($id: ID!) { setStatisticsConsent(caseId: $id, consent: true) { statisticsConsent } }';
    expect(
      (await hub.query(await hub.token('astra'), set, { id: demoCaseId(6) })).body.errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await hub.query(worker, set, { id: demoCaseId(6) })).body.data).toEqual({
      setStatisticsConsent: { statisticsConsent: true },
    });
  });

  describe('the access log', () => {
    // Each test below needs rows in the log whatever ran before it: a row trigger does not fire
    // on an update that matches nothing, and the audit test alters the third row.
    beforeEach(async () => {
      const atina = await hub.token('atina');
      for (let read = 0; read < 3; read += 1) {
        const seen = await hub.query(
          atina,
          `{ case(id: "${demoCaseId(6)}") { person { givenName } } }`,
        );
        expect(seen.body.errors).toBeUndefined();
      }
    });

    it('records who saw what, and what was refused, on what basis', async () => {
      const atina = await hub.token('atina');
      const asked = await hub.query(
        atina,
        `query AtinaLooks { case(id: "${demoCaseId(6)}") { person { givenName } proceedings { id } } }`,
      );
      expect(asked.body.errors?.map((e) => e.extensions?.category)).toEqual(['LEGAL']);
      const requestId = asked.headers.get('x-request-id')!;

      const log = await hub.query(
        worker,
        `{ caseAccessLog(caseId: "${demoCaseId(6)}") { partner decision categories basis operation breakGlass subgraph } }`,
      );
      const rows = (log.body.data!.caseAccessLog as Record<string, unknown>[]).filter(
        (row) => row.partner === 'atina',
      );
      expect(rows).toEqual(
        expect.arrayContaining([
          {
            partner: 'atina',
            decision: 'ALLOWED',
            categories: ['CORE', 'IDENTITY'],
            basis: `GRANT:${demoId('grant', 'atina-6')}`,
            operation: 'AtinaLooks',
            breakGlass: false,
            subgraph: 'cases',
          },
          {
            partner: 'atina',
            decision: 'DENIED',
            categories: ['LEGAL'],
            basis: 'NONE',
            operation: 'AtinaLooks',
            breakGlass: false,
            subgraph: 'legal',
          },
        ]),
      );
      const stored = await asAdmin(hub, (client) =>
        client.query('select count(*)::int as n from hub.access_log where request_id = $1', [
          requestId,
        ]),
      );
      expect(stored.rows[0].n).toBeGreaterThanOrEqual(2);
    });

    it('is closed to partners', async () => {
      const response = await hub.query(
        await hub.token('atina'),
        `{ caseAccessLog(caseId: "${demoCaseId(6)}") { id } }`,
      );
      expect(response.body.data).toEqual({ caseAccessLog: null });
      expect(response.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('cannot be changed by the subgraph roles, nor by the owner while the trigger stands', async () => {
      const casesUrl = subgraphDatabaseUrl(hub.db.url, roleSecret(), 'cases');
      await asAdmin(
        hub,
        async (client) => {
          await expect(
            client.query(`update hub.access_log set decision = 'ALLOWED'`),
          ).rejects.toThrow(/permission denied/);
          await expect(client.query('delete from hub.access_log')).rejects.toThrow(
            /permission denied/,
          );
        },
        casesUrl,
      );
      await asAdmin(hub, async (client) => {
        await expect(
          client.query(`update hub.access_log set decision = 'ALLOWED'`),
        ).rejects.toThrow(/append-only/);
        await expect(client.query('truncate hub.access_log')).rejects.toThrow(/append-only/);
      });
    });

    it('is verified by `hub audit verify`, which finds the first row a superuser altered', async () => {
      const verify = () =>
        spawnSync(process.execPath, [CLI, 'audit', 'verify'], {
          env: { PATH: process.env.PATH!, DATABASE_URL: hub.db.url },
          encoding: 'utf8',
        });
      const intact = verify();
      expect(intact.stdout).toMatch(/^intact \(\d+ rows\)/);
      expect(intact.status).toBe(0);
      return asAdmin(hub, async (client) => {
        const target = (
          await client.query<{ id: string }>(
            'select id::text from hub.access_log order by id limit 1 offset 2',
          )
        ).rows[0].id;
        await client.query('alter table hub.access_log disable trigger access_log_no_update');
        await client.query(`update hub.access_log set partner = 'someone-else' where id = $1`, [
          target,
        ]);
        await client.query('alter table hub.access_log enable trigger access_log_no_update');
        const broken = verify();
        expect(broken.status).toBe(1);
        expect(broken.stdout).toContain(
          `broken at row ${target}: its content does not match its hash`,
        );
      });
    });
  });

  describe('break-glass', () => {
    let kit: Kit;
    beforeAll(async () => {
      kit = await createKit(hub);
    });
    /** A case of the test's own, closed, so that nothing another test opened applies to it. */
    const closedCase = async () => {
      const kase = await kit.openCase({ givenName: 'Synthetic', phone: '+381 60 000 0000' });
      await kit.closeCase(kase.id);
      return kase;
    };
    const OPEN =
      'mutation ($id: ID!, $why: String!) { openBreakGlass(caseId: $id, justification: $why) { id expiresAt startedAt } }';

    it('keeps a closed case sealed to CORE for Centre staff', async () => {
      const { id: sealed, code } = await closedCase();
      const response = await hub.query(supervisor, PERSON, { id: sealed });
      expect(response.body.data).toEqual({
        case: { code, person: { givenName: null, phone: null } },
      });
      expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual([
        'CONSENT_REQUIRED',
        'CONSENT_REQUIRED',
      ]);
    });

    it('is refused to case workers and partners, and without a real justification', async () => {
      const { id: sealed } = await closedCase();
      const open = await kit.openCase();
      const why = 'Court request for the closed file, urgent.';
      expect(
        (await hub.query(worker, OPEN, { id: sealed, why })).body.errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await hub.query(await hub.token('astra', ['COORDINATOR']), OPEN, { id: sealed, why })).body
          .errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await hub.query(supervisor, OPEN, { id: sealed, why: 'because' })).body.errors?.[0]
          .extensions?.code,
      ).toBe('BAD_USER_INPUT');
      expect(
        (await hub.query(supervisor, OPEN, { id: open.id, why })).body.errors?.[0].extensions?.code,
      ).toBe('NOT_SEALED');
    });

    it('opens the case for an hour, flags every access, and waits for a second supervisor’s review', async () => {
      const { id: sealed } = await closedCase();
      const opened = await hub.query(supervisor, OPEN, {
        id: sealed,
        why: 'The person returned and asked for support again.',
      });
      expect(opened.body.errors).toBeUndefined();
      const session = opened.body.data!.openBreakGlass as {
        id: string;
        startedAt: string;
        expiresAt: string;
      };
      expect(Date.parse(session.expiresAt) - Date.parse(session.startedAt)).toBe(3_600_000);

      const seen = await hub.query(supervisor, PERSON, { id: sealed });
      expect(seen.body.errors).toBeUndefined();
      expect((seen.body.data!.case as { person: { givenName: string } }).person.givenName).toBe(
        'Synthetic',
      );

      const flagged = await asAdmin(hub, (client) =>
        client.query(
          `select count(*)::int as n from hub.access_log where basis = $1 and break_glass`,
          [`BREAK_GLASS:${session.id}`],
        ),
      );
      expect(flagged.rows[0].n).toBeGreaterThan(0);

      const REVIEWS = '{ breakGlassReviews { id accesses justification } }';
      const pending = (await hub.query(supervisor, REVIEWS)).body.data!.breakGlassReviews as {
        id: string;
        accesses: number;
      }[];
      expect(pending.find((s) => s.id === session.id)?.accesses).toBeGreaterThan(0);

      const REVIEW =
        'mutation ($id: ID!) { reviewBreakGlass(id: $id, note: "Justified: documented request.") { reviewedBy } }';
      expect(
        (await hub.query(supervisor, REVIEW, { id: session.id })).body.errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      const second = await hub.query(
        await hub.tokenFor('second-supervisor@centre', 'centre', ['SUPERVISOR']),
        REVIEW,
        { id: session.id },
      );
      expect(second.body.errors).toBeUndefined();
      expect(
        (
          (await hub.query(supervisor, REVIEWS)).body.data!.breakGlassReviews as { id: string }[]
        ).map((s) => s.id),
      ).not.toContain(session.id);
    });
  });
});
