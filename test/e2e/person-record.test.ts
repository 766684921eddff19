import { ageOn } from '@hub/cases';
import { demoCaseId } from '@hub/cli';
import { DataCategory } from '@hub/common/categories';
import pg from 'pg';
import { insertGrants } from '../support/consent-world';
import { startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';
import { follow } from '../support/live';

/**
 * The person record after intake, as a Centre case worker keeps it: languages, municipality,
 * address, phone, identity documents, health needs, disabilities and family entered and
 * corrected; each change an event, the value it replaced in a history that shows each entry only
 * to those who may see its category.
 */

const REPORT_CASE = `mutation ($input: ReportCaseInput!) { reportCase(input: $input) { id } }`;
const UPDATE = `mutation ($caseId: ID!, $input: PersonChangeInput!) {
  updatePerson(caseId: $caseId, input: $input) { person { languages municipality address phone } }
}`;
const PERSON = `query ($id: ID!) { case(id: $id) { person {
  languages municipality address phone
  identityDocuments { kind number issuingCountry validUntil heldBy }
  healthNeeds { kind need diagnosis }
  disabilities { kind supportRequired }
  familyMembers { relation name age whereabouts alsoAtRisk }
} } }`;
const HISTORY = `query ($id: ID!) { case(id: $id) { personHistory { field categories previous value changedBy changedAt } } }`;

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;

interface Entry {
  field: string;
  categories: string[];
  previous: string | null;
  value: string | null;
}

describe('the person record lives', () => {
  let hub: TestHub;
  let worker: string;

  const data = async (token: string, query: string, variables?: Record<string, unknown>) => {
    const response = await hub.query(token, query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  };
  const newCase = async () =>
    (
      (
        await data(worker, REPORT_CASE, {
          input: {
            caseWorkerName: 'Synthetic Worker',
            report: { channel: 'POLICE', urgency: 'NORMAL' },
            person: { givenName: 'Synthetic', phone: '+381 60 000 1111', address: 'Стара 1, Ниш' },
          },
        })
      ).reportCase as { id: string }
    ).id;
  const update = (caseId: string, input: Record<string, unknown>) =>
    data(worker, UPDATE, { caseId, input });
  const historyOf = async (token: string, caseId: string) => {
    const response = await hub.query(token, HISTORY, { id: caseId });
    return {
      response,
      entries: (response.body.data?.case as { personHistory: Entry[] } | null)?.personHistory,
    };
  };

  /** A case with a correction in each category the person record has. */
  const correctedCase = async () => {
    const caseId = await newCase();
    await update(caseId, {
      phone: '+381 60 000 2222',
      address: 'Нова 2, Ниш',
      languages: ['sr', 'ro'],
      healthNeeds: [{ kind: 'PSYCHOLOGICAL', need: 'Synthetic counselling need' }],
      familyMembers: [
        { relation: 'SIBLING', age: 12, whereabouts: 'Synthetic village', alsoAtRisk: true },
      ],
    });
    return caseId;
  };

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
  });
  afterAll(() => hub.close());

  it('takes new and corrected facts after intake, and reads them back', async () => {
    const caseId = await newCase();
    await update(caseId, {
      languages: ['ro', 'sr'],
      municipality: 'Ниш',
      address: 'Синтетичка 5, Ниш',
      phone: '+381 60 000 3333',
      identityDocuments: [
        { kind: 'PASSPORT', number: 'SYN-001', issuingCountry: 'RO', heldBy: 'WITHHELD' },
      ],
      healthNeeds: [
        { kind: 'PSYCHOLOGICAL', need: 'Synthetic: support with sleep' },
        { kind: 'MEDICAL', need: 'Synthetic: dental check', diagnosis: 'Synthetic diagnosis' },
      ],
      disabilities: [{ kind: 'SENSORY', supportRequired: 'Synthetic hearing aid' }],
      familyMembers: [
        { relation: 'LEGAL_GUARDIAN', name: 'Synthetic guardian', age: 44, whereabouts: 'CSW Niš' },
        { relation: 'CHILD', age: 4, whereabouts: 'Synthetic town', alsoAtRisk: true },
      ],
    });
    const person = ((await data(worker, PERSON, { id: caseId })).case as { person: unknown })
      .person;
    expect(person).toEqual({
      languages: ['ro', 'sr'],
      municipality: 'Ниш',
      address: 'Синтетичка 5, Ниш',
      phone: '+381 60 000 3333',
      identityDocuments: [
        {
          kind: 'PASSPORT',
          number: 'SYN-001',
          issuingCountry: 'RO',
          validUntil: null,
          heldBy: 'WITHHELD',
        },
      ],
      healthNeeds: [
        { kind: 'PSYCHOLOGICAL', need: 'Synthetic: support with sleep', diagnosis: null },
        { kind: 'MEDICAL', need: 'Synthetic: dental check', diagnosis: 'Synthetic diagnosis' },
      ],
      disabilities: [{ kind: 'SENSORY', supportRequired: 'Synthetic hearing aid' }],
      familyMembers: [
        {
          relation: 'LEGAL_GUARDIAN',
          name: 'Synthetic guardian',
          age: 44,
          whereabouts: 'CSW Niš',
          alsoAtRisk: false,
        },
        { relation: 'CHILD', name: null, age: 4, whereabouts: 'Synthetic town', alsoAtRisk: true },
      ],
    });
  });

  it('keeps the replaced value of every change in the history, and makes each change an event', async () => {
    const caseId = await newCase();
    await update(caseId, { phone: '+381 60 000 2222' });
    await update(caseId, { phone: '+381 60 000 4444', municipality: 'Ниш' });
    // The same value again changes nothing.
    await update(caseId, { phone: '+381 60 000 4444' });
    const { entries } = await historyOf(worker, caseId);
    expect(
      entries?.map(({ field, categories, previous, value }) => ({
        field,
        categories,
        previous,
        value,
      })),
    ).toEqual([
      {
        field: 'phone',
        categories: ['CONTACT'],
        previous: '"+381 60 000 1111"',
        value: '"+381 60 000 2222"',
      },
      // One change's entries in the order of their fields' names.
      { field: 'municipality', categories: ['LOCATION'], previous: null, value: '"Ниш"' },
      {
        field: 'phone',
        categories: ['CONTACT'],
        previous: '"+381 60 000 2222"',
        value: '"+381 60 000 4444"',
      },
    ]);
    const client = new pg.Client({ connectionString: hub.db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ type: string; entity_type: string }>(
        `select type, entity_type from hub.event where case_id = $1 and type = 'PERSON_CHANGED' order by id`,
        [caseId],
      );
      expect(rows.map((row) => row.entity_type)).toEqual([
        'PersonChange:CONTACT',
        'PersonChange:LOCATION',
        'PersonChange:CONTACT',
      ]);
    } finally {
      await client.end();
    }
  });

  it('clears a fact given as null, and leaves out what is not given', async () => {
    const caseId = await newCase();
    await update(caseId, { phone: null });
    const person = (
      (await data(worker, PERSON, { id: caseId })).case as { person: Record<string, unknown> }
    ).person;
    expect(person).toMatchObject({ phone: null, address: 'Стара 1, Ниш' });
  });

  it('shows a partner only the history entries of the categories it is granted', async () => {
    const caseId = await correctedCase();
    await insertGrants(hub.db.url, [
      { caseId, grantee: 'csw-beograd', categories: [DataCategory.CONTACT], state: 'active' },
    ]);
    const csw = await hub.token('csw-beograd', ['MEMBER']);
    const { response, entries } = await historyOf(csw, caseId);
    expect(response.body.errors).toBeUndefined();
    expect(entries?.map((entry) => [entry.field, entry.previous])).toEqual([
      ['phone', '"+381 60 000 1111"'],
    ]);
    // No trace of the rest: not the old address, not the languages, the health need or the family.
    expect(JSON.stringify(response.body)).not.toMatch(/Стара|Нова|counselling|village|"ro"/);
  });

  it('hides the history from a partner without the category, and health and family without theirs', async () => {
    const caseId = await correctedCase();
    await insertGrants(hub.db.url, [
      { caseId, grantee: 'atina', categories: [DataCategory.FAMILY], state: 'active' },
    ]);
    const atina = await hub.token('atina', ['MEMBER']);
    const { response, entries } = await historyOf(atina, caseId);
    // FAMILY alone: the family history needs LOCATION as well (it holds whereabouts).
    expect(entries).toEqual([]);
    expect(JSON.stringify(response.body)).not.toMatch(/Synthetic village|Synthetic counselling/);

    const person = await hub.query(atina, PERSON, { id: caseId });
    const read = (person.body.data?.case as { person: Record<string, unknown> }).person;
    expect(read.healthNeeds).toBeNull();
    expect(read.familyMembers).toEqual([
      { relation: 'SIBLING', name: null, age: 12, whereabouts: null, alsoAtRisk: true },
    ]);
    const refusals = (person.body.errors ?? []).map((e) => [
      e.path?.at(-1),
      e.extensions?.category,
    ]);
    expect(refusals).toEqual(
      expect.arrayContaining([
        ['healthNeeds', 'HEALTH'],
        ['whereabouts', 'LOCATION'],
      ]),
    );
    expect(JSON.stringify(person.body)).not.toMatch(/Synthetic village|Synthetic counselling/);

    // With HEALTH and LOCATION too, the partner sees those entries and values.
    await insertGrants(hub.db.url, [
      {
        caseId,
        grantee: 'atina',
        categories: [DataCategory.HEALTH, DataCategory.LOCATION],
        state: 'active',
      },
    ]);
    const granted = await historyOf(atina, caseId);
    expect(granted.entries?.map((entry) => entry.field).sort()).toEqual([
      'address',
      'familyMembers',
      'healthNeeds',
    ]);
  });

  it('tells a live follower of the case about a change only with consent to its category', async () => {
    const caseId = await newCase();
    await insertGrants(hub.db.url, [
      { caseId, grantee: 'csw-beograd', categories: [DataCategory.CONTACT], state: 'active' },
    ]);
    const follower = follow(
      hub.wsUrl,
      await hub.token('csw-beograd', ['MEMBER']),
      `subscription ($id: ID!) { caseEvents(caseId: $id) { type case { person { phone } } } }`,
      { id: caseId },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await update(caseId, { healthNeeds: [{ kind: 'MEDICAL', need: 'Synthetic live need' }] });
      await update(caseId, { phone: '+381 60 000 5555' });
      const received = await follower.waitFor(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The health change is not announced to CONTACT consent at all; the phone change is.
      expect(received.map((r) => r.data?.caseEvents)).toEqual([
        { type: 'PERSON_CHANGED', case: { person: { phone: '+381 60 000 5555' } } },
      ]);
    } finally {
      await follower.close();
    }
  });

  it('refuses partners before looking at the input, and bad input clearly', async () => {
    const caseId = await newCase();
    await insertGrants(hub.db.url, [
      { caseId, grantee: 'astra', categories: [DataCategory.CONTACT], state: 'active' },
    ]);
    const astra = await hub.token('astra', ['COORDINATOR']);
    const refused = await hub.query(astra, UPDATE, { caseId, input: { languages: ['serbian'] } });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(JSON.stringify(refused.body)).not.toMatch(/ISO 639/);

    const invalid = await hub.query(worker, UPDATE, { caseId, input: { languages: ['serbian'] } });
    expect(codeOf(invalid)).toBe('BAD_USER_INPUT');
    expect(invalid.body.errors?.[0]?.message).toMatch(/languages must be ISO 639-1 codes/);
    const age = await hub.query(worker, UPDATE, {
      caseId,
      input: { familyMembers: [{ relation: 'CHILD', age: 300 }] },
    });
    expect(codeOf(age)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify([invalid.body, age.body])).not.toMatch(/at \w+ \(|\/work\/|node_modules/);
  });

  it('has a demo child with a guardian and a sister also at risk, her whereabouts LOCATION', async () => {
    const query = `query ($id: ID!) { case(id: $id) { synthetic
      person { dateOfBirth familyMembers { relation name age whereabouts alsoAtRisk } } } }`;
    const centre = (await data(worker, query, { id: demoCaseId(3) })).case as {
      synthetic: boolean;
      person: {
        dateOfBirth: string;
        familyMembers: { relation: string; name: string; alsoAtRisk: boolean }[];
      };
    };
    expect(centre.synthetic).toBe(true);
    expect(ageOn(centre.person.dateOfBirth, new Date().toISOString().slice(0, 10))).toBeLessThan(
      18,
    );
    const family = centre.person.familyMembers;
    expect(family.map((m) => m.relation)).toEqual(['LEGAL_GUARDIAN', 'SIBLING']);
    expect(family.find((m) => m.relation === 'SIBLING')?.alsoAtRisk).toBe(true);
    expect(family.every((m) => /Синтетичк/.test(m.name))).toBe(true);
    // The guardian's social work centre, granted FAMILY but not LOCATION.
    await insertGrants(hub.db.url, [
      {
        caseId: demoCaseId(3),
        grantee: 'csw-novi-sad',
        categories: [DataCategory.FAMILY],
        state: 'active',
      },
    ]);
    const csw = await hub.query(await hub.token('csw-novi-sad', ['MEMBER']), query, {
      id: demoCaseId(3),
    });
    const members = (csw.body.data?.case as { person: { familyMembers: unknown[] } }).person
      .familyMembers;
    expect(members).toEqual([
      expect.objectContaining({ relation: 'LEGAL_GUARDIAN', whereabouts: null }),
      expect.objectContaining({
        relation: 'SIBLING',
        age: 13,
        whereabouts: null,
        alsoAtRisk: true,
      }),
    ]);
    expect(JSON.stringify(csw.body)).not.toMatch(/улица 3|Центар за социјални рад Београд/);
  });

  it('refuses changes to a closed case', async () => {
    const caseId = await newCase();
    await data(worker, `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { id } }`, {
      input: { caseId, reason: 'CONTACT_LOST' },
    });
    const refused = await hub.query(worker, UPDATE, {
      caseId,
      input: { phone: '+381 60 000 9999' },
    });
    expect(codeOf(refused)).toBe('INVALID_TRANSITION');
  });
});
