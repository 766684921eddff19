import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataCategory } from '@hub/common/categories';
import { type Role } from '@hub/common/identity';
import {
  allowedCategories,
  insertGrants,
  insertSecretCases,
  PROBED_CATEGORIES,
  PROBES,
  type GrantState,
  type ProbedCategory,
  type SecretCase,
  type TestGrant,
  type Viewer,
} from '../support/consent-world';
import {
  startTestHub,
  type GraphQLResponse,
  type TestHub,
  BULK_PROBE_LIMITS,
} from '../support/hub';

/**
 * The generated leak matrix: every demo agency type (and Centre roles) × every category that has
 * fields × grant state × query shape. Each cell is one case probed one way, and asserts that the
 * value is visible if and only if the rule allows it, and that no refused value appears anywhere
 * in the response (data, errors, extensions).
 */

/** One demo partner of every agency type but the Centre's own. */
const PARTNER_ROWS = [
  'police-beograd',
  'prosecution-beograd',
  'court-beograd',
  'csw-beograd',
  'astra',
  'health-beograd',
  'school-beograd',
  'labour-inspection',
  'iom',
  'embassy-demo',
  'local-team-nis',
  'office-coordination',
];
const VIEWERS: (Viewer & { label: string; roles: Role[] })[] = [
  ...PARTNER_ROWS.map((partner) => ({ partner, label: partner, roles: ['MEMBER'] as Role[] })),
  { partner: 'centre', centreRole: 'ANALYST', label: 'centre ANALYST', roles: ['ANALYST'] },
  {
    partner: 'centre',
    centreRole: 'CASE_WORKER',
    label: 'centre CASE_WORKER',
    roles: ['CASE_WORKER'],
  },
];

type State = 'none' | GrantState | 'other-partner' | 'other-category';
const STATES: State[] = [
  'none',
  'active',
  'expired',
  'revoked',
  'future',
  'other-partner',
  'other-category',
];

const OTHER_CATEGORY: Record<ProbedCategory, DataCategory> = {
  CORE: DataCategory.IDENTITY,
  IDENTITY: DataCategory.CONTACT,
  CONTACT: DataCategory.IDENTITY,
  LOCATION: DataCategory.IDENTITY,
  EXPLOITATION: DataCategory.IDENTITY,
  HEALTH: DataCategory.IDENTITY,
  FAMILY: DataCategory.IDENTITY,
  ASSESSMENT: DataCategory.IDENTITY,
  LEGAL: DataCategory.IDENTITY,
  PLAN: DataCategory.IDENTITY,
  CONFERENCE: DataCategory.IDENTITY,
};

interface Shape {
  name: string;
  /** Categories the path itself passes through (besides CORE). */
  requires: DataCategory[];
  /** One request per case (true) or one request for all of a viewer's cases. */
  perCase: boolean;
  query(cases: SecretCase[]): { query: string; variables?: Record<string, unknown> };
  /** The Case object the probe is read from, if the response holds one for `kase`. */
  find(
    data: Record<string, unknown> | null | undefined,
    kase: SecretCase,
    index: number,
  ): Record<string, unknown> | null | undefined;
}

const ALL_PROBES = PROBED_CATEGORIES.map((category) => PROBES[category].select).join(' ');

