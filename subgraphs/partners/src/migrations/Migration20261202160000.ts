import { Migration } from '@mikro-orm/migrations';

/**
 * Publishes the directory's codes to `hub.partner_directory`, the list every subgraph checks a
 * partner reference against: a trigger keeps it in the same transaction as any change of a
 * partner (the seed's, a migration's, a future mutation's), and the rows there now are copied.
 */
export class Migration20261202160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "partners"."publish_partner"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' or (tg_op = 'UPDATE' and old.code <> new.code) then
          delete from hub.partner_directory where code = old.code;
        end if;
        if tg_op <> 'DELETE' then
          insert into hub.partner_directory (code, active) values (new.code, new.active)
            on conflict (code) do update set active = excluded.active;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "publish_partner" after insert or update of "code", "active" or delete
      on "partners"."partner" for each row execute function "partners"."publish_partner"();`);
    this.addSql(`insert into hub.partner_directory (code, active)
      select code, active from "partners"."partner"
      on conflict (code) do update set active = excluded.active;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "publish_partner" on "partners"."partner";`);
    this.addSql(`drop function if exists "partners"."publish_partner"();`);
    this.addSql(`delete from hub.partner_directory;`);
  }
}
