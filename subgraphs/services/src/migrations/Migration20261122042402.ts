import { Migration } from '@mikro-orm/migrations';

export class Migration20261122042402 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "services"."service" ("id" uuid not null, "type" text check ("type" in ('LEGAL_AID', 'LEGAL_REPRESENTATION', 'PSYCHOLOGICAL_COUNSELLING', 'PSYCHOTHERAPY', 'MEDICAL', 'SHELTER', 'ESCORT', 'INTERPRETATION', 'TRANSPORT', 'REPATRIATION', 'REINTEGRATION', 'EDUCATION', 'EMPLOYMENT', 'FINANCIAL_HELP', 'DOCUMENTS', 'GUARDIANSHIP', 'HOTLINE')) not null, "name" text not null, "description" text null, "provider_id" uuid not null, "eligibility" jsonb not null, "regions" text[] not null, "languages" text[] not null, "capacity" int null, "free" boolean not null default true, "required_categories" text[] not null, "created_at" timestamptz not null, constraint "service_pkey" primary key ("id"));`);
    this.addSql(`create index "service_provider_id_index" on "services"."service" ("provider_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "services"."service" cascade;`);
  }

}
