import { Migration } from '@mikro-orm/migrations';

export class Migration20261122044612 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cases"."case" ("id" uuid not null, "code" text not null, "status" text check ("status" in ('REPORTED', 'IN_IDENTIFICATION', 'IDENTIFIED', 'NOT_IDENTIFIED', 'IN_SUPPORT', 'CLOSED')) not null default 'REPORTED', "opened_at" timestamptz not null, "person_given_name" text null, "person_family_name" text null, "person_date_of_birth" date null, "person_sex" text check ("person_sex" in ('FEMALE', 'MALE', 'OTHER')) null, "person_citizenship" text null, "person_phone" text null, "person_address" text null, "case_worker_name" text not null, "case_worker_work_email" text null, "case_worker_work_phone" text null, "synthetic" boolean not null default false, "statistics_consent" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "case_pkey" primary key ("id"));`);
    this.addSql(`alter table "cases"."case" add constraint "case_code_unique" unique ("code");`);

    this.addSql(`create table "cases"."report" ("id" uuid not null, "case_id" uuid not null, "channel" text check ("channel" in ('POLICE', 'HOTLINE', 'SOCIAL_WORK_CENTRE', 'NGO', 'CITIZEN', 'SELF', 'ABROAD', 'OTHER')) not null, "reporting_partner_code" text null, "received_at" timestamptz not null, "created_at" timestamptz not null, constraint "report_pkey" primary key ("id"));`);
    this.addSql(`create index "report_case_id_index" on "cases"."report" ("case_id");`);

    this.addSql(`alter table "cases"."report" add constraint "report_case_id_foreign" foreign key ("case_id") references "cases"."case" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cases"."report" drop constraint "report_case_id_foreign";`);

    this.addSql(`drop table if exists "cases"."case" cascade;`);

    this.addSql(`drop table if exists "cases"."report" cascade;`);

  }

}
