import { Migration } from '@mikro-orm/migrations';

export class Migration20261122042404 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "legal"."proceeding" ("id" uuid not null, "case_id" uuid not null, "kind" text check ("kind" in ('CRIMINAL', 'MISDEMEANOUR', 'CIVIL_COMPENSATION')) not null, "stage" text check ("stage" in ('PRE_INVESTIGATION', 'INVESTIGATION', 'INDICTMENT', 'TRIAL', 'FIRST_INSTANCE_JUDGMENT', 'APPEAL', 'FINAL', 'DISCONTINUED')) not null, "charges" text[] not null, "file_number" text null, "victim_role" text check ("victim_role" in ('INJURED_PARTY', 'WITNESS', 'INJURED_PARTY_AND_WITNESS')) not null, "court_id" uuid null, "prosecution_id" uuid null, "started_on" date null, "created_at" timestamptz not null, constraint "proceeding_pkey" primary key ("id"));`);
    this.addSql(`create index "proceeding_case_id_index" on "legal"."proceeding" ("case_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "legal"."proceeding" cascade;`);
  }

}