const SHAPES: Shape[] = [
  {
    name: 'direct field',
    requires: [],
    perCase: true,
    query: ([kase]) => ({
      query: `query Probe($id: ID!) { case(id: $id) { id ${ALL_PROBES} } }`,
      variables: { id: kase.id },
    }),
    find: (data) => data?.case as Record<string, unknown>,
  },
  {
    name: 'alias',
    requires: [],
    perCase: false,
    query: (cases) => ({
      query: `{ ${cases.map((c, i) => `a${i}: case(id: "${c.id}") { key: id ${ALL_PROBES} }`).join(' ')} }`,
    }),
    find: (data, _kase, i) => data?.[`a${i}`] as Record<string, unknown>,
  },
  {
    name: 'fragment',
    requires: [],
    perCase: false,
    query: (cases) => ({
      query: `{ ${cases.map((c, i) => `f${i}: case(id: "${c.id}") { ...Probe ... on Case { id } }`).join(' ')} }
        fragment Probe on Case { id ${ALL_PROBES} }`,
    }),
    find: (data, _kase, i) => data?.[`f${i}`] as Record<string, unknown>,
  },
  {
    name: 'entity reference through the legal subgraph',
    requires: [DataCategory.LEGAL],
    perCase: false,
    query: (cases) => ({
      query: `{ ${cases.map((c, i) => `r${i}: proceeding(id: "${c.proceedingId}") { case { id ${ALL_PROBES} } }`).join(' ')} }`,
    }),
    find: (data, _kase, i) =>
      (data?.[`r${i}`] as Record<string, unknown> | null)?.case as Record<string, unknown>,
  },
  {
    name: 'list',
    requires: [],
    perCase: false,
    query: () => ({ query: `{ cases(first: 500) { id ${ALL_PROBES} } }` }),
    find: (data, kase) =>
      (data?.cases as Record<string, unknown>[] | undefined)?.find((c) => c.id === kase.id),
  },
  {
    name: 'connection page',
    requires: [],
    perCase: false,
    query: () => ({
      query: `{ casesConnection(first: 500) { edges { cursor node { id ${ALL_PROBES} } } } }`,
    }),
    find: (data, kase) =>
      (
        (data?.casesConnection as { edges: { node: Record<string, unknown> }[] } | undefined)
          ?.edges ?? []
      ).find((edge) => edge.node.id === kase.id)?.node,
  },
  {
    name: 'nested list',
    requires: [DataCategory.LEGAL],
    perCase: false,
    query: () => ({
      query: `{ cases(first: 500) { id proceedings { case { id ${ALL_PROBES} } } } }`,
    }),
    find: (data, kase) => {
      const outer = (data?.cases as Record<string, unknown>[] | undefined)?.find(
        (c) => c.id === kase.id,
      );
      return (outer?.proceedings as Record<string, unknown>[] | null | undefined)?.[0]
        ?.case as Record<string, unknown>;
    },
  },
  {
    // The intake path: the report the case came in by, read by its receipt reference. Its author
    // (the viewer's partner) reads the report, never more of the case than its grants allow.
    name: 'intake path (own report by reference → its case)',
    requires: [],
    perCase: false,
    query: (cases) => ({
      query: `{ ${cases.map((c, i) => `p${i}: reportByReference(reference: "${c.reference}") { reference case { id ${ALL_PROBES} } }`).join(' ')} }`,
    }),
    find: (data, _kase, i) =>
      (data?.[`p${i}`] as Record<string, unknown> | null)?.case as Record<string, unknown>,
  },
  {
    name: 'error path (by code, beside a refused operation)',
    requires: [],
    perCase: false,
    // caseAccessLog is refused to partners and analysts: the response carries errors next to data.
    query: (cases) => ({
      query: `{ ${cases.map((c, i) => `e${i}: caseByCode(code: "${c.code}") { id ${ALL_PROBES} }`).join(' ')} log: caseAccessLog(caseId: "${cases[0].id}") { id } }`,
    }),
    find: (data, _kase, i) => data?.[`e${i}`] as Record<string, unknown>,
  },
];

interface Cell {
  viewer: (typeof VIEWERS)[number];
  category: ProbedCategory;
  state: State;
  kase: SecretCase;
  index: number;
  shape: Shape;
}

