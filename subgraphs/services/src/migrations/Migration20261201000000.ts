import { Migration } from '@mikro-orm/migrations';

/**
 * A read-only view of referrals for the statistics subgraph (role hub_statistics): month, service
 * type and status. No notes, no reasons. It cannot see statistics consent (the cases subgraph
 * holds it): the statistics subgraph counts these only through `cases.statistics_case`.
 */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create view "services"."statistics_referral" as
      select r.case_id,
             date_trunc('month', r.created_at at time zone 'Europe/Belgrade')::date as created_month,
             s.type as service_type, r.status
        from "services"."referral" r
        join "services"."service" s on s.id = r.service_id;`);
    this.addSql(`grant usage on schema "services" to "hub_statistics";`);
    this.addSql(`grant select on "services"."statistics_referral" to "hub_statistics";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "services"."statistics_referral";`);
  }
}
