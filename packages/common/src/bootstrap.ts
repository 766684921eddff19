import { createHmac } from 'node:crypto';
import pg from 'pg';
import { hubGrants } from './hub-grants';
import { HUB_MIGRATIONS } from './hub-schema';

/** The subgraphs, each with its own PostgreSQL schema and login role of the same name. */
export const SUBGRAPH_NAMES = ['cases', 'partners', 'services', 'legal', 'statistics'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** The schema shared by every subgraph for the event outbox and the access log. */
export const HUB_SCHEMA = 'hub';

/** Database roles: one per subgraph, and the gateway's, which only reads the event log. */
export type RoleOwner = SubgraphName | 'gateway';
export const roleName = (owner: RoleOwner) => `hub_${owner}`;

/**
 * Each role's password is derived from one secret, so a bootstrap can be repeated (and run by
 * several test files at once) without storing four passwords.
 */
export const rolePassword = (secret: string, owner: RoleOwner) =>
  createHmac('sha256', secret).update(roleName(owner)).digest('base64url');

/** The connection URL a subgraph uses: the same server and database, its own role. */
export function subgraphDatabaseUrl(adminUrl: string, secret: string, owner: RoleOwner): string {
  const url = new URL(adminUrl);
  url.username = roleName(owner);
  url.password = rolePassword(secret, owner);
  return url.toString();
}

export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates a database unless it exists (tests give each file its own). */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  await withClient(withDatabase(adminUrl, 'postgres'), async (client) => {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) {
      // The hub's text is UTF-8. A server made without a locale (initdb under no LANG) defaults to
      // SQL_ASCII, where text functions work on bytes: then the database is made UTF-8 itself.
      const template = await client.query<{ encoding: string }>(
        "select pg_encoding_to_char(encoding) as encoding from pg_database where datname = 'template1'",
      );
      await client.query(
        template.rows[0]?.encoding === 'UTF8'
          ? `create database ${quoteIdent(database)}`
          : `create database ${quoteIdent(database)} encoding 'UTF8' locale 'C' template template0`,
      );
    }
  });
}

/**
 * Brings a database to the layout the hub expects, as an administrator: one login role and one
 * schema per subgraph (the role owns its schema and nothing else), and the shared `hub` schema.
 * Idempotent; subgraph tables come from each subgraph's own migrations, run as its own role.
 */
export async function bootstrapDatabase(adminUrl: string, secret: string): Promise<void> {
  // Roles are cluster-wide, and several databases (test files, replicas starting together) may
  // bootstrap at once: two ALTER ROLEs of one role at the same moment fail with "tuple
  // concurrently updated". One advisory lock, taken in the `postgres` database that every
  // bootstrap shares (advisory locks are per database), makes them take turns.
  const ensureRoles = async (client: pg.Client) => {
    await client.query(`select pg_advisory_lock(hashtext('coordination-hub.roles'))`);
    for (const owner of [...SUBGRAPH_NAMES, 'gateway'] as const) {
      const role = roleName(owner);
      const password = quoteLiteral(rolePassword(secret, owner));
      await client.query(`
        do $$ begin
          create role ${quoteIdent(role)} login password ${password};
        exception when duplicate_object or unique_violation then
          alter role ${quoteIdent(role)} login password ${password};
        end $$`);
    }
    await client.query(`select pg_advisory_unlock(hashtext('coordination-hub.roles'))`);
  };
  // A server that refuses connections to `postgres` (some managed services) does it in place.
  await withClient(withDatabase(adminUrl, 'postgres'), ensureRoles).catch(() =>
    withClient(adminUrl, ensureRoles),
  );
  await withClient(adminUrl, async (client) => {
    const database = (await client.query<{ db: string }>('select current_database() as db')).rows[0]
      .db;
    for (const owner of [...SUBGRAPH_NAMES, 'gateway'] as const) {
      const role = roleName(owner);
      await client.query(
        `grant connect on database ${quoteIdent(database)} to ${quoteIdent(role)}`,
      );
      if (owner === 'gateway') {
        continue;
      }
      await client.query(
        `create schema if not exists ${quoteIdent(owner)} authorization ${quoteIdent(role)}`,
      );
      await client.query(
        `alter role ${quoteIdent(role)} in database ${quoteIdent(database)} set search_path = ${quoteIdent(owner)}`,
      );
    }
    await client.query(`revoke create on schema public from public`);
    await client.query(`create schema if not exists ${HUB_SCHEMA}`);
    for (const subgraph of SUBGRAPH_NAMES) {
      await client.query(
        `grant usage on schema ${HUB_SCHEMA} to ${quoteIdent(roleName(subgraph))}`,
      );
    }
    await migrateHubSchema(client);
    // The gateway serves subscriptions from the event log: it reads events and nothing else.
    await client.query(`grant usage on schema ${HUB_SCHEMA} to ${quoteIdent(roleName('gateway'))}`);
    await client.query(
      `grant select, delete on ${HUB_SCHEMA}.event to ${quoteIdent(roleName('gateway'))}`,
    );
    await client.query(
      `grant select, update on ${HUB_SCHEMA}.event_retention to ${quoteIdent(roleName('gateway'))}`,
    );
    // Rate limits and cost budgets, counted by every gateway replica in one table.
    await client.query(
      `grant select, insert, update, delete on ${HUB_SCHEMA}.rate_limit to ${quoteIdent(roleName('gateway'))}`,
    );
    for (const statement of hubGrants({
      cases: roleName('cases'),
      others: SUBGRAPH_NAMES.filter((name) => name !== 'cases' && name !== 'statistics').map(
        roleName,
      ),
      statistics: roleName('statistics'),
      partners: roleName('partners'),
      services: roleName('services'),
    })) {
      await client.query(statement);
    }
  });
}

/** Applies the hub schema's pending migrations in one transaction, under a lock. */
async function migrateHubSchema(client: pg.Client): Promise<void> {
  await client.query('begin');
  try {
    await client.query(`select pg_advisory_xact_lock(hashtext('hub.schema_migration'))`);
    await client.query(
      `create table if not exists ${HUB_SCHEMA}.schema_migration (name text primary key, applied_at timestamptz not null default now())`,
    );
    const done = new Set(
      (
        await client.query<{ name: string }>(`select name from ${HUB_SCHEMA}.schema_migration`)
      ).rows.map((row) => row.name),
    );
    for (const migration of HUB_MIGRATIONS) {
      if (!done.has(migration.name)) {
        await client.query(migration.sql);
        await client.query(`insert into ${HUB_SCHEMA}.schema_migration (name) values ($1)`, [
          migration.name,
        ]);
      }
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
