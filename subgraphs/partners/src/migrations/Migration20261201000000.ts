import { Migration } from '@mikro-orm/migrations';

/** The directory's codes and agency types, for counting reports by kind of reporting partner. */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create view "partners"."statistics_partner" as
      select p.code, p.agency_type from "partners"."partner" p;`);
    this.addSql(`grant usage on schema "partners" to "hub_statistics";`);
    this.addSql(`grant select on "partners"."statistics_partner" to "hub_statistics";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "partners"."statistics_partner";`);
  }
}
