import pg from 'pg';
import { generateSyntheticCases } from './synthetic/generate';
import { insertSyntheticCases } from './synthetic/insert';

/**
 * Generated cases for the statistics page of a development hub (`hub seed --statistics N`): the
 * demo data is a dozen cases, all of whose figures are "fewer than 11". Synthetic (codes SYN-…),
 * over the six years before this one; loaded once — nothing is added when SYN cases exist.
 */
export async function seedStatisticsCases(adminUrl: string, n: number): Promise<number> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ present: boolean }>(
      `select exists (select 1 from cases."case" where code like 'SYN-%') as present`,
    );
    if (rows[0]?.present) {
      return 0;
    }
  } finally {
    await client.end();
  }
  const year = new Date().getUTCFullYear() - 1;
  const cases = generateSyntheticCases({ n, fromYear: year - 5, toYear: year, seed: 7 });
  await insertSyntheticCases(adminUrl, cases, 7);
  return cases.length;
}
