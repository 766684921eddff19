import { Migration } from '@mikro-orm/migrations';
import { searchKeySql } from '@hub/common';

/**
 * The directory's search key, kept by PostgreSQL at every write (a stored generated column, so
 * the seed, a migration and any future mutation alike keep it, and adding it backfills every
 * row): the name and the code folded to plain lower-case Latin, so "astra", "ASTRA" and "астра"
 * find the same partner. The entity maps it lazily (never
 * written by the ORM, read only by the directory's search).
 */
export class Migration20261202150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "partners"."partner" add column "search_key" text generated always as (${searchKeySql(
        `"name" || ' ' || "code"`,
      )}) stored;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "partners"."partner" drop column if exists "search_key";`);
  }
}
