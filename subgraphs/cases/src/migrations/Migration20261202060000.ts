import { Migration } from '@mikro-orm/migrations';

/**
 * The person's e-mail and contact person (CONTACT); why the hub ended a stay (closing a case
 * ends it); and a count of current stays per provider, granted to the services subgraph so a
 * shelter's free places count the people placed there. The view holds counts only: no case id,
 * no person, no dates.
 */
export class Migration20261202060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "cases"."case" add column "person_email" text null,
      add column "person_contact_person" text null;`);
    this.addSql(`alter table "cases"."accommodation" add column "end_reason" text null;`);
    this.addSql(`create table "cases"."case_worker_assignment" (
      "id" uuid not null primary key,
      "case_id" uuid not null,
      "case_worker_name" text not null, "previous_case_worker_name" text null,
      "assigned_by" text not null, "assigned_at" timestamptz not null);`);
    this.addSql(`alter table "cases"."case_worker_assignment"
      add constraint "case_worker_assignment_case_id_foreign" foreign key ("case_id")
      references "cases"."case" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "case_worker_assignment_case_id_index"
      on "cases"."case_worker_assignment" ("case_id");`);
    this.addSql(`create view "cases"."provider_occupancy" as
      select a.provider_code, count(*)::int as occupied
        from "cases"."accommodation" a
        join "cases"."case" c on c.id = a.case_id
       where a.to_on is null and c.status <> 'CLOSED'
       group by a.provider_code;`);
    this.addSql(`grant usage on schema "cases" to "hub_services";`);
    this.addSql(`grant select on "cases"."provider_occupancy" to "hub_services";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cases"."case_worker_assignment";`);
    this.addSql(`drop view if exists "cases"."provider_occupancy";`);
    this.addSql(`alter table "cases"."accommodation" drop column "end_reason";`);
    this.addSql(`alter table "cases"."case" drop column "person_email",
      drop column "person_contact_person";`);
  }
}
