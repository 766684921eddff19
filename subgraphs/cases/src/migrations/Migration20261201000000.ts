import { Migration } from '@mikro-orm/migrations';

/**
 * Read-only views for the statistics subgraph (role hub_statistics). They expose only what the
 * figures and the HTCDS/CTDC export need — months instead of timestamps, an age instead of a date
 * of birth, no names, contacts or addresses — and only cases whose person agreed to be counted
 * (statistics_consent). Views run with their owner's rights, so the statistics role reads these
 * and nothing else of this schema.
 */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create view "cases"."statistics_case" as
      select c.id as case_id,
             date_trunc('month', c.opened_at at time zone 'Europe/Belgrade')::date as opened_month,
             c.status, c.person_municipality as municipality
        from "cases"."case" c
       where c.statistics_consent;`);
    this.addSql(`create view "cases"."statistics_report" as
      select r.case_id,
             date_trunc('month', r.received_at at time zone 'Europe/Belgrade')::date as received_month,
             r.channel, r.reporting_partner_code
        from "cases"."report" r
        join "cases"."case" c on c.id = r.case_id
       where c.statistics_consent;`);
    // One row per identified victim: the case's first IDENTIFIED decision.
    this.addSql(`create view "cases"."statistics_victim" as
      select c.id as case_id,
             date_trunc('month', i.decided_on)::date as identified_month,
             c.person_sex as sex, c.person_citizenship as citizenship,
             c.person_municipality as municipality,
             case when c.person_date_of_birth is null then null
                  else extract(year from age(i.decided_on, c.person_date_of_birth))::int end as age_years,
             i.child, i.exploitation_types, i.scope, i.recruitment_method,
             i.recruitment_recruiter_relation as recruiter_relation,
             (select p.indicators from "cases"."preliminary_identification" p
               where p.case_id = c.id order by p.assessed_on desc, p.recorded_at desc limit 1)
               as means_of_control,
             (select r.channel from "cases"."report" r
               where r.case_id = c.id order by r.received_at, r.id limit 1) as referral_channel
        from "cases"."case" c
        join lateral (
          select * from "cases"."identification" x
           where x.case_id = c.id and x.decision = 'IDENTIFIED'
           order by x.decided_on, x.recorded_at limit 1) i on true
       where c.statistics_consent;`);
    this.addSql(`create view "cases"."statistics_plan_item" as
      select p.case_id,
             date_trunc('month', p.created_at at time zone 'Europe/Belgrade')::date as created_month,
             p.service_type, p.status
        from "cases"."plan_item" p
        join "cases"."case" c on c.id = p.case_id
       where c.statistics_consent;`);
    this.addSql(`create view "cases"."statistics_stay" as
      select a.case_id, a.kind, a.phase, a.from_on, a.to_on
        from "cases"."accommodation" a
        join "cases"."case" c on c.id = a.case_id
       where c.statistics_consent;`);
    this.addSql(`create view "cases"."statistics_return" as
      select v.case_id, v.status,
             date_trunc('month', coalesce(v.returned_on::timestamptz, v.created_at) at time zone 'Europe/Belgrade')::date as month
        from "cases"."voluntary_return" v
        join "cases"."case" c on c.id = v.case_id
       where c.statistics_consent;`);
    this.addSql(`create view "cases"."statistics_residence" as
      select h.case_id, h.status, date_trunc('month', h.applied_on)::date as applied_month
        from "cases"."humanitarian_residence" h
        join "cases"."case" c on c.id = h.case_id
       where c.statistics_consent;`);
    this.addSql(`grant usage on schema "cases" to "hub_statistics";`);
    this.addSql(`grant select on "cases"."statistics_case", "cases"."statistics_report",
      "cases"."statistics_victim", "cases"."statistics_plan_item", "cases"."statistics_stay",
      "cases"."statistics_return", "cases"."statistics_residence" to "hub_statistics";`);
  }

  override async down(): Promise<void> {
    for (const view of ['case', 'report', 'victim', 'plan_item', 'stay', 'return', 'residence']) {
      this.addSql(`drop view if exists "cases"."statistics_${view}";`);
    }
  }
}
