import { DataCategory } from '@hub/common/categories';
import { type Role } from '@hub/common/identity';
import fc from 'fast-check';
import pg from 'pg';
import {
  allowedCategories,
  insertGrants,
  insertSecretCases,
  PROBED_CATEGORIES,
  PROBES,
  type GrantState,
  type SecretCase,
  type TestGrant,
  type Viewer,
} from '../support/consent-world';
import { startTestHub, type TestHub, BULK_PROBE_LIMITS } from '../support/hub';

/**
 * Property: whatever operation a partner sends — any roots, aliases, fragments, entity references
 * and lists, over any cases, under any mix of grants — no value of a category it may not see
 * appears anywhere in the response: not in data, not in errors, not in extensions.
 */

const PARTNERS = ['astra', 'atina', 'police-beograd', 'iom'];
const VIEWERS: (Viewer & { roles: Role[] })[] = [
  ...PARTNERS.map((partner) => ({ partner, roles: ['MEMBER'] as Role[] })),
  { partner: 'centre', centreRole: 'ANALYST', roles: ['ANALYST'] },
];
const CASES = 6;
const STATES: GrantState[] = ['active', 'active', 'expired', 'revoked', 'future'];
const CATEGORIES = [
  DataCategory.IDENTITY,
  DataCategory.CONTACT,
  DataCategory.LEGAL,
  DataCategory.PLAN,
  DataCategory.CONFERENCE,
  DataCategory.HEALTH,
  DataCategory.FAMILY,
  DataCategory.LOCATION,
];

const grantArb = fc.record({
  caseIndex: fc.nat(CASES - 1),
  grantee: fc.constantFrom(...PARTNERS),
  categories: fc.subarray(CATEGORIES, { minLength: 0 }),
  state: fc.constantFrom(...STATES),
});

/** A selection on a Case: any subset of the probes, maybe through a fragment. */
const caseSelectionArb = fc.record({
  probes: fc.subarray(PROBED_CATEGORIES, { minLength: 1 }),
  viaFragment: fc.boolean(),
  alias: fc.boolean(),
});

const rootArb = fc.oneof(
  fc.record({
    kind: fc.constant('case' as const),
    caseIndex: fc.nat(CASES - 1),
    selection: caseSelectionArb,
  }),
  fc.record({
    kind: fc.constant('caseByCode' as const),
    caseIndex: fc.nat(CASES - 1),
    selection: caseSelectionArb,
  }),
  fc.record({
    kind: fc.constant('proceeding' as const),
    caseIndex: fc.nat(CASES - 1),
    selection: caseSelectionArb,
  }),
  fc.record({
    kind: fc.constant('cases' as const),
    caseIndex: fc.constant(0),
    selection: caseSelectionArb,
  }),
  fc.record({
    kind: fc.constant('casesNested' as const),
    caseIndex: fc.constant(0),
    selection: caseSelectionArb,
  }),
  // The intake path: a report by its receipt reference (astra wrote them all), a partner's own
  // reports, the Centre's intake (refused to partners), each leading to its case.
  fc.record({
    kind: fc.constant('reportByReference' as const),
    caseIndex: fc.nat(CASES - 1),
    selection: caseSelectionArb,
  }),
  fc.record({
    kind: fc.constant('myReports' as const),
    caseIndex: fc.constant(0),
    selection: caseSelectionArb,
  }),
  fc.record({
    kind: fc.constant('intakeReports' as const),
    caseIndex: fc.constant(0),
    selection: caseSelectionArb,
  }),
  // The same two lists as Relay connections.
  fc.record({
    kind: fc.constant('myReportsConnection' as const),
    caseIndex: fc.constant(0),
    selection: caseSelectionArb,
  }),
  fc.record({
    kind: fc.constant('intakeReportsConnection' as const),
    caseIndex: fc.constant(0),
    selection: caseSelectionArb,
  }),
  fc.record({
    kind: fc.constant('myGrants' as const),
    caseIndex: fc.constant(0),
    selection: caseSelectionArb,
  }),
);

type Root = typeof rootArb extends fc.Arbitrary<infer T> ? T : never;

