// The year's statistics and the HTCDS/CTDC export over generated cases: how long the figures
// take, and whether the export's memory stays flat as the rows grow (10,000 vs 100,000 cases).
import v8 from 'node:v8';
import vm from 'node:vm';
import { cli, database, startHub } from './harness.mjs';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const FIGURES = {
  reports: ['channel', 'partnerType'],
  cases: ['status'],
  victims: [
    'sex',
    'age',
    'citizenship',
    'exploitationType',
    'scope',
    'meansOfControl',
    'recruiterRelation',
  ],
  planItems: ['serviceType', 'status'],
  referrals: ['serviceType', 'status'],
  placements: ['kind'],
  accommodated: [],
  returns: ['status'],
  residencePermits: ['status'],
  proceedings: ['kind', 'stage'],
  hearings: ['protectiveMeasure'],
  compensationClaims: ['status'],
};
const selection = Object.entries(FIGURES)
  .map(
    ([figure, breakdowns]) =>
      `${figure} { total { value suppressed } byMonth { key count { value } } ${breakdowns
        .map((b) => `b_${b}: breakdown(name: "${b}") { key parent count { value suppressed } }`)
        .join(' ')} }`,
  )
  .join(' ');
// The sums (nights, compensation claimed and paid), withheld by the small-cell and dominance rules.
const SUMS = { nights: ['kind'], compensationClaimed: ['status'], compensationPaid: [] };
const sums = Object.entries(SUMS)
  .map(
    ([figure, breakdowns]) =>
      `${figure} { total { value suppressed } byMonth { key sum { value } } ${breakdowns
        .map((b) => `b_${b}: breakdown(name: "${b}") { key sum { value suppressed } }`)
        .join(' ')} }`,
  )
  .join(' ');
const YEAR_QUERY = `{ statistics(period: { year: 2024 }) { ${selection} ${sums} previousYears { period { year } reports { total { value } } victims { total { value } } } } }`;

async function timeFigures(hub, token) {
  const times = [];
  for (let i = 0; i < 3; i += 1) {
    const t0 = performance.now();
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: YEAR_QUERY }),
    });
    const body = await response.json();
    if (body.errors) {
      throw new Error(JSON.stringify(body.errors));
    }
    times.push(performance.now() - t0);
  }
  return times;
}

/** Streams the export, discarding it, while sampling this process's live memory. */
async function measureExport(hub, token, { sample }) {
  gc();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  // What the export holds, not the garbage it leaves: collected, then measured, every 100 ms.
  const timer =
    sample &&
    setInterval(() => {
      gc();
      const now = process.memoryUsage();
      peakHeap = Math.max(peakHeap, now.heapUsed);
      peakRss = Math.max(peakRss, now.rss);
    }, 100);
  const t0 = performance.now();
  const response = await fetch(
    hub.url.replace('/graphql', '/statistics/export.csv?from=2019&to=2025'),
    {
      headers: { authorization: `Bearer ${token}` },
    },
  );
  let bytes = 0;
  for await (const chunk of response.body) {
    bytes += chunk.length;
  }
  const ms = performance.now() - t0;
  if (timer) {
    clearInterval(timer);
  }
  return {
    ms,
    bytes,
    rows: Number(response.headers.get('x-hub-export-rows')),
    suppressed: Number(response.headers.get('x-hub-export-suppressed')),
    heapMiB: (peakHeap - base.heapUsed) / 2 ** 20,
    rssMiB: (peakRss - base.rss) / 2 ** 20,
  };
}

export async function run() {
  const db = await database();
  const hub = await startHub(db);
  const token = await hub.token('centre', ['ANALYST']);
  const rows = [];
  try {
    let total = 0;
    for (const [n, seed] of [
      [10_000, 101],
      [90_000, 102],
    ]) {
      const t0 = performance.now();
      const cases = cli.generateSyntheticCases({ n, seed, fromYear: 2019, toYear: 2025 });
      await cli.insertSyntheticCases(db.url, cases, seed);
      total += n;
      console.log(
        `generated and inserted ${n} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s (${total} in all)`,
      );
      const figures = await timeFigures(hub, token);
      await measureExport(hub, token, { sample: false }); // warm-up
      // Timed without sampling (a forced GC every 100 ms slows it), then measured with it.
      const timed = await measureExport(hub, token, { sample: false });
      const exported = { ...(await measureExport(hub, token, { sample: true })), ms: timed.ms };
      rows.push({ total, figures, exported });
    }
  } finally {
    await hub.close();
    await db.stop();
  }
  console.log(
    '\nstatistics: the year 2024 (all figures and sums, every breakdown and month, and five previous years)',
  );
  console.log(
    '| cases   | year figures (3 runs)       | export rows | suppressed | export time | live heap Δ | peak RSS Δ |',
  );
  console.log(
    '| ------- | --------------------------- | ----------- | ---------- | ----------- | ----------- | ---------- |',
  );
  for (const { total, figures, exported } of rows) {
    console.log(
      `| ${String(total).padEnd(7)} | ${figures
        .map((ms) => `${(ms / 1000).toFixed(2)} s`)
        .join(', ')
        .padEnd(
          27,
        )} | ${String(exported.rows).padEnd(11)} | ${String(exported.suppressed).padEnd(10)} | ${`${(exported.ms / 1000).toFixed(2)} s`.padEnd(11)} | ${`${exported.heapMiB.toFixed(1)} MiB`.padEnd(11)} | ${`${exported.rssMiB.toFixed(1)} MiB`.padEnd(10)} |`,
    );
  }
}
