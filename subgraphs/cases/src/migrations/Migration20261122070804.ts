import { Migration } from '@mikro-orm/migrations';

export class Migration20261122070804 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "cases"."case" add column "person_languages" text[] null, add column "person_municipality" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cases"."case" drop column "person_languages", drop column "person_municipality";`);
  }

}
