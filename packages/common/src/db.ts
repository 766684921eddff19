import { AsyncLocalStorage } from 'node:async_hooks';
import {
  MikroORM,
  type Constructor,
  type Options,
  type EntityManager,
} from '@mikro-orm/postgresql';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import type { Logger } from './logger';

export type { EntityManager };

type MigrationClass = Constructor<Migration>;

export interface OrmOptions {
  /** Connection URL with the subgraph's own role. */
  url: string;
  /** The PostgreSQL schema the subgraph owns. */
  schema: string;
  entities: Options['entities'];
  /** The subgraph's committed migrations, oldest first. */
  migrations: MigrationClass[];
  poolMax?: number;
  logger?: Logger;
}

/**
 * SQL statements counted per client request (the gateway's request id, which every subgraph
 * fetch of that request carries), so a test can prove that a query over many parents costs as
 * many statements as over one. Only the request's own statements count: background work (the
 * referral follower, retention) and the access log's group commit run outside any request scope.
 */
export const sqlStatements = {
  scope: new AsyncLocalStorage<{ requestId: string }>(),
  byRequest: new Map<string, number>(),
  of(requestId: string): number {
    return this.byRequest.get(requestId) ?? 0;
  },
};
const KEEP_REQUESTS = 1000;

function countStatement(): void {
  const requestId = sqlStatements.scope.getStore()?.requestId;
  if (!requestId) {
    return;
  }
  const { byRequest } = sqlStatements;
  byRequest.set(requestId, (byRequest.get(requestId) ?? 0) + 1);
  if (byRequest.size > KEEP_REQUESTS) {
    byRequest.delete(byRequest.keys().next().value!);
  }
}

export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: options.migrations.map((migration) => ({
        name: migration.name,
        class: migration,
      })),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    // The shared hub schema belongs to the bootstrap, never to a subgraph's migrations.
    schemaGenerator: { ignoreSchema: ['hub', 'public'] },
    pool: { min: 0, max: options.poolMax ?? 10 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    // Never let the ORM decide the schema at runtime: only committed migrations change it.
    ensureDatabase: false,
    // A subgraph that owns no tables (statistics reads other subgraphs' views) has no entities.
    discovery: { warnWhenNoEntities: (options.entities?.length ?? 0) > 0 },
    onQuery: (sql: string) => {
      countStatement();
      return sql;
    },
    logger: (message: string) => options.logger?.debug({ orm: true }, message),
  });
}

/** Applies the subgraph's pending committed migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

/** A cheap round trip used by readiness probes. */
export async function ping(orm: MikroORM): Promise<boolean> {
  try {
    await orm.em.fork().getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}
