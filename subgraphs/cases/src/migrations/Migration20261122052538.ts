import { Migration } from '@mikro-orm/migrations';

export class Migration20261122052538 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cases"."case" ("id" uuid not null, "code" text not null, "status" text check ("status" in ('REPORTED', 'IN_IDENTIFICATION', 'IDENTIFIED', 'NOT_IDENTIFIED', 'IN_SUPPORT', 'CLOSED')) not null default 'REPORTED', "opened_at" timestamptz not null, "person_given_name" text null, "person_family_name" text null, "person_date_of_birth" date null, "person_sex" text check ("person_sex" in ('FEMALE', 'MALE', 'OTHER')) null, "person_citizenship" text null, "person_phone" text null, "person_address" text null, "case_worker_name" text not null, "case_worker_work_email" text null, "case_worker_work_phone" text null, "synthetic" boolean not null default false, "statistics_consent" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "case_pkey" primary key ("id"));`);
    this.addSql(`alter table "cases"."case" add constraint "case_code_unique" unique ("code");`);

    this.addSql(`create table "cases"."case_conference" ("id" uuid not null, "case_id" uuid not null, "scheduled_at" timestamptz not null, "status" text check ("status" in ('SCHEDULED', 'LIVE', 'CLOSED')) not null default 'SCHEDULED', "agenda" text[] not null, "participants" jsonb not null, "coordinator" text not null, "started_at" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null, constraint "case_conference_pkey" primary key ("id"));`);
    this.addSql(`create index "case_conference_case_id_index" on "cases"."case_conference" ("case_id");`);

    this.addSql(`create table "cases"."conference_entry" ("id" uuid not null, "conference_id" uuid not null, "case_id" uuid not null, "kind" text check ("kind" in ('MINUTE', 'DECISION', 'ACTION_ITEM')) not null, "text" text not null, "assignee" text null, "due_on" date null, "recorded_by" text not null, "recorded_at" timestamptz not null, constraint "conference_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "conference_entry_conference_id_index" on "cases"."conference_entry" ("conference_id");`);
    this.addSql(`create index "conference_entry_case_id_index" on "cases"."conference_entry" ("case_id");`);

    this.addSql(`create table "cases"."report" ("id" uuid not null, "case_id" uuid not null, "channel" text check ("channel" in ('POLICE', 'HOTLINE', 'SOCIAL_WORK_CENTRE', 'NGO', 'CITIZEN', 'SELF', 'ABROAD', 'OTHER')) not null, "reporting_partner_code" text null, "received_at" timestamptz not null, "created_at" timestamptz not null, constraint "report_pkey" primary key ("id"));`);
    this.addSql(`create index "report_case_id_index" on "cases"."report" ("case_id");`);

    this.addSql(`alter table "cases"."case_conference" add constraint "case_conference_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on update cascade;`);

    this.addSql(`alter table "cases"."conference_entry" add constraint "conference_entry_conference_id_foreign" foreign key ("conference_id") references "cases"."case_conference" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cases"."report" add constraint "report_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cases"."case_conference" drop constraint "case_conference_case_id_foreign";`);

    this.addSql(`alter table "cases"."report" drop constraint "report_case_id_foreign";`);

    this.addSql(`alter table "cases"."conference_entry" drop constraint "conference_entry_conference_id_foreign";`);

    this.addSql(`drop table if exists "cases"."case" cascade;`);

    this.addSql(`drop table if exists "cases"."case_conference" cascade;`);

    this.addSql(`drop table if exists "cases"."conference_entry" cascade;`);

    this.addSql(`drop table if exists "cases"."report" cascade;`);

  }

}
