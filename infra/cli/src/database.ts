import {
  bootstrapDatabase,
  ensureDatabase,
  withDatabase,
  SUBGRAPH_NAMES,
  subgraphDatabaseUrl,
  type SubgraphName,
} from '@hub/common/bootstrap';
import { verifyAccessLog, type ChainVerdict } from '@hub/common/consent';
import { createOrm, migrate } from '@hub/common/orm';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import path from 'node:path';
import type { CliConfig } from './config';
import { startEmbeddedPostgres } from './embedded';
import { SUBGRAPHS } from './subgraphs';

/** The embedded server's database for the hub. */
const EMBEDDED_DATABASE = 'hub';

export interface HubDatabase {
  /** Administrator URL of the hub's database. */
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The embedded PostgreSQL under the data directory, or the server DATABASE_URL names. */
export async function openDatabase(config: CliConfig): Promise<HubDatabase> {
  if (config.DATABASE_URL) {
    return { adminUrl: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres(
    path.join(config.HUB_DATA_DIR, 'postgres'),
    config.EMBEDDED_PG_PORT,
  );
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
  const adminUrl = withDatabase(server.adminUrl, EMBEDDED_DATABASE);
  // A data folder made before the server was always UTF-8 (initdb without LANG chose SQL_ASCII)
  // would fail later on the first Cyrillic text: say so now, with what to do.
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const { rows } = await client
    .query<{ encoding: string }>(
      'select pg_encoding_to_char(encoding) as encoding from pg_database where datname = current_database()',
    )
    .finally(() => client.end());
  if (rows[0]?.encoding !== 'UTF8') {
    await server.stop();
    throw new Error(
      `The embedded database under ${config.HUB_DATA_DIR} is ${rows[0]?.encoding}, not UTF-8 (it was made without a locale). Move that folder away and start again: a new one is made UTF-8, with the demo data.`,
    );
  }
  return { adminUrl, embedded: true, stop: server.stop };
}

/** Opens a subgraph's ORM as the subgraph's own role. */
export function openSubgraphOrm(
  adminUrl: string,
  roleSecret: string,
  name: SubgraphName,
): Promise<MikroORM> {
  const definition = SUBGRAPHS[name];
  return createOrm({
    url: subgraphDatabaseUrl(adminUrl, roleSecret, name),
    schema: name,
    entities: definition.entities,
    migrations: definition.migrations,
    poolMax: 2,
  });
}

/** Roles, schemas and every subgraph's committed migrations (each run as its own role). */
export async function prepareDatabase(
  adminUrl: string,
  roleSecret: string,
): Promise<Record<SubgraphName, string[]>> {
  await bootstrapDatabase(adminUrl, roleSecret);
  const applied = {} as Record<SubgraphName, string[]>;
  for (const name of SUBGRAPH_NAMES) {
    const orm = await openSubgraphOrm(adminUrl, roleSecret, name);
    try {
      applied[name] = await migrate(orm);
    } finally {
      await orm.close();
    }
  }
  return applied;
}

/** Verifies the access log's hash chain, reading as the administrator. */
export async function verifyAccessLogAt(adminUrl: string): Promise<ChainVerdict> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await verifyAccessLog(async (sql, params) => (await client.query(sql, params)).rows);
  } finally {
    await client.end();
  }
}
