import { Migration } from '@mikro-orm/migrations';

export class Migration20261122045939 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "services"."service" ("id" uuid not null, "type" text check ("type" in ('LEGAL_AID', 'LEGAL_REPRESENTATION', 'PSYCHOLOGICAL_COUNSELLING', 'PSYCHOTHERAPY', 'MEDICAL', 'SHELTER', 'ESCORT', 'INTERPRETATION', 'TRANSPORT', 'REPATRIATION', 'REINTEGRATION', 'EDUCATION', 'EMPLOYMENT', 'FINANCIAL_HELP', 'DOCUMENTS', 'GUARDIANSHIP', 'HOTLINE')) not null, "name" text not null, "description" text null, "provider_code" text not null, "eligibility" jsonb not null, "regions" text[] not null, "languages" text[] not null, "capacity" int null, "free" boolean not null default true, "required_categories" text[] not null, "created_at" timestamptz not null, constraint "service_pkey" primary key ("id"));`);
    this.addSql(`create index "service_provider_code_index" on "services"."service" ("provider_code");`);

    this.addSql(`create table "services"."referral" ("id" uuid not null, "case_id" uuid not null, "service_id" uuid not null, "provider_code" text not null, "plan_item_id" uuid null, "status" text check ("status" in ('SENT', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN')) not null default 'SENT', "note" text null, "decline_reason" text null, "withdraw_reason" text null, "notes" jsonb not null, "created_by" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "referral_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_case_id_index" on "services"."referral" ("case_id");`);
    this.addSql(`create index "referral_provider_code_index" on "services"."referral" ("provider_code");`);

    this.addSql(`alter table "services"."referral" add constraint "referral_service_id_foreign" foreign key ("service_id") references "services"."service" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "services"."referral" drop constraint "referral_service_id_foreign";`);

    this.addSql(`drop table if exists "services"."service" cascade;`);

    this.addSql(`drop table if exists "services"."referral" cascade;`);

  }

}
