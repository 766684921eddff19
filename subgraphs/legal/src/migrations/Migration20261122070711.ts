import { Migration } from '@mikro-orm/migrations';

export class Migration20261122070711 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "legal"."compensation_claim" ("id" uuid not null, "case_id" uuid not null, "proceeding_id" uuid null, "forum" text check ("forum" in ('CRIMINAL_PROCEEDING', 'CIVIL_COURT', 'STATE_FUND', 'OTHER')) not null, "status" text check ("status" in ('FILED', 'GRANTED', 'PARTLY_GRANTED', 'REJECTED', 'WITHDRAWN', 'PAID')) not null default 'FILED', "currency" text not null, "amount_claimed" bigint not null, "amount_awarded" bigint null, "amount_paid" bigint null, "filed_on" date not null, "decided_on" date null, "decision_reference" text null, "paid_on" date null, "note" text null, "recorded_by" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "compensation_claim_pkey" primary key ("id"));`);
    this.addSql(`create index "compensation_claim_case_id_index" on "legal"."compensation_claim" ("case_id");`);

    this.addSql(`create table "legal"."representation" ("id" uuid not null, "case_id" uuid not null, "proceeding_id" uuid null, "lawyer_name" text not null, "partner_code" text not null, "started_on" date not null, "ended_on" date null, "power_of_attorney_on" date null, "end_reason" text null, "appointed_by" text not null, "created_at" timestamptz not null, constraint "representation_pkey" primary key ("id"));`);
    this.addSql(`create index "representation_case_id_index" on "legal"."representation" ("case_id");`);

    this.addSql(`alter table "legal"."compensation_claim" add constraint "compensation_claim_proceeding_id_foreign" foreign key ("proceeding_id") references "legal"."proceeding" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "legal"."representation" add constraint "representation_proceeding_id_foreign" foreign key ("proceeding_id") references "legal"."proceeding" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "legal"."compensation_claim" cascade;`);

    this.addSql(`drop table if exists "legal"."representation" cascade;`);
  }

}
