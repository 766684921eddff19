import { Migration } from '@mikro-orm/migrations';

export class Migration20261122042359 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "partners"."partner" ("id" uuid not null, "code" text not null, "name" text not null, "agency_type" text check ("agency_type" in ('CENTRE', 'POLICE', 'PROSECUTION', 'COURT', 'SOCIAL_WORK_CENTRE', 'NGO', 'HEALTH', 'EDUCATION', 'LABOUR_INSPECTION', 'INTERNATIONAL_ORGANISATION', 'EMBASSY', 'LOCAL_TEAM', 'GOVERNMENT')) not null, "municipality" text not null, "contacts" jsonb not null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "partner_pkey" primary key ("id"));`);
    this.addSql(`alter table "partners"."partner" add constraint "partner_code_unique" unique ("code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partners"."partner" cascade;`);
  }

}
