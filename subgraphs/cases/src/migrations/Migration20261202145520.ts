import { Migration } from '@mikro-orm/migrations';

/**
 * Partner intake (partner_report: what a partner reported, as written, with its receipt) and a
 * living person record: identity documents, health needs, disabilities and family members on the
 * case, and person_change, the history of every corrected field with the value it replaced.
 */
export class Migration20261202145520 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cases"."person_change" ("id" uuid not null, "case_id" uuid not null, "field" text not null, "categories" text[] not null, "previous" jsonb null, "value" jsonb null, "changed_by" text not null, "changed_at" timestamptz not null, constraint "person_change_pkey" primary key ("id"));`);
    this.addSql(`create index "person_change_case_id_index" on "cases"."person_change" ("case_id");`);
    this.addSql(`create index "person_change_changed_at_index" on "cases"."person_change" ("changed_at");`);

    this.addSql(`create table "cases"."partner_report" ("id" uuid not null, "reference" text not null, "case_id" uuid not null, "report_id" uuid not null, "partner_code" text not null, "submitted_by" text not null, "channel" text check ("channel" in ('POLICE', 'HOTLINE', 'SOCIAL_WORK_CENTRE', 'NGO', 'CITIZEN', 'SELF', 'ABROAD', 'OTHER')) not null, "urgency" text check ("urgency" in ('IMMEDIATE', 'HIGH', 'NORMAL')) not null, "received_at" timestamptz not null, "first_contact_due_at" timestamptz not null, "given_name" text null, "family_name" text null, "date_of_birth" text null, "sex" text check ("sex" in ('FEMALE', 'MALE', 'OTHER')) null, "citizenship" text null, "phone" text null, "email" text null, "contact_person" text null, "municipality" text null, "address" text null, "account" text null, "indicators" text[] null, "other_indicators" text null, "checklist_result" text check ("checklist_result" in ('INDICATORS_PRESENT', 'UNCLEAR', 'NO_INDICATORS')) null, "checklist_assessed_on" text null, "submitted_at" timestamptz not null, constraint "partner_report_pkey" primary key ("id"));`);
    this.addSql(`alter table "cases"."partner_report" add constraint "partner_report_reference_unique" unique ("reference");`);
    this.addSql(`create index "partner_report_case_id_index" on "cases"."partner_report" ("case_id");`);
    this.addSql(`create index "partner_report_partner_code_index" on "cases"."partner_report" ("partner_code");`);
    this.addSql(`create index "partner_report_received_at_index" on "cases"."partner_report" ("received_at");`);

    this.addSql(`alter table "cases"."person_change" add constraint "person_change_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."partner_report" add constraint "partner_report_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cases"."partner_report" add constraint "partner_report_report_id_foreign" foreign key ("report_id") references "cases"."report" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."case" add column "person_identity_documents" jsonb null, add column "person_health_needs" jsonb null, add column "person_disabilities" jsonb null, add column "person_family_members" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cases"."person_change" cascade;`);

    this.addSql(`drop table if exists "cases"."partner_report" cascade;`);

    this.addSql(`alter table "cases"."case" drop column "person_identity_documents", drop column "person_health_needs", drop column "person_disabilities", drop column "person_family_members";`);
  }

}
