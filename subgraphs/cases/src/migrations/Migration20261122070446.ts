import { Migration } from '@mikro-orm/migrations';

export class Migration20261122070446 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cases"."assessment" ("id" uuid not null, "case_id" uuid not null, "version" int not null, "assessed_on" date not null, "assessed_by" text not null, "findings" jsonb not null, "recorded_at" timestamptz not null, constraint "assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "assessment_case_id_index" on "cases"."assessment" ("case_id");`);
    this.addSql(`alter table "cases"."assessment" add constraint "assessment_case_id_version_unique" unique ("case_id", "version");`);

    this.addSql(`create table "cases"."accommodation" ("id" uuid not null, "case_id" uuid not null, "provider_code" text not null, "kind" text check ("kind" in ('CENTRE_SHELTER', 'NGO_SHELTER', 'SOCIAL_CARE_INSTITUTION', 'FOSTER_CARE', 'OTHER')) not null, "phase" smallint null, "from_on" date not null, "to_on" date null, "created_by" text not null, "created_at" timestamptz not null, constraint "accommodation_pkey" primary key ("id"));`);
    this.addSql(`create index "accommodation_case_id_index" on "cases"."accommodation" ("case_id");`);
    this.addSql(`create index "accommodation_provider_code_index" on "cases"."accommodation" ("provider_code");`);

    this.addSql(`create table "cases"."humanitarian_residence" ("id" uuid not null, "case_id" uuid not null, "status" text check ("status" in ('APPLIED', 'GRANTED', 'REFUSED', 'EXPIRED')) not null default 'APPLIED', "applied_on" date not null, "decided_on" date null, "valid_until" date null, "created_at" timestamptz not null, constraint "humanitarian_residence_pkey" primary key ("id"));`);
    this.addSql(`create index "humanitarian_residence_case_id_index" on "cases"."humanitarian_residence" ("case_id");`);

    this.addSql(`create table "cases"."identification" ("id" uuid not null, "case_id" uuid not null, "decision" text check ("decision" in ('IDENTIFIED', 'PRESUMED', 'NOT_A_VICTIM')) not null, "decided_on" date not null, "decided_by" text not null, "finding" text not null, "exploitation_types" text[] not null, "scope" text check ("scope" in ('INTERNAL', 'TRANSNATIONAL')) null, "recruitment_method" text check ("recruitment_method" in ('JOB_OFFER', 'ROMANTIC_RELATIONSHIP', 'FAMILY_ARRANGEMENT', 'ONLINE', 'ABDUCTION', 'SOLD_BY_FAMILY', 'OTHER', 'UNKNOWN')) null, "recruitment_recruiter_relation" text check ("recruitment_recruiter_relation" in ('INTIMATE_PARTNER', 'FRIEND', 'FAMILY', 'OTHER', 'UNKNOWN')) null, "child" boolean null, "recorded_at" timestamptz not null, constraint "identification_pkey" primary key ("id"));`);
    this.addSql(`create index "identification_case_id_index" on "cases"."identification" ("case_id");`);

    this.addSql(`create table "cases"."preliminary_identification" ("id" uuid not null, "case_id" uuid not null, "indicators" text[] not null, "other_indicators" text null, "result" text check ("result" in ('INDICATORS_PRESENT', 'UNCLEAR', 'NO_INDICATORS')) not null, "assessed_on" date not null, "partner" text not null, "recorded_by" text not null, "recorded_at" timestamptz not null, constraint "preliminary_identification_pkey" primary key ("id"));`);
    this.addSql(`create index "preliminary_identification_case_id_index" on "cases"."preliminary_identification" ("case_id");`);

    this.addSql(`create table "cases"."protection_plan" ("id" uuid not null, "case_id" uuid not null, "version" int not null, "goals" text[] not null, "adopted_by" text not null, "created_at" timestamptz not null, "superseded_at" timestamptz null, constraint "protection_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "protection_plan_case_id_index" on "cases"."protection_plan" ("case_id");`);
    this.addSql(`alter table "cases"."protection_plan" add constraint "protection_plan_case_id_version_unique" unique ("case_id", "version");`);

    this.addSql(`create table "cases"."plan_item" ("id" uuid not null, "plan_id" uuid not null, "case_id" uuid not null, "description" text not null, "goal" text null, "service_type" text check ("service_type" in ('LEGAL_AID', 'LEGAL_REPRESENTATION', 'PSYCHOLOGICAL_COUNSELLING', 'PSYCHOTHERAPY', 'MEDICAL', 'SHELTER', 'ESCORT', 'INTERPRETATION', 'TRANSPORT', 'REPATRIATION', 'REINTEGRATION', 'EDUCATION', 'EMPLOYMENT', 'FINANCIAL_HELP', 'DOCUMENTS', 'GUARDIANSHIP', 'HOTLINE')) null, "service_id" uuid null, "responsible_partner_code" text not null, "due_on" date not null, "status" text check ("status" in ('PLANNED', 'REFERRED', 'IN_PROGRESS', 'DONE', 'CANCELLED')) not null default 'PLANNED', "status_changed_at" timestamptz not null, "referral_id" uuid null, "cancel_reason" text null, "source_entry_id" uuid null, "created_by" text not null, "created_at" timestamptz not null, constraint "plan_item_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_item_plan_id_index" on "cases"."plan_item" ("plan_id");`);
    this.addSql(`create index "plan_item_case_id_index" on "cases"."plan_item" ("case_id");`);
    this.addSql(`create index "plan_item_responsible_partner_code_index" on "cases"."plan_item" ("responsible_partner_code");`);
    this.addSql(`create index "plan_item_due_on_index" on "cases"."plan_item" ("due_on");`);
    this.addSql(`alter table "cases"."plan_item" add constraint "plan_item_source_entry_id_unique" unique ("source_entry_id");`);

    this.addSql(`create table "cases"."voluntary_return" ("id" uuid not null, "case_id" uuid not null, "destination_country" text not null, "partner_code" text not null, "status" text check ("status" in ('REQUESTED', 'IN_PREPARATION', 'COMPLETED', 'CANCELLED')) not null default 'REQUESTED', "planned_on" date null, "returned_on" date null, "created_at" timestamptz not null, constraint "voluntary_return_pkey" primary key ("id"));`);
    this.addSql(`create index "voluntary_return_case_id_index" on "cases"."voluntary_return" ("case_id");`);

    this.addSql(`alter table "cases"."assessment" add constraint "assessment_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."accommodation" add constraint "accommodation_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."humanitarian_residence" add constraint "humanitarian_residence_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."identification" add constraint "identification_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."preliminary_identification" add constraint "preliminary_identification_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."protection_plan" add constraint "protection_plan_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."plan_item" add constraint "plan_item_plan_id_foreign" foreign key ("plan_id") references "cases"."protection_plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."voluntary_return" add constraint "voluntary_return_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."case" add column "closed_at" timestamptz null, add column "closing_reason" text check ("closing_reason" in ('SUPPORT_COMPLETED', 'NOT_A_VICTIM', 'RETURNED_HOME', 'PERSON_DECLINED_SUPPORT', 'CONTACT_LOST', 'TRANSFERRED', 'DECEASED', 'OTHER')) null, add column "closing_note" text null;`);

    this.addSql(`alter table "cases"."report" add column "urgency" text check ("urgency" in ('IMMEDIATE', 'HIGH', 'NORMAL')) not null default 'NORMAL', add column "first_contact_due_at" timestamptz null, add column "first_contact_at" timestamptz null;`);
    // Reports received before this migration: first contact was due 24 hours after receipt.
    this.addSql(`update "cases"."report" set "first_contact_due_at" = "received_at" + interval '24 hours';`);
    this.addSql(`alter table "cases"."report" alter column "first_contact_due_at" set not null;`);
    // Case codes for newly reported cases: C-<year>-<number>.
    this.addSql(`create sequence "cases"."case_code_seq";`);
    this.addSql(`create index "report_first_contact_due_at_index" on "cases"."report" ("first_contact_due_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cases"."plan_item" drop constraint "plan_item_plan_id_foreign";`);

    this.addSql(`drop table if exists "cases"."assessment" cascade;`);

    this.addSql(`drop sequence if exists "cases"."case_code_seq";`);
    this.addSql(`drop table if exists "cases"."accommodation" cascade;`);

    this.addSql(`drop table if exists "cases"."humanitarian_residence" cascade;`);

    this.addSql(`drop table if exists "cases"."identification" cascade;`);

    this.addSql(`drop table if exists "cases"."preliminary_identification" cascade;`);

    this.addSql(`drop table if exists "cases"."protection_plan" cascade;`);

    this.addSql(`drop table if exists "cases"."plan_item" cascade;`);

    this.addSql(`drop table if exists "cases"."voluntary_return" cascade;`);

    this.addSql(`alter table "cases"."case" drop column "closed_at", drop column "closing_reason", drop column "closing_note";`);

    this.addSql(`drop index "cases"."report_first_contact_due_at_index";`);
    this.addSql(`alter table "cases"."report" drop column "urgency", drop column "first_contact_due_at", drop column "first_contact_at";`);
  }

}
