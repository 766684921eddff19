import { randomUUID } from 'node:crypto';
import { demoCaseId, demoId, openSubgraphOrm } from '@hub/cli';
import { Case, CaseStatus, Report, ReportChannel } from '@hub/cases';
import { DataCategory } from '@hub/common/categories';
import { Sex } from '@hub/common/vocabulary';
import pg from 'pg';
import { insertGrants } from '../support/consent-world';
import { roleSecret, startTestHub, type TestHub } from '../support/hub';

const FIND = /* GraphQL */ `
  query Find($id: ID!, $type: ServiceType!) {
    case(id: $id) {
      code
      findServices(type: $type) {
        service {
          id
          name
        }
        unchecked
      }
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateServiceInput!) {
    createService(input: $input) {
      id
      name
      providerCode: provider {
        code
      }
      eligibility {
        ageGroups
        sexes
        citizenship
      }
      regions
      languages
      capacity
      availability
      availabilityBand
      requiredCategories
      active
    }
  }
`;

/** Ten years ago today: a child's date of birth that stays a child's whatever day the test runs. */
const yearsAgo = (years: number) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
};

/** Synthetic people, each a different profile; nothing here is a real person. */
const PEOPLE = {
  girl: {
    dateOfBirth: yearsAgo(10),
    sex: Sex.FEMALE,
    citizenship: 'RS',
    municipality: 'Ниш',
    languages: ['sr'],
  },
  foreignMan: {
    dateOfBirth: '1990-05-05',
    sex: Sex.MALE,
    citizenship: 'RO',
    municipality: 'Нови Сад',
    languages: ['ro', 'en'],
  },
  unknown: {},
} as const;
type Profile = keyof typeof PEOPLE;

/** One restriction per service, everything else open; names carry a tag to find them. */
const OPEN = {
  ageGroups: ['ADULT', 'CHILD'],
  sexes: ['FEMALE', 'MALE', 'OTHER'],
  citizenship: ['DOMESTIC', 'FOREIGN'],
};
const ALL_LANGUAGES = ['sr', 'ro', 'en'];
const TEST_SERVICES = {
  open: {},
  adults: { eligibility: { ...OPEN, ageGroups: ['ADULT'] } },
  children: { eligibility: { ...OPEN, ageGroups: ['CHILD'] } },
  women: { eligibility: { ...OPEN, sexes: ['FEMALE'] } },
  foreigners: { eligibility: { ...OPEN, citizenship: ['FOREIGN'] } },
  nis: { regions: ['Ниш'] },
  romanian: { languages: ['ro'] },
} as const;
type TestService = keyof typeof TEST_SERVICES;

