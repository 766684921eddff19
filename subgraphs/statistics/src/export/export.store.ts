import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { QiRecord } from './k-anonymity';
import type { SensitiveFacts } from './dictionary';

/** A raw connection of the ORM's pool (node-postgres), for a transaction with a cursor. */
interface RawClient {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

type VictimRow = {
  sex: string | null;
  age_years: number | null;
  child: boolean | null;
  citizenship: string | null;
  exploitation_types: string[] | null;
  scope: string | null;
  year: number;
  means_of_control: string[] | null;
  recruiter_relation: string | null;
  recruitment_method: string | null;
  referral_channel: string | null;
};

const WHERE = `v.identified_month >= make_date($1::int, 1, 1) and v.identified_month < make_date($2::int + 1, 1, 1)`;
// Age is read already banded (each band's first year stands for it), so the class sizes are
// bounded by the combinations of the export's values, however many victims there are.
const QI_COLUMNS = `v.sex,
  case when v.age_years is null then null when v.age_years <= 8 then 0 when v.age_years <= 17 then 9
       when v.age_years <= 20 then 18 when v.age_years <= 23 then 21 when v.age_years <= 26 then 24
       when v.age_years <= 29 then 27 when v.age_years <= 38 then 30 when v.age_years <= 47 then 39
       else 48 end as age_years,
  v.child, v.citizenship,
  (select coalesce(array_agg(t order by t), '{}') from unnest(v.exploitation_types) t) as exploitation_types,
  v.scope, extract(year from v.identified_month)::int as year`;

export const toQi = (row: VictimRow): QiRecord => ({
  sex: row.sex,
  ageYears: row.age_years === null ? null : Number(row.age_years),
  child: row.child,
  citizenship: row.citizenship,
  exploitationTypes: row.exploitation_types ?? [],
  scope: row.scope,
  year: Number(row.year),
});

export const toSensitive = (row: VictimRow): SensitiveFacts => ({
  meansOfControl: row.means_of_control ?? [],
  recruiterRelation: row.recruiter_relation,
  recruitmentMethod: row.recruitment_method,
  referralChannel: row.referral_channel,
});

/**
 * One export, in one read-only REPEATABLE READ transaction so both passes see the same facts:
 * first the quasi-identifier combinations with their counts (small: bounded by the combinations,
 * not the rows), then the rows through a cursor, a batch at a time, in an order that says
 * nothing about when cases were recorded.
 */
export class ExportReader {
  private constructor(
    private readonly orm: MikroORM,
    private readonly client: RawClient,
  ) {}

  static async open(orm: MikroORM): Promise<ExportReader> {
    const knex = orm.em.getConnection().getKnex();
    const client = (await knex.client.acquireConnection()) as RawClient;
    const reader = new ExportReader(orm, client);
    try {
      await client.query('begin isolation level repeatable read read only');
    } catch (error) {
      await reader.close();
      throw error;
    }
    return reader;
  }

  async groups(fromYear: number, toYear: number): Promise<{ record: QiRecord; count: number }[]> {
    const { rows } = await this.client.query<VictimRow & { n: number }>(
      `select ${QI_COLUMNS}, count(*)::int as n from cases.statistics_victim v where ${WHERE}
        group by 1, 2, 3, 4, 5, 6, 7`,
      [fromYear, toYear],
    );
    return rows.map((row) => ({ record: toQi(row), count: Number(row.n) }));
  }

  async *rows(fromYear: number, toYear: number, batch = 1000): AsyncGenerator<VictimRow[]> {
    await this.client.query(
      `declare export_rows no scroll cursor for
         select ${QI_COLUMNS}, v.means_of_control, v.recruiter_relation, v.recruitment_method,
                v.referral_channel
           from cases.statistics_victim v where ${WHERE}
          order by md5(v.case_id::text || $3)`,
      [fromYear, toYear, randomBytes(16).toString('hex')],
    );
    for (;;) {
      const { rows } = await this.client.query<VictimRow>(`fetch ${batch} from export_rows`);
      if (rows.length === 0) {
        return;
      }
      yield rows;
    }
  }

  async close(): Promise<void> {
    const knex = this.orm.em.getConnection().getKnex();
    try {
      await this.client.query('rollback');
    } finally {
      await knex.client.releaseConnection(this.client);
    }
  }
}
