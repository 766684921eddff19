import { Migration } from '@mikro-orm/migrations';

export class Migration20261122070806 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "services"."service" add column "active" boolean not null default true, add column "updated_at" timestamptz null;`);
    // Existing services were last changed when they were made.
    this.addSql(`update "services"."service" set "updated_at" = "created_at";`);
    this.addSql(`alter table "services"."service" alter column "updated_at" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "services"."service" drop column "active", drop column "updated_at";`);
  }

}
