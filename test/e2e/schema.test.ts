import { readFileSync } from 'node:fs';
import { composeSchemas, openSubgraphOrm, schemaFile } from '@hub/cli';
import { SUBGRAPH_NAMES } from '@hub/common';
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
