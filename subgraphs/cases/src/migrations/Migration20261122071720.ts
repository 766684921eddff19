import { Migration } from '@mikro-orm/migrations';

export class Migration20261122071720 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cases"."event_cursor" ("name" text not null, "last_id" bigint not null, constraint "event_cursor_pkey" primary key ("name"));`);
    this.addSql(`insert into "cases"."event_cursor" ("name", "last_id") values ('plan-items-from-referrals', 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cases"."event_cursor" cascade;`);
  }

}
