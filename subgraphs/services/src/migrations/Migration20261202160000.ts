import { Migration } from '@mikro-orm/migrations';

/**
 * Publishes the catalogue's service ids to `hub.service_directory`, the list every subgraph
 * checks a service reference against: a trigger keeps it in the same transaction as any change
 * of a service, and the rows there now are copied.
 */
export class Migration20261202160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "services"."publish_service"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          delete from hub.service_directory where id = old.id;
          return null;
        end if;
        insert into hub.service_directory (id, provider_code, active)
          values (new.id, new.provider_code, new.active)
          on conflict (id) do update
            set provider_code = excluded.provider_code, active = excluded.active;
        return null;
      end $$;`);
    this.addSql(`create trigger "publish_service" after insert or update of "provider_code", "active" or delete
      on "services"."service" for each row execute function "services"."publish_service"();`);
    this.addSql(`insert into hub.service_directory (id, provider_code, active)
      select id, provider_code, active from "services"."service"
      on conflict (id) do update
        set provider_code = excluded.provider_code, active = excluded.active;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "publish_service" on "services"."service";`);
    this.addSql(`drop function if exists "services"."publish_service"();`);
    this.addSql(`delete from hub.service_directory;`);
  }
}