describe('findServices: catalogue services that fit the person of a case', () => {
  let hub: TestHub;
  let worker: string;
  let admin: string;
  const caseIds = {} as Record<Profile, string>;
  const serviceIds = {} as Record<TestService, string>;

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
    admin = await hub.token('centre', ['ADMIN']);
    const orm = await openSubgraphOrm(hub.db.url, roleSecret(), 'cases');
    try {
      const em = orm.em.fork();
      for (const [profile, person] of Object.entries(PEOPLE)) {
        const kase = em.create(Case, {
          code: `FS-${profile.toUpperCase()}-${randomUUID().slice(0, 6)}`,
          status: CaseStatus.IN_SUPPORT,
          synthetic: true,
          person: { ...person, languages: 'languages' in person ? [...person.languages] : null },
          caseWorker: { name: 'Synthetic case worker' },
        });
        em.create(Report, { case: kase, channel: ReportChannel.OTHER });
        caseIds[profile as Profile] = kase.id;
      }
      await em.flush();
    } finally {
      await orm.close();
    }
    for (const [key, shape] of Object.entries(TEST_SERVICES)) {
      const response = await hub.query(admin, CREATE, {
        input: {
          type: 'EDUCATION',
          providerCode: 'atina',
          name: `FS test service ${key}`,
          eligibility: OPEN,
          regions: ['*'],
          languages: ALL_LANGUAGES,
          ...shape,
        },
      });
      expect(response.body.errors).toBeUndefined();
      serviceIds[key as TestService] = (response.body.data!.createService as { id: string }).id;
    }
  });
  afterAll(() => hub.close());

  const find = async (profile: Profile, token = worker) => {
    const response = await hub.query(token, FIND, { id: caseIds[profile], type: 'EDUCATION' });
    const kase = response.body.data?.case as {
      findServices: { service: { id: string }; unchecked: string[] }[] | null;
    } | null;
    const matches = new Map(
      (kase?.findServices ?? [])
        .filter((match) => Object.values(serviceIds).includes(match.service.id))
        .map((match) => [
          (Object.entries(serviceIds).find(([, id]) => id === match.service.id) ?? [])[0],
          match.unchecked,
        ]),
    );
    return { response, kase, matches };
  };

  it('includes the services that fit a child and leaves out those for adults, men, foreigners, other places and languages', async () => {
    const { response, matches } = await find('girl');
    expect(response.body.errors).toBeUndefined();
    expect([...matches.keys()].sort()).toEqual(['children', 'nis', 'open', 'women']);
    // Every fact was known and visible, so nothing is left unchecked.
    expect([...matches.values()].every((unchecked) => unchecked.length === 0)).toBe(true);
  });

  it('includes the services that fit a foreign adult man and leaves out the others', async () => {
    const { response, matches } = await find('foreignMan');
    expect(response.body.errors).toBeUndefined();
    expect([...matches.keys()].sort()).toEqual(['adults', 'foreigners', 'open', 'romanian']);
  });

  it('excludes nothing on facts the case does not record, and says which were not checked', async () => {
    const { response, matches } = await find('unknown');
    expect(response.body.errors).toBeUndefined();
    expect(Object.fromEntries(matches)).toEqual({
      open: ['LANGUAGES'],
      adults: ['AGE', 'LANGUAGES'],
      children: ['AGE', 'LANGUAGES'],
      women: ['SEX', 'LANGUAGES'],
      foreigners: ['CITIZENSHIP', 'LANGUAGES'],
      nis: ['MUNICIPALITY', 'LANGUAGES'],
      romanian: ['LANGUAGES'],
    });
  });

  it('lists the services that fit every known fact first', async () => {
    const { kase } = await find('unknown');
    const unchecked = kase!.findServices!.map((match) => match.unchecked.length);
    expect(unchecked).toEqual([...unchecked].sort((a, b) => a - b));
  });

  it('matches a partner on the facts it may see only: without IDENTITY and CONTACT consent nothing is excluded', async () => {
    await insertGrants(hub.db.url, [
      { caseId: caseIds.girl, grantee: 'astra', categories: [DataCategory.PLAN], state: 'active' },
    ]);
    const { response, matches } = await find('girl', await hub.token('astra', ['MEMBER']));
    // The same seven services an unknown person gets: the girl's facts were not visible to astra.
    expect([...matches.keys()].sort()).toEqual(
      ['adults', 'children', 'foreigners', 'nis', 'open', 'romanian', 'women'].sort(),
    );
    expect(matches.get('women')).toEqual(['SEX', 'LANGUAGES']);
    expect(matches.get('nis')).toEqual(['MUNICIPALITY', 'LANGUAGES']);
    // The facts themselves were refused for their categories, never shown.
    const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
    expect(new Set(codes)).toEqual(new Set(['CONSENT_REQUIRED']));
    expect(JSON.stringify(response.body)).not.toMatch(/Ниш|FEMALE|"RS"/);
  });

  it('matches on what a partner may see when it holds IDENTITY consent too', async () => {
    await insertGrants(hub.db.url, [
      {
        caseId: caseIds.girl,
        grantee: 'atina',
        categories: [DataCategory.PLAN, DataCategory.IDENTITY],
        state: 'active',
      },
    ]);
    const { matches } = await find('girl', await hub.token('atina', ['MEMBER']));
    // Age, sex, citizenship and languages are visible; the municipality (LOCATION) is not.
    expect([...matches.keys()].sort()).toEqual(['children', 'nis', 'open', 'women']);
    expect(matches.get('nis')).toEqual(['MUNICIPALITY']);
    expect(matches.get('open')).toEqual([]);
  });

  it('is refused without PLAN consent for the case', async () => {
    await insertGrants(hub.db.url, [
      {
        caseId: caseIds.foreignMan,
        grantee: 'iom',
        categories: [DataCategory.IDENTITY],
        state: 'active',
      },
    ]);
    const { response, kase } = await find('foreignMan', await hub.token('iom', ['MEMBER']));
    expect(kase?.findServices ?? null).toBeNull();
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: ['case', 'findServices'],
          extensions: expect.objectContaining({ code: 'CONSENT_REQUIRED', category: 'PLAN' }),
        }),
      ]),
    );
  });

  it('leaves out services taken out of the catalogue', async () => {
    // A service of this test's own, so that the services the other tests match stay in.
    const created = await hub.query(admin, CREATE, {
      input: {
        type: 'EDUCATION',
        providerCode: 'atina',
        name: 'FS test service withdrawn',
        eligibility: OPEN,
        regions: ['*'],
        languages: ALL_LANGUAGES,
      },
    });
    const id = (created.body.data!.createService as { id: string }).id;
    const listed = async () =>
      (await find('girl')).kase!.findServices!.map((match) => match.service.id);
    expect(await listed()).toContain(id);
    const update = await hub.query(
      admin,
      /* GraphQL */ `
        mutation Withdraw($id: ID!) {
          updateService(id: $id, input: { active: false }) {
            active
          }
        }
      `,
      { id },
    );
    expect(update.body.data).toEqual({ updateService: { active: false } });
    const after = await listed();
    expect(after).not.toContain(id);
    expect(after).toContain(serviceIds.children);
  });
});

