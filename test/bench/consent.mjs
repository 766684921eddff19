// What consent enforcement costs: the same typical partner query through two hubs on one
// database, one enforcing (the product) and one not (bench mode only), in alternating rounds.
import { cli, database, load, startHub } from './harness.mjs';

const QUERY = /* GraphQL */ `
  query PartnerCase($id: ID!) {
    case(id: $id) {
      code
      status
      person {
        givenName
        phone
      }
      referrals {
        status
        note
        service {
          type
          name
          provider {
            code
            name
            services {
              type
              name
            }
          }
        }
      }
      proceedings {
        kind
        stage
        charges
        court {
          name
        }
      }
    }
  }
`;

export async function run(args) {
  const total = Number(args.find((a) => a.startsWith('--requests='))?.split('=')[1] ?? 1500);
  const concurrency = Number(args.find((a) => a.startsWith('--concurrency='))?.split('=')[1] ?? 8);
  const rounds = 4;
  const db = await database();
  const on = await startHub(db, { consent: true });
  const off = await startHub(db, { consent: false });
  try {
    const centre = await on.token('centre', ['CASE_WORKER']);
    const caseId = cli.demoCaseId(6);
    // atina already holds IDENTITY, CONTACT, PLAN … on demo case 6; give it LEGAL too, and a referral.
    const post = (hub, token, query, variables) =>
      fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json());
    const grant = await post(
      on,
      centre,
      'mutation ($i: GrantConsentInput!) { grantConsent(input: $i) { id } }',
      {
        i: {
          caseId,
          grantee: 'atina',
          categories: ['LEGAL'],
          purpose: 'CRIMINAL_PROCEEDINGS',
          legalBasis: 'CONSENT',
          givenBy: 'VICTIM',
          evidence: 'BENCH',
        },
      },
    );
    const referral = await post(
      on,
      centre,
      'mutation ($i: CreateReferralInput!) { createReferral(input: $i) { id } }',
      {
        i: {
          caseId,
          serviceId: cli.demoId('service', 'atina-reintegration'),
          note: 'Synthetic benchmark referral.',
        },
      },
    );
    if (grant.errors || referral.errors) {
      throw new Error(`bench setup failed: ${JSON.stringify(grant.errors ?? referral.errors)}`);
    }
    const tokens = { on: await on.token('atina'), off: await off.token('atina') };
    const hubs = { on, off };
    // The two answers must be the same, or the comparison means nothing.
    const [a, b] = await Promise.all([
      post(on, tokens.on, QUERY, { id: caseId }),
      post(off, tokens.off, QUERY, { id: caseId }),
    ]);
    if (a.errors || JSON.stringify(a) !== JSON.stringify(b)) {
      throw new Error(`on and off answer differently: ${JSON.stringify(a).slice(0, 300)}`);
    }
    const send = (mode) => async () => {
      const body = await post(hubs[mode], tokens[mode], QUERY, { id: caseId });
      if (body.errors) {
        throw new Error(JSON.stringify(body.errors));
      }
    };
    await load(send('on'), { total: 200, concurrency });
    await load(send('off'), { total: 200, concurrency });
    const results = { on: [], off: [] };
    for (let round = 0; round < rounds; round += 1) {
      for (const mode of round % 2 ? ['off', 'on'] : ['on', 'off']) {
        results[mode].push(await load(send(mode), { total: total / rounds, concurrency }));
      }
    }
    const merge = (rows) => ({
      p50: median(rows.map((r) => r.p50)),
      p95: median(rows.map((r) => r.p95)),
      rps: median(rows.map((r) => r.rps)),
      n: rows.reduce((sum, r) => sum + r.n, 0),
    });
    const onStats = merge(results.on);
    const offStats = merge(results.off);
    const fmt = (s) =>
      `p50 ${s.p50.toFixed(1)} ms   p95 ${s.p95.toFixed(1)} ms   ${s.rps.toFixed(0)} req/s   (${s.n} requests)`;
    console.log(
      `\nconsent — a partner's case with its plan (referral → service → provider's services), proceedings; concurrency ${concurrency}`,
    );
    console.log(`  enforcement on : ${fmt(onStats)}`);
    console.log(`  enforcement off: ${fmt(offStats)}`);
    console.log(
      `  ratio on/off   : p50 ${(onStats.p50 / offStats.p50).toFixed(2)}×   p95 ${(onStats.p95 / offStats.p95).toFixed(2)}×   throughput ${(offStats.rps / onStats.rps).toFixed(2)}× fewer req/s   (target ≤ 1.25×)`,
    );
  } finally {
    await on.close();
    await off.close();
    await db.stop();
  }
}

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
