import { Migration } from '@mikro-orm/migrations';

export class Migration20261122071217 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "partners"."member" ("id" uuid not null, "partner_id" uuid not null, "name" text not null, "position" text not null, "work_email" text null, "work_phone" text null, "active" boolean not null default true, "created_at" timestamptz not null, "deactivated_at" timestamptz null, constraint "member_pkey" primary key ("id"));`);
    this.addSql(`create index "member_partner_id_index" on "partners"."member" ("partner_id");`);

    this.addSql(`create table "partners"."local_team" ("id" uuid not null, "name" text not null, "municipality" text not null, "coordinator_id" uuid not null, "created_at" timestamptz not null, constraint "local_team_pkey" primary key ("id"));`);
    this.addSql(`alter table "partners"."local_team" add constraint "local_team_municipality_unique" unique ("municipality");`);
    this.addSql(`create index "local_team_coordinator_id_index" on "partners"."local_team" ("coordinator_id");`);

    this.addSql(`create table "partners"."local_team_member" ("id" uuid not null, "team_id" uuid not null, "partner_id" uuid not null, "added_at" timestamptz not null, constraint "local_team_member_pkey" primary key ("id"));`);
    this.addSql(`create index "local_team_member_partner_id_index" on "partners"."local_team_member" ("partner_id");`);
    this.addSql(`alter table "partners"."local_team_member" add constraint "local_team_member_team_id_partner_id_unique" unique ("team_id", "partner_id");`);

    this.addSql(`create table "partners"."cooperation_agreement" ("id" uuid not null, "partner_id" uuid not null, "counterpart_id" uuid not null, "title" text not null, "signed_on" date not null, "valid_until" date null, "reference" text null, "terminated_on" date null, "termination_reason" text null, "recorded_by" text not null, "created_at" timestamptz not null, constraint "cooperation_agreement_pkey" primary key ("id"));`);
    this.addSql(`create index "cooperation_agreement_partner_id_index" on "partners"."cooperation_agreement" ("partner_id");`);
    this.addSql(`create index "cooperation_agreement_counterpart_id_index" on "partners"."cooperation_agreement" ("counterpart_id");`);

    this.addSql(`alter table "partners"."member" add constraint "member_partner_id_foreign" foreign key ("partner_id") references "partners"."partner" ("id") on update cascade;`);

    this.addSql(`alter table "partners"."local_team" add constraint "local_team_coordinator_id_foreign" foreign key ("coordinator_id") references "partners"."partner" ("id") on update cascade;`);

    this.addSql(`alter table "partners"."local_team_member" add constraint "local_team_member_team_id_foreign" foreign key ("team_id") references "partners"."local_team" ("id") on update cascade;`);
    this.addSql(`alter table "partners"."local_team_member" add constraint "local_team_member_partner_id_foreign" foreign key ("partner_id") references "partners"."partner" ("id") on update cascade;`);

    this.addSql(`alter table "partners"."cooperation_agreement" add constraint "cooperation_agreement_partner_id_foreign" foreign key ("partner_id") references "partners"."partner" ("id") on update cascade;`);
    this.addSql(`alter table "partners"."cooperation_agreement" add constraint "cooperation_agreement_counterpart_id_foreign" foreign key ("counterpart_id") references "partners"."partner" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "partners"."local_team_member" drop constraint "local_team_member_team_id_foreign";`);

    this.addSql(`drop table if exists "partners"."member" cascade;`);

    this.addSql(`drop table if exists "partners"."local_team" cascade;`);

    this.addSql(`drop table if exists "partners"."local_team_member" cascade;`);

    this.addSql(`drop table if exists "partners"."cooperation_agreement" cascade;`);
  }

}
