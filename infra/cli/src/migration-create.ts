import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SubgraphName } from '@hub/common/bootstrap';
import { openSubgraphOrm, prepareDatabase } from './database';
import { REPO_ROOT } from './paths';

export const migrationsDir = (name: SubgraphName) =>
  path.join(REPO_ROOT, 'subgraphs', name, 'src', 'migrations');

/**
 * Writes a new migration for a subgraph from the difference between its entities and a database
 * migrated to the latest committed migration, then lists it in the subgraph's migrations index.
 */
export async function createMigration(
  adminUrl: string,
  roleSecret: string,
  name: SubgraphName,
): Promise<string | null> {
  await prepareDatabase(adminUrl, roleSecret);
  const orm = await openSubgraphOrm(adminUrl, roleSecret, name);
  try {
    const result = await orm.getMigrator().createMigration(migrationsDir(name));
    if (!result.fileName) {
      return null;
    }
    dropSchemaStatements(path.join(migrationsDir(name), result.fileName));
    writeMigrationsIndex(name);
    return path.join(migrationsDir(name), result.fileName);
  } finally {
    await orm.close();
  }
}

/** Schemas belong to the bootstrap (an administrator's work); a subgraph's role may not create them. */
function dropSchemaStatements(file: string): void {
  const source = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/this\.addSql\(`(create|drop) schema /.test(line))
    .join('\n');
  writeFileSync(file, source);
}

export function writeMigrationsIndex(name: SubgraphName): void {
  const classes = readdirSync(migrationsDir(name))
    .filter((file) => /^Migration\d+.*\.ts$/.test(file))
    .sort()
    .map((file) => file.replace(/\.ts$/, ''));
  const lines = [
    `/** Committed migrations, oldest first. New ones: \`npm run hub -- migration:create ${name}\`. */`,
    ...classes.map((cls) => `import { ${cls} } from './${cls}';`),
    '',
    `export const migrations = [${classes.join(', ')}];`,
    '',
  ];
  writeFileSync(path.join(migrationsDir(name), 'index.ts'), lines.join('\n'));
}
