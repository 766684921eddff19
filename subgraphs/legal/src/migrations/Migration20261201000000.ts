import { Migration } from '@mikro-orm/migrations';

/**
 * Read-only views for the statistics subgraph (role hub_statistics): proceedings by kind and
 * stage, hearings' protective measures, compensation claimed and paid. No file numbers, courts,
 * names or notes. Statistics consent lives in the cases subgraph: the statistics subgraph counts
 * these only through `cases.statistics_case`.
 */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create view "legal"."statistics_proceeding" as
      select p.case_id, p.kind, p.stage,
             date_trunc('month', coalesce(p.started_on::timestamptz, p.created_at) at time zone 'Europe/Belgrade')::date as month
        from "legal"."proceeding" p;`);
    this.addSql(`create view "legal"."statistics_hearing" as
      select h.case_id,
             date_trunc('month', h.scheduled_at at time zone 'Europe/Belgrade')::date as month,
             h.protective_measures
        from "legal"."hearing" h;`);
    this.addSql(`create view "legal"."statistics_compensation" as
      select c.case_id, c.status, c.currency, c.amount_claimed, c.amount_paid,
             date_trunc('month', c.filed_on)::date as filed_month
        from "legal"."compensation_claim" c;`);
    this.addSql(`grant usage on schema "legal" to "hub_statistics";`);
    this.addSql(`grant select on "legal"."statistics_proceeding", "legal"."statistics_hearing",
      "legal"."statistics_compensation" to "hub_statistics";`);
  }

  override async down(): Promise<void> {
    for (const view of ['proceeding', 'hearing', 'compensation']) {
      this.addSql(`drop view if exists "legal"."statistics_${view}";`);
    }
  }
}