describe('the consent leak matrix', () => {
  let hub: TestHub;
  let grants: TestGrant[] = [];
  const worlds = new Map<
    string,
    { cases: SecretCase[]; cells: { category: ProbedCategory; state: State; kase: SecretCase }[] }
  >();
  const responses = new Map<string, Promise<GraphQLResponse>>();
  const tokens = new Map<string, Promise<string>>();

  beforeAll(async () => {
    hub = await startTestHub({ seed: false, gateway: BULK_PROBE_LIMITS });
    const pending: Omit<TestGrant, 'id'>[] = [];
    for (const [row, viewer] of VIEWERS.entries()) {
      const grantee = viewer.centreRole ? 'astra' : viewer.partner;
      // The viewer's partner reported every case of its row (the intake path's reports).
      const cases = await insertSecretCases(
        hub.db.url,
        PROBED_CATEGORIES.length * STATES.length,
        `R${String(row).padStart(2, '0')}`,
        grantee,
      );
      const cells: { category: ProbedCategory; state: State; kase: SecretCase }[] = [];
      const other = PARTNER_ROWS[(PARTNER_ROWS.indexOf(viewer.partner) + 1) % PARTNER_ROWS.length];
      PROBED_CATEGORIES.forEach((category, c) =>
        STATES.forEach((state, s) => {
          const kase = cases[c * STATES.length + s];
          cells.push({ category, state, kase });
          const scope = [category as DataCategory, DataCategory.LEGAL];
          if (
            state === 'active' ||
            state === 'expired' ||
            state === 'revoked' ||
            state === 'future'
          ) {
            pending.push({ caseId: kase.id, grantee, categories: scope, state });
          } else if (state === 'other-partner') {
            pending.push({ caseId: kase.id, grantee: other, categories: scope, state: 'active' });
          } else if (state === 'other-category') {
            pending.push({
              caseId: kase.id,
              grantee,
              categories: [OTHER_CATEGORY[category]],
              state: 'active',
            });
          }
        }),
      );
      worlds.set(viewer.label, { cases, cells });
    }
    grants = await insertGrants(hub.db.url, pending);
  });
  afterAll(() => hub.close());

  const tokenFor = (viewer: Cell['viewer']) => {
    if (!tokens.has(viewer.label)) {
      tokens.set(viewer.label, hub.token(viewer.partner, viewer.roles));
    }
    return tokens.get(viewer.label)!;
  };

  const responseFor = (cell: Cell): Promise<GraphQLResponse> => {
    const world = worlds.get(cell.viewer.label)!;
    const key = `${cell.viewer.label}|${cell.shape.name}|${cell.shape.perCase ? cell.kase.id : '*'}`;
    if (!responses.has(key)) {
      const { query, variables } = cell.shape.query(cell.shape.perCase ? [cell.kase] : world.cases);
      responses.set(
        key,
        tokenFor(cell.viewer).then((token) => hub.query(token, query, variables)),
      );
    }
    return responses.get(key)!;
  };

  const cells: Cell[] = VIEWERS.flatMap((viewer) =>
    PROBED_CATEGORIES.flatMap((category, c) =>
      STATES.flatMap((state, s) =>
        SHAPES.map((shape) => ({
          viewer,
          category,
          state,
          shape,
          index: c * STATES.length + s,
          // Filled in once the world exists.
          kase: undefined as unknown as SecretCase,
        })),
      ),
    ),
  );

  it('covers every category that has fields in the supergraph, and at least 1,000 cells', () => {
    const supergraph = readFileSync(
      path.resolve(__dirname, '../../schema/supergraph.graphql'),
      'utf8',
    );
    const used = new Set([...supergraph.matchAll(/@category\(name: (\w+)\)/g)].map((m) => m[1]));
    expect(
      [...used].filter((category) => !PROBED_CATEGORIES.includes(category as ProbedCategory)),
    ).toEqual([]);
    expect(cells.length).toBeGreaterThanOrEqual(1000);
  });

  it.each(
    cells.map(
      (cell) =>
        [
          `${cell.viewer.label} · ${cell.category} · ${cell.state} · ${cell.shape.name}`,
          cell,
        ] as const,
    ),
  )('%s', async (_name, template) => {
    const cell = { ...template, kase: worlds.get(template.viewer.label)!.cases[template.index] };
    const response = await responseFor(cell);
    expect(response.status).toBe(200);
    const allowed = allowedCategories(cell.viewer, cell.kase.id, grants);
    const visible = [cell.category, ...cell.shape.requires, DataCategory.CORE].every((c) =>
      allowed.has(c),
    );

    const found = cell.shape.find(response.body.data, cell.kase, cell.index);
    const value = found ? PROBES[cell.category].read(found) : undefined;
    if (visible) {
      // On a miss, say why: the response's error codes and any error the hub logged.
      const why =
        value === cell.kase.secrets[cell.category]
          ? null
          : {
              errors: response.body.errors?.map((e) => [e.extensions?.code, e.message, e.path]),
              logged: hub.logs.lines.filter((line) => /"level":(50|60)/.test(line)).slice(-5),
            };
      expect({ value, why }).toEqual({ value: cell.kase.secrets[cell.category], why: null });
    } else {
      expect(value ?? null).toBeNull();
    }

    // Nothing refused anywhere in the response: data, errors, extensions.
    const text = JSON.stringify(response.body);
    for (const category of PROBED_CATEGORIES) {
      if (!allowed.has(category)) {
        expect({ category, leaked: text.includes(cell.kase.secrets[category]) }).toEqual({
          category,
          leaked: false,
        });
      }
    }

    // A refused field of a visible case says which category it needs, and nothing more.
    if (
      cell.shape.name === 'direct field' &&
      allowed.has(DataCategory.CORE) &&
      !allowed.has(cell.category)
    ) {
      const refusal = response.body.errors?.find((e) => e.extensions?.category === cell.category);
      expect(refusal?.extensions?.code).toBe('CONSENT_REQUIRED');
      expect(refusal?.message).not.toMatch(/LM-|ID-|CT-|lo-|EX-|HE-|FA-|AS-|LG-/);
    }
  });
});
