// Existence by timing: can a partner tell a case that exists but is hidden from it from one that
// does not exist, by how long the answer takes? Hidden and missing lookups (`caseByCode`,
// `case(id)`) are sent in random interleaved order through the gateway; the two latency
// distributions are compared with a Mann–Whitney U test and their interquartile ranges.
import { randomInt, randomUUID } from 'node:crypto';
import pg from 'pg';

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 for erf). */
function phi(z) {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Two-sided Mann–Whitney U test (normal approximation, mid-ranks for ties). */
export function mannWhitney(a, b) {
  const all = [...a.map((v) => [v, 0]), ...b.map((v) => [v, 1])].sort((x, y) => x[0] - y[0]);
  const ranks = new Array(all.length);
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j + 1 < all.length && all[j + 1][0] === all[i][0]) {
      j += 1;
    }
    for (let k = i; k <= j; k += 1) {
      ranks[k] = (i + j) / 2 + 1;
    }
    i = j + 1;
  }
  const rankA = all.reduce((sum, [, group], i) => sum + (group === 0 ? ranks[i] : 0), 0);
  const n1 = a.length;
  const n2 = b.length;
  const u = rankA - (n1 * (n1 + 1)) / 2;
  const z = (u - (n1 * n2) / 2) / Math.sqrt((n1 * n2 * (n1 + n2 + 1)) / 12);
  // Common-language effect size: the chance a hidden lookup is slower than a missing one.
  return { u, z, p: 2 * (1 - phi(Math.abs(z))), slower: u / (n1 * n2) };
}

const summary = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  return { p25: quantile(sorted, 0.25), p50: quantile(sorted, 0.5), p75: quantile(sorted, 0.75) };
};

/** Runs the comparison on a started hub; `samples` lookups of each kind per query. */
export async function existenceByTiming(hub, db, { samples = 400 } = {}) {
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  let hidden;
  try {
    // A case the partner holds no grant for, of any state: it exists, and atina may not know it.
    const { rows } = await admin.query(
      `select id, code from cases."case" c where not exists (
         select 1 from hub.consent_grant g where g.case_id = c.id and g.grantee_code = 'atina')
       order by code limit 1`,
    );
    hidden = rows[0];
  } finally {
    await admin.end();
  }
  const token = await hub.tokenFor('bench-prober', 'atina', ['MEMBER']);
  const year = hidden.code.split('-')[1];
  const lookups = {
    caseByCode: {
      query: 'query ($code: String!) { caseByCode(code: $code) { id } }',
      hidden: () => ({ code: hidden.code }),
      missing: () => ({ code: `C-${year}-${90000 + randomInt(9999)}` }),
    },
    'case(id)': {
      query: 'query ($id: ID!) { case(id: $id) { id } }',
      hidden: () => ({ id: hidden.id }),
      missing: () => ({ id: randomUUID() }),
    },
  };
  const time = async (query, variables) => {
    const started = performance.now();
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    const elapsed = performance.now() - started;
    const value = body.data && Object.values(body.data)[0];
    if (response.status !== 200 || body.errors || value !== null) {
      throw new Error(`lookup answered ${response.status} ${JSON.stringify(body)}`);
    }
    return elapsed;
  };
  console.log(
    `existence by timing: partner atina, ${samples} hidden and ${samples} missing lookups each, random interleaved order, one at a time`,
  );
  console.log(
    '| lookup | hidden p25/p50/p75 | missing p25/p50/p75 | IQRs overlap | Mann–Whitney | told apart (p < 0.01)? |',
  );
  for (const [name, lookup] of Object.entries(lookups)) {
    // Warm-up: plans and connections.
    for (let i = 0; i < 30; i += 1) {
      await time(lookup.query, lookup.hidden());
      await time(lookup.query, lookup.missing());
    }
    const order = [...Array(samples).fill('hidden'), ...Array(samples).fill('missing')];
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = randomInt(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const times = { hidden: [], missing: [] };
    for (const kind of order) {
      times[kind].push(await time(lookup.query, lookup[kind]()));
    }
    const h = summary(times.hidden);
    const m = summary(times.missing);
    const overlap = h.p25 <= m.p75 && m.p25 <= h.p75;
    const test = mannWhitney(times.hidden, times.missing);
    const f = (s) => `${s.p25.toFixed(2)}/${s.p50.toFixed(2)}/${s.p75.toFixed(2)} ms`;
    console.log(
      `| ${name} | ${f(h)} | ${f(m)} | ${overlap ? 'yes' : 'no'} | z = ${test.z.toFixed(2)}, p = ${test.p.toFixed(3)}, P(hidden slower) = ${test.slower.toFixed(2)} | ${test.p < 0.01 ? 'yes' : 'no'} |`,
    );
  }
}