describe('the services catalogue', () => {
  let hub: TestHub;
  let admin: string;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.token('centre', ['ADMIN']);
  });
  afterAll(() => hub.close());

  const AVAILABILITY = /* GraphQL */ `
    query Availability($id: ID!) {
      service(id: $id) {
        capacity
        availability
      }
    }
  `;
  // The exact figure is for Centre case workers and supervisors (see the availability band).
  const availability = async (id: string) =>
    (await hub.query(await hub.token('centre', ['CASE_WORKER']), AVAILABILITY, { id })).body.data!
      .service as {
      capacity: number | null;
      availability: number | null;
    };

  it('covers every service type of the design', async () => {
    const response = await hub.query(admin, '{ services(first: 500) { type } }');
    const types = new Set((response.body.data!.services as { type: string }[]).map((s) => s.type));
    expect([...types].sort()).toEqual(
      [
        'LEGAL_AID',
        'LEGAL_REPRESENTATION',
        'PSYCHOLOGICAL_COUNSELLING',
        'PSYCHOTHERAPY',
        'MEDICAL',
        'SHELTER',
        'ESCORT',
        'INTERPRETATION',
        'TRANSPORT',
        'REPATRIATION',
        'REINTEGRATION',
        'EDUCATION',
        'EMPLOYMENT',
        'FINANCIAL_HELP',
        'DOCUMENTS',
        'GUARDIANSHIP',
        'HOTLINE',
      ].sort(),
    );
  });

  it('counts a place taken when the provider accepts a referral, and not before', async () => {
    const serviceId = demoId('service', 'atina-reintegration');
    const before = await availability(serviceId);
    expect(before.capacity).toBe(30);
    expect(before.availability).not.toBeNull();
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const made = await hub.query(
      worker,
      /* GraphQL */ `
        mutation Refer($input: CreateReferralInput!) {
          createReferral(input: $input) {
            id
          }
        }
      `,
      { input: { caseId: demoCaseId(6), serviceId } },
    );
    expect(made.body.errors).toBeUndefined();
    const referralId = (made.body.data!.createReferral as { id: string }).id;
    expect((await availability(serviceId)).availability).toBe(before.availability);
    const accepted = await hub.query(
      await hub.token('atina', ['MEMBER']),
      `mutation Accept($id: ID!) { acceptReferral(id: $id) { status } }`,
      { id: referralId },
    );
    expect(accepted.body.data).toEqual({ acceptReferral: { status: 'ACCEPTED' } });
    expect((await availability(serviceId)).availability).toBe(before.availability! - 1);
  });

  it('gives a service without a capacity no availability figure', async () => {
    expect(await availability(demoId('service', 'astra-hotline'))).toEqual({
      capacity: null,
      availability: null,
    });
  });

  it('tells everyone but Centre case staff free places in words only, and nothing under 11', async () => {
    const LIST = '{ services(first: 500) { id capacity availability availabilityBand } }';
    type Listed = {
      id: string;
      capacity: number | null;
      availability: number | null;
      availabilityBand: string | null;
    };
    const list = async (token: string) =>
      (await hub.query(token, LIST)).body.data!.services as Listed[];
    const staff = await list(await hub.token('centre', ['CASE_WORKER']));
    expect(staff.some((s) => s.capacity !== null && s.capacity < 11)).toBe(true);
    expect(staff.some((s) => s.capacity !== null && s.capacity >= 11)).toBe(true);
    for (const s of staff) {
      // Exact for the Centre's case staff, the band saying the same.
      expect(s.availability === null).toBe(s.capacity === null);
      expect(s.availabilityBand).toBe(
        s.capacity === null ? null : s.availability! > 0 ? 'PLACES_FREE' : 'FULL',
      );
    }
    const others = [
      await hub.token('atina', ['MEMBER']),
      await hub.token('astra', ['COORDINATOR']),
      await hub.token('centre', ['ANALYST']),
      admin,
    ];
    for (const token of others) {
      const seen = new Map((await list(token)).map((s) => [s.id, s]));
      for (const s of staff) {
        const other = seen.get(s.id)!;
        expect(other.availability).toBeNull();
        expect(other.availabilityBand).toBe(
          s.capacity === null ? null : s.capacity < 11 ? 'WITHHELD' : s.availabilityBand,
        );
      }
    }
  });

  it('lets a provider’s coordinator add and change its own services, and records the events', async () => {
    const coordinator = await hub.token('astra', ['COORDINATOR']);
    const created = await hub.query(coordinator, CREATE, {
      input: {
        type: 'INTERPRETATION',
        name: 'Synthetic interpretation service',
        languages: ['sr', 'uk'],
        capacity: 2,
        requiredCategories: ['IDENTITY'],
      },
    });
    expect(created.body.errors).toBeUndefined();
    const service = created.body.data!.createService as Record<string, unknown> & { id: string };
    expect(service).toMatchObject({
      providerCode: { code: 'astra' },
      regions: ['*'],
      languages: ['sr', 'uk'],
      capacity: 2,
      // Its own coordinator too: with 2 places, a number would tell how many are taken.
      availability: null,
      availabilityBand: 'WITHHELD',
      requiredCategories: ['CORE', 'IDENTITY'],
      active: true,
    });
    const updated = await hub.query(
      coordinator,
      /* GraphQL */ `
        mutation Update($id: ID!, $input: UpdateServiceInput!) {
          updateService(id: $id, input: $input) {
            capacity
            regions
            languages
            free
          }
        }
      `,
      { id: service.id, input: { capacity: null, regions: ['Ниш', 'Нови Сад'], free: false } },
    );
    expect(updated.body.data).toEqual({
      updateService: {
        capacity: null,
        regions: ['Ниш', 'Нови Сад'],
        languages: ['sr', 'uk'],
        free: false,
      },
    });
    const client = new pg.Client({ connectionString: hub.db.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `select type, case_id, partner, concerns from hub.event where entity_id = $1 order by id`,
        [service.id],
      );
      expect(rows).toEqual([
        { type: 'SERVICE_CREATED', case_id: null, partner: 'astra', concerns: 'astra' },
        { type: 'SERVICE_UPDATED', case_id: null, partner: 'astra', concerns: 'astra' },
      ]);
    } finally {
      await client.end();
    }
  });

  it('refuses others: a plain member, another partner’s coordinator, Centre case workers', async () => {
    const attempts = [
      [await hub.token('astra', ['MEMBER']), 'astra'],
      [await hub.token('atina', ['COORDINATOR']), 'astra'],
      [await hub.token('centre', ['CASE_WORKER', 'SUPERVISOR']), 'astra'],
    ] as const;
    for (const [token, providerCode] of attempts) {
      const response = await hub.query(token, CREATE, {
        input: { type: 'HOTLINE', name: 'Not allowed', providerCode },
      });
      expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(response.body.data).toBeNull();
    }
    const update = await hub.query(
      await hub.token('atina', ['COORDINATOR']),
      `mutation U($id: ID!) { updateService(id: $id, input: { capacity: 1 }) { capacity } }`,
      { id: demoId('service', 'astra-counselling') },
    );
    expect(update.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await availability(demoId('service', 'astra-counselling'))).capacity).toBe(15);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, without a stack trace', async () => {
    const response = await hub.query(admin, CREATE, {
      input: {
        type: 'HOTLINE',
        name: 'Synthetic hotline',
        providerCode: 'astra',
        languages: ['serbian'],
        capacity: 0,
      },
    });
    const error = response.body.errors![0];
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/languages/);
    expect(error.message).toMatch(/capacity/);
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|at \w+ \(/);
    const badType = await hub.query(admin, FIND, { id: demoCaseId(6), type: 'NOT_A_TYPE' });
    expect(badType.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badType.body.errors![0].message).toMatch(/\$type/);
    expect(JSON.stringify(badType.body)).not.toMatch(/stacktrace/);
  });
});
