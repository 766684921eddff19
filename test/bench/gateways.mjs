// The hub's gateway with this turn's changes on and off (off = Node's global fetch for subgraph
// fetches, as before), on one database and one set of subgraphs, interleaved rounds, four query
// shapes. CPU per request is this whole process's (gateways and subgraphs run in it), read with
// process.cpuUsage() around each round; the load average is printed with the figures.
import os from 'node:os';
import { cli, database, load, startHub } from './harness.mjs';

const SHAPES = {
  'all four subgraphs': {
    query:
      '{ partners(first: 5) { code services { name } } myGrants { id } cases(first: 3) { code proceedings { kind } } }',
  },
  'partner with consent': null, // the consent bench's query, set in run()
  'heavy nested': {
    query:
      '{ partners(first: 20) { code name services { name type provider { code name services { name type provider { code } } } } } }',
  },
  '{ __typename }': { query: '{ __typename }' },
};

const CONSENT_QUERY = `query PartnerCase($id: ID!) { case(id: $id) { code status person { givenName phone }
  referrals { status note service { type name provider { code name services { type name } } } }
  proceedings { kind stage charges court { name } } } }`;

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

export async function run(args) {
  const total = Number(args.find((a) => a.startsWith('--requests='))?.split('=')[1] ?? 600);
  const concurrency = Number(args.find((a) => a.startsWith('--concurrency='))?.split('=')[1] ?? 8);
  const rounds = 4;
  const db = await database();
  const limits = {
    RATE_PER_CALLER: '1000000',
    RATE_PER_PARTNER: '1000000',
    COST_BUDGET_PER_CALLER: '1000000000',
    COST_BUDGET_PER_PARTNER: '1000000000',
  };
  const hubs = {
    after: await startHub(db, { gateway: limits }),
    before: await startHub(db, { gateway: limits, benchmarkGlobalFetch: true }),
  };
  SHAPES['partner with consent'] = { query: CONSENT_QUERY, variables: { id: cli.demoCaseId(6) } };
  try {
    const tokens = {
      after: await hubs.after.token('atina', ['MEMBER']),
      before: await hubs.before.token('atina', ['MEMBER']),
    };
    const post = (mode, body) =>
      fetch(hubs[mode].url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[mode]}` },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    // The first request after start against the median of twenty warm ones (target ≤ 3×).
    const consent = SHAPES['partner with consent'];
    for (const mode of ['before', 'after']) {
      const timed = async () => {
        const t0 = performance.now();
        await post(mode, consent);
        return performance.now() - t0;
      };
      const first = await timed();
      const warm = [];
      for (let i = 0; i < 20; i += 1) {
        warm.push(await timed());
      }
      console.log(
        `first request after start (${mode}): ${first.toFixed(1)} ms; warm median ${median(warm).toFixed(1)} ms; ${(first / median(warm)).toFixed(1)}×`,
      );
    }
    console.log(
      `\ngateways — the hub's gateway, changes on (after) and off (before); ${total} requests per shape and mode, concurrency ${concurrency}; load before: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log('| shape | mode | req/s | p50 ms | p95 ms | CPU ms/request (whole process) |');
    console.log('|---|---|---|---|---|---|');
    for (const [shape, body] of Object.entries(SHAPES)) {
      const [a, b] = await Promise.all([post('after', body), post('before', body)]);
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        throw new Error(`${shape}: before and after answer differently`);
      }
      const send = (mode) => async () => {
        const answer = await post(mode, body);
        if (!answer.data) {
          throw new Error(`${shape}: ${JSON.stringify(answer.errors)}`);
        }
      };
      const results = { after: [], before: [] };
      for (const mode of ['after', 'before']) {
        await load(send(mode), { total: 100, concurrency });
      }
      for (let round = 0; round < rounds; round += 1) {
        for (const mode of round % 2 ? ['before', 'after'] : ['after', 'before']) {
          const cpu = process.cpuUsage();
          const stats = await load(send(mode), { total: total / rounds, concurrency });
          const used = process.cpuUsage(cpu);
          results[mode].push({ ...stats, cpu: (used.user + used.system) / 1000 / stats.n });
        }
      }
      for (const mode of ['before', 'after']) {
        const m = (key) => median(results[mode].map((r) => r[key]));
        console.log(
          `| ${shape} | ${mode} | ${m('rps').toFixed(0)} | ${m('p50').toFixed(1)} | ${m('p95').toFixed(1)} | ${m('cpu').toFixed(2)} |`,
        );
      }
    }
    console.log(
      `load after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await hubs.after.close();
    await hubs.before.close();
    await db.stop();
  }
}