function render(roots: Root[], cases: SecretCase[]): string {
  const fragments: string[] = [];
  const body = roots.map((root, i) => {
    const fields = root.selection.probes
      .map((category, j) =>
        root.selection.alias ? `x${i}_${j}: ${PROBES[category].select}` : PROBES[category].select,
      )
      .join(' ');
    let selection = fields;
    if (root.selection.viaFragment && root.kind !== 'myGrants') {
      fragments.push(`fragment F${i} on Case { ${fields} }`);
      selection = `...F${i}`;
    }
    const kase = cases[root.caseIndex];
    switch (root.kind) {
      case 'case':
        return `r${i}: case(id: "${kase.id}") { id ${selection} }`;
      case 'caseByCode':
        return `r${i}: caseByCode(code: "${kase.code}") { id ${selection} }`;
      case 'proceeding':
        return `r${i}: proceeding(id: "${kase.proceedingId}") { fileNumber case { id ${selection} } }`;
      case 'cases':
        return `r${i}: cases(first: 50) { id ${selection} }`;
      case 'casesNested':
        return `r${i}: cases(first: 50) { proceedings { case { ${selection} } } }`;
      case 'reportByReference':
        return `r${i}: reportByReference(reference: "${kase.reference}") { account case { id ${selection} } }`;
      case 'myReports':
        return `r${i}: myReports(first: 50) { reference givenName case { id ${selection} } }`;
      case 'intakeReports':
        return `r${i}: intakeReports(first: 50) { reference case { id ${selection} } }`;
      case 'myReportsConnection':
        return `r${i}: myReportsConnection(first: 50) { totalCount edges { cursor node { reference givenName case { id ${selection} } } } }`;
      case 'intakeReportsConnection':
        return `r${i}: intakeReportsConnection(first: 50) { nodes { reference case { id ${selection} } } }`;
      case 'myGrants':
        return `r${i}: myGrants { categories purpose }`;
    }
  });
  return `{ ${body.join(' ')} } ${fragments.join(' ')}`;
}

describe('no ungranted value ever appears, whatever the operation', () => {
  let hub: TestHub;
  let cases: SecretCase[];
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    hub = await startTestHub({ seed: false, gateway: BULK_PROBE_LIMITS });
    cases = await insertSecretCases(hub.db.url, CASES, 'P', 'astra');
    for (const viewer of VIEWERS) {
      tokens.set(viewer.partner, await hub.token(viewer.partner, viewer.roles));
    }
  });
  afterAll(() => hub.close());

  /** Withdraws every grant in force, so each run starts from its own grants only. */
  async function revokeAll(): Promise<void> {
    const client = new pg.Client({ connectionString: hub.db.url });
    await client.connect();
    try {
      await client.query(
        `update hub.consent_grant set revoked_at = now(), revoked_by = 'test', revocation_reason = 'next run' where revoked_at is null`,
      );
    } finally {
      await client.end();
    }
  }

  it('holds for random partners, grants and operations', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(grantArb, { maxLength: 10 }),
        fc.constantFrom(...VIEWERS),
        fc.array(rootArb, { minLength: 1, maxLength: 4 }),
        async (grantSpecs, viewer, roots) => {
          await revokeAll();
          const grants: TestGrant[] = await insertGrants(
            hub.db.url,
            grantSpecs.map((spec) => ({
              caseId: cases[spec.caseIndex].id,
              grantee: spec.grantee,
              categories: spec.categories,
              state: spec.state,
            })),
          );
          const query = render(roots, cases);
          const response = await hub.query(tokens.get(viewer.partner)!, query);
          expect(response.status).toBe(200);
          const text = JSON.stringify(response.body);
          for (const kase of cases) {
            const allowed = allowedCategories(viewer, kase.id, grants);
            for (const category of PROBED_CATEGORIES) {
              if (!allowed.has(category) && text.includes(kase.secrets[category])) {
                throw new Error(
                  `${category} of a case leaked to ${viewer.partner} through: ${query}`,
                );
              }
            }
          }
          // Errors carry codes, never internals.
          for (const error of response.body.errors ?? []) {
            expect(['CONSENT_REQUIRED', 'FORBIDDEN', 'NOT_FOUND']).toContain(
              error.extensions?.code,
            );
          }
        },
      ),
      { numRuns: 120, seed: Number(process.env.HUB_PROPERTY_SEED ?? Date.now() % 100000) },
    );
  });
});
