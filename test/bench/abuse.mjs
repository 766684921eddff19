// What an abusive partner costs a normal one: a normal partner's latency alone, and while another
// partner sends the most expensive operation the limits still allow, in interleaved rounds on one
// hub with the default limits (the abuser soon spends its cost budget and is answered 429).
// Then existence by timing (existence.mjs) on the same hub. --timing-only skips the first part,
// --abuse-only the second.
import { existenceByTiming } from './existence.mjs';
import { database, load, startHub } from './harness.mjs';

const NORMAL = '{ partners(first: 10) { code name } myGrants { id } }';
// 14 root fields (limit 15) of 100 partners with their services and providers: cost 29,400 of
// the 50,000 allowed, depth 4, 13 aliases.
const WORST = `{ ${Array.from(
  { length: 14 },
  (_, i) => `a${i}: partners(first: 100) { services { provider { name } } }`,
).join(' ')} }`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run(args) {
  const total = Number(args.find((a) => a.startsWith('--requests='))?.split('=')[1] ?? 800);
  const rounds = 4;
  const db = await database();
  // The measuring client sends more than a person would: its own request rate is lifted; the
  // abuser keeps every default limit, cost budget included (--no-budget lifts that too).
  const budget = args.includes('--no-budget')
    ? { COST_BUDGET_PER_CALLER: '1000000000', COST_BUDGET_PER_PARTNER: '1000000000' }
    : {};
  const hub = await startHub(db, {
    gateway: { RATE_PER_CALLER: '1000000', RATE_PER_PARTNER: '1000000', ...budget },
  });
  try {
    if (!args.includes('--timing-only')) {
      await abuseRounds(hub, total, rounds, budget);
    }
    if (!args.includes('--abuse-only')) {
      const samples = Number(args.find((a) => a.startsWith('--samples='))?.split('=')[1] ?? 400);
      await existenceByTiming(hub, db, { samples });
    }
  } finally {
    await hub.close();
    await db.stop();
  }
}

async function abuseRounds(hub, total, rounds, budget) {
  {
    const post = (token, query) =>
      fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
    const normal = await hub.tokenFor('bench-normal', 'atina', ['MEMBER']);
    const abusers = await Promise.all(
      [1, 2, 3, 4].map((i) => hub.tokenFor(`bench-abuser-${i}`, 'astra', ['COORDINATOR'])),
    );
    const check = await (await post(abusers[0], WORST)).json();
    if (check.errors) {
      throw new Error(`the worst allowed operation was refused: ${JSON.stringify(check.errors)}`);
    }
    const send = async () => {
      const response = await post(normal, NORMAL);
      const body = await response.json();
      if (response.status !== 200 || body.errors) {
        throw new Error(`normal request failed: ${response.status} ${JSON.stringify(body)}`);
      }
    };
    await load(send, { total: 200, concurrency: 4 });
    const results = { alone: [], abused: [] };
    const abuse = { sent: 0, refused: 0 };
    for (let round = 0; round < rounds; round += 1) {
      for (const mode of round % 2 ? ['abused', 'alone'] : ['alone', 'abused']) {
        let stop = false;
        const abusing =
          mode === 'abused'
            ? Promise.all(
                abusers.map(async (token) => {
                  while (!stop) {
                    const response = await post(token, WORST);
                    await response.arrayBuffer();
                    abuse.sent += 1;
                    abuse.refused += response.status === 429 ? 1 : 0;
                  }
                }),
              )
            : Promise.resolve();
        results[mode].push(await load(send, { total: total / rounds, concurrency: 4 }));
        stop = true;
        await abusing;
      }
    }
    const p = (mode, key) => median(results[mode].map((r) => r[key]));
    console.log(
      `abuse${budget.COST_BUDGET_PER_CALLER ? ' (no cost budget)' : ''}: normal partner, ${total} requests per mode, 4 clients; abuser 4 clients`,
    );
    console.log(`| mode    | p50 | p95 |`);
    console.log(
      `| alone   | ${p('alone', 'p50').toFixed(1)} ms | ${p('alone', 'p95').toFixed(1)} ms |`,
    );
    console.log(
      `| abused  | ${p('abused', 'p50').toFixed(1)} ms | ${p('abused', 'p95').toFixed(1)} ms |`,
    );
    console.log(
      `p95 ratio ${(p('abused', 'p95') / p('alone', 'p95')).toFixed(2)}× (target ≤ 1.5×); abuser sent ${abuse.sent}, ${abuse.refused} refused with 429`,
    );
  }
}
