import { Migration } from '@mikro-orm/migrations';

export class Migration20261122052219 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "legal"."proceeding" ("id" uuid not null, "case_id" uuid not null, "kind" text check ("kind" in ('CRIMINAL', 'MISDEMEANOUR', 'CIVIL_COMPENSATION')) not null, "stage" text check ("stage" in ('PRE_INVESTIGATION', 'INVESTIGATION', 'INDICTMENT', 'TRIAL', 'FIRST_INSTANCE_JUDGMENT', 'APPEAL', 'FINAL', 'DISCONTINUED')) not null, "charges" text[] not null, "file_number" text null, "victim_role" text check ("victim_role" in ('INJURED_PARTY', 'WITNESS', 'INJURED_PARTY_AND_WITNESS')) not null, "court_id" uuid null, "prosecution_id" uuid null, "started_on" date null, "created_at" timestamptz not null, constraint "proceeding_pkey" primary key ("id"));`);
    this.addSql(`create index "proceeding_case_id_index" on "legal"."proceeding" ("case_id");`);

    this.addSql(`create table "legal"."hearing" ("id" uuid not null, "proceeding_id" uuid not null, "case_id" uuid not null, "scheduled_at" timestamptz not null, "purpose" text not null, "support_needed" text[] not null, "protective_measures" text[] not null, "interpreter_language" text null, "outcome" text null, "created_at" timestamptz not null, constraint "hearing_pkey" primary key ("id"));`);
    this.addSql(`create index "hearing_case_id_index" on "legal"."hearing" ("case_id");`);
    this.addSql(`create index "hearing_scheduled_at_index" on "legal"."hearing" ("scheduled_at");`);

    this.addSql(`alter table "legal"."hearing" add constraint "hearing_proceeding_id_foreign" foreign key ("proceeding_id") references "legal"."proceeding" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "legal"."hearing" drop constraint "hearing_proceeding_id_foreign";`);

    this.addSql(`drop table if exists "legal"."proceeding" cascade;`);

    this.addSql(`drop table if exists "legal"."hearing" cascade;`);

  }

}
