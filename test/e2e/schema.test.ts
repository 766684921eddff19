import { readFileSync } from 'node:fs';
import { composeSchemas, openSubgraphOrm, schemaFile } from '@hub/cli';
import { SUBGRAPH_NAMES } from '@hub/common/bootstrap';
import { Kind, parse } from 'graphql';
import { createTestDatabase, roleSecret, type TestDatabase } from '../support/hub';

describe('the committed schema files', () => {
  it('match what the subgraphs emit and compose (run `npm run compose` when this fails)', async () => {
    const composed = await composeSchemas();
    for (const name of SUBGRAPH_NAMES) {
      expect({
        file: `schema/${name}.graphql`,
        sdl: readFileSync(schemaFile(name), 'utf8'),
      }).toEqual({
        file: `schema/${name}.graphql`,
        sdl: composed.subgraphs[name],
      });
    }
    expect(readFileSync(schemaFile('supergraph'), 'utf8')).toBe(composed.supergraph);
    expect(readFileSync(schemaFile('api'), 'utf8')).toBe(composed.api);
  });

  it('describe every field, argument and type for partner developers', async () => {
    const composed = await composeSchemas();
    for (const name of SUBGRAPH_NAMES) {
      // A field or argument line directly after a line that is neither a description nor `{`.
      const lines = composed.subgraphs[name].split('\n');
      const undocumented = lines.filter((line, index) => {
        const field = /^( {2}| {4})[a-z]\w*(\(|:)/.test(line);
        // Ids speak for themselves, and so does the key of a stub type.
        const selfExplanatory =
          /^ +(id|\w+Id): ID!?( @category\(name: \w+\))?$/.test(line) ||
          /^ {2}code: String!$/.test(line);
        if (selfExplanatory) {
          return false;
        }
        return field && !lines[index - 1].trim().endsWith('"""');
      });
      expect({ subgraph: name, undocumented }).toEqual({ subgraph: name, undocumented: [] });
    }
  });
});

describe('the committed migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it.each(SUBGRAPH_NAMES)('of %s bring the database exactly to its entities', async (name) => {
    const orm = await openSubgraphOrm(db.url, roleSecret(), name);
    try {
      expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
      expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
    } finally {
      await orm.close();
    }
  });

  it('leave each subgraph role unable to reach another subgraph’s schema', async () => {
    const orm = await openSubgraphOrm(db.url, roleSecret(), 'partners');
    try {
      await expect(
        orm.em.fork().getConnection().execute('select count(*) from cases."case"'),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await orm.close();
    }
  });
});

describe('the consent vocabulary in the composed supergraph', () => {
  /**
   * Types that hold no case data. Everything else is case-related, so a new type is checked
   * unless someone decides, here and in review, that it is not about a case.
   */
  const NOT_CASE_DATA = new Set([
    'Query',
    'Mutation',
    'Subscription',
    'Partner',
    'PartnerContact',
    'Service',
    'Eligibility',
    // Counts of people accommodated per provider: aggregate, no case data.
    'Occupancy',
    // The directory: agencies' own people (work contacts only), teams and agreements.
    'Member',
    'LocalTeam',
    'CooperationAgreement',
    // Statistics: suppressed aggregates over consenting cases, for Centre analysts; no case data.
    'Count',
    'CountBy',
    'Sum',
    'SumBy',
    'Sums',
    'Figures',
    'StatisticsReport',
    'StatisticsPeriod',
    // Relay wrappers: their items are the nodes (each field of a case node is categorised), and a
    // cursor holds only the item's sort keys and id.
    'PageInfo',
    'PartnerConnection',
    'PartnerEdge',
    'ServiceConnection',
    'ServiceEdge',
    'CaseConnection',
    'CaseEdge',
    'ReportConnection',
    'ReportEdge',
    'ReferralConnection',
    'ReferralEdge',
    'PlanItemConnection',
    'PlanItemEdge',
    'HearingConnection',
    'HearingEdge',
    'AccessLogEntryConnection',
    'AccessLogEntryEdge',
    'TimelineEntryConnection',
    'TimelineEntryEdge',
    'PartnerReportConnection',
    'PartnerReportEdge',
    'PersonChangeConnection',
    'PersonChangeEdge',
  ]);

  it('puts a data category on every field of every case-related type', () => {
    const document = parse(readFileSync(schemaFile('supergraph'), 'utf8'));
    const uncategorised: string[] = [];
    const caseTypes: string[] = [];
    for (const definition of document.definitions) {
      if (
        definition.kind !== Kind.OBJECT_TYPE_DEFINITION ||
        NOT_CASE_DATA.has(definition.name.value)
      ) {
        continue;
      }
      caseTypes.push(definition.name.value);
      for (const field of definition.fields ?? []) {
        if (!field.directives?.some((directive) => directive.name.value === 'category')) {
          uncategorised.push(`${definition.name.value}.${field.name.value}`);
        }
      }
    }
    expect(caseTypes).toEqual(
      expect.arrayContaining(['Case', 'Person', 'Report', 'Proceeding', 'ConsentGrant']),
    );
    expect(uncategorised).toEqual([]);
  });

  it('keeps every field outside CORE nullable, so a refusal nulls that field alone', () => {
    const document = parse(readFileSync(schemaFile('supergraph'), 'utf8'));
    const nonNull: string[] = [];
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) {
        continue;
      }
      const categoryOf = (field: (typeof definition.fields & object)[number]) =>
        field.directives?.find((d) => d.name.value === 'category')?.arguments?.[0]?.value;
      // A type all of one category (a Proceeding is all LEGAL) is refused whole: no field of it
      // can be refused alone, so its fields may be non-null.
      const categories = new Set(
        (definition.fields ?? []).map((field) => {
          const value = categoryOf(field);
          return value?.kind === Kind.ENUM ? value.value : null;
        }),
      );
      if (categories.size === 1) {
        continue;
      }
      for (const field of definition.fields ?? []) {
        const category = categoryOf(field);
        const isKey = field.name.value === 'id';
        if (
          category?.kind === Kind.ENUM &&
          category.value !== 'CORE' &&
          field.type.kind === Kind.NON_NULL_TYPE &&
          !isKey
        ) {
          nonNull.push(`${definition.name.value}.${field.name.value}`);
        }
      }
    }
    expect(nonNull).toEqual([]);
  });
});
