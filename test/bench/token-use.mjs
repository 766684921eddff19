// What sharing the internal tokens' one-time ids costs (hub.token_use, one insert per subgraph
// fetch): the same partner query through two hubs on one database, one sharing the ids (the
// product) and one keeping them in each replica's memory (bench mode only), in alternating rounds.
import { database, load, startHub } from './harness.mjs';

// Three subgraph fetches: partners, services, cases.
const QUERY = '{ partners(first: 10) { code name services { name } } myGrants { id } }';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run(args) {
  const total = Number(args.find((a) => a.startsWith('--requests='))?.split('=')[1] ?? 1200);
  const concurrency = 4;
  const rounds = 6;
  const db = await database();
  const limits = { RATE_PER_CALLER: '1000000', RATE_PER_PARTNER: '1000000' };
  const hubs = {
    shared: await startHub(db, { gateway: limits }),
    memory: await startHub(db, { sharedTokenIds: false, gateway: limits }),
  };
  try {
    const tokens = {
      shared: await hubs.shared.token('atina', ['MEMBER']),
      memory: await hubs.memory.token('atina', ['MEMBER']),
    };
    const send = (mode) => async () => {
      const response = await fetch(hubs[mode].url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[mode]}` },
        body: JSON.stringify({ query: QUERY }),
      });
      const body = await response.json();
      if (body.errors) {
        throw new Error(JSON.stringify(body.errors));
      }
    };
    await load(send('shared'), { total: 150, concurrency });
    await load(send('memory'), { total: 150, concurrency });
    const results = { shared: [], memory: [] };
    for (let round = 0; round < rounds; round += 1) {
      for (const mode of round % 2 ? ['memory', 'shared'] : ['shared', 'memory']) {
        results[mode].push(await load(send(mode), { total: total / rounds, concurrency }));
      }
    }
    const stat = (mode, key) => median(results[mode].map((r) => r[key]));
    console.log(
      `tokens: one-time ids shared in PostgreSQL vs per replica, ${total} requests per mode, ${concurrency} clients, 3 subgraph fetches each`,
    );
    console.log('| mode    | p50 | p95 | req/s |');
    for (const mode of ['memory', 'shared']) {
      console.log(
        `| ${mode.padEnd(7)} | ${stat(mode, 'p50').toFixed(1)} ms | ${stat(mode, 'p95').toFixed(1)} ms | ${stat(mode, 'rps').toFixed(0)} |`,
      );
    }
    console.log(
      `shared − memory: p50 ${(stat('shared', 'p50') - stat('memory', 'p50')).toFixed(2)} ms, p95 ${(stat('shared', 'p95') - stat('memory', 'p95')).toFixed(2)} ms`,
    );
  } finally {
    await hubs.shared.close();
    await hubs.memory.close();
    await db.stop();
  }
}
