import { readFileSync } from 'node:fs';
import { composeSchemas, openSubgraphOrm, schemaFile } from '@hub/cli';
import { SUBGRAPH_NAMES } from '@hub/common/bootstrap';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  Kind,
  parse,
  type GraphQLSchema,
} from 'graphql';
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

  it('describe every type, field, argument, input field and enum value for partner developers', async () => {
    const schema = buildSchema((await composeSchemas()).api);
    expect(undescribed(schema)).toEqual([]);
  });
});

/** Every element of a schema a partner's developer reads, by its coordinate, that has no description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) {
      missing.push(coordinate);
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) {
      continue;
    }
    need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : []) {
          need(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        need(`${type.name}.${value.name}`, value.description);
      }
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) {
      continue;
    }
    need(`@${directive.name}`, directive.description);
    for (const arg of directive.args) {
      need(`@${directive.name}(${arg.name}:)`, arg.description);
    }
  }
  return missing;
}

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
