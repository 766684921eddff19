// Live updates at scale: N subscribers (graphql-ws connections, each its own user) follow one
// case conference; the coordinator records entries; we measure commit-to-delivery, then how long
// a revocation takes to end the affected subscriptions. The subscribers run in a process of their
// own, as remote clients do, so reading 1,000 sockets does not slow the hub being measured.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cli, database, percentile, startHub } from './harness.mjs';
import { runResume } from './resume.mjs';

const PARTNERS = ['csw-beograd', 'prosecution-beograd', 'court-beograd', 'police-beograd', 'astra'];
const SUBSCRIPTION =
  'subscription Follow($id: ID!) { conferenceEvents(conferenceId: $id) { id type entry { text } } }';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const wallClock = () => performance.timeOrigin + performance.now();

export async function run(args) {
  const subscribers = Number(
    args.find((a) => a.startsWith('--subscribers='))?.split('=')[1] ?? 1000,
  );
  const entries = Number(args.find((a) => a.startsWith('--entries='))?.split('=')[1] ?? 20);
  const db = await database();
  const hub = await startHub(db);
  const child = fork(fileURLToPath(new URL('./subscribers-process.mjs', import.meta.url)));
  const ask = (message, reply) =>
    new Promise((resolve) => {
      const onMessage = (answer) => {
        if (answer.type === reply) {
          child.off('message', onMessage);
          resolve(answer);
        }
      };
      child.on('message', onMessage);
      child.send(message);
    });
  try {
    const centre = await hub.token('centre', ['CASE_WORKER']);
    const post = async (query, variables) => {
      const body = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${centre}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json());
      if (body.errors) {
        throw new Error(JSON.stringify(body.errors));
      }
      return body.data;
    };
    const caseId = cli.demoCaseId(4);
    const grants = {};
    for (const partner of PARTNERS) {
      const data = await post(
        'mutation ($i: GrantConsentInput!) { grantConsent(input: $i) { id } }',
        {
          i: {
            caseId,
            grantee: partner,
            categories: ['CONFERENCE'],
            purpose: 'PROTECTION_COORDINATION',
            legalBasis: 'CONSENT',
            givenBy: 'VICTIM',
            evidence: 'BENCH',
          },
        },
      );
      grants[partner] = data.grantConsent.id;
    }
    const scheduled = await post(
      'mutation ($i: ScheduleConferenceInput!) { scheduleConference(input: $i) { id } }',
      {
        i: {
          caseId,
          scheduledAt: new Date().toISOString(),
          agenda: ['Benchmark'],
          participants: [{ name: 'Synthetic' }],
        },
      },
    );
    const conferenceId = scheduled.scheduleConference.id;
    await post('mutation ($id: ID!) { startConference(id: $id) { status } }', { id: conferenceId });

    // Each subscriber its own user, spread over the Centre and five partners.
    const tokens = [];
    const partnerOf = [];
    for (let i = 0; i < subscribers; i += 1) {
      const partner = i % 6 === 0 ? 'centre' : PARTNERS[i % 5];
      partnerOf.push(partner);
      tokens.push(
        await hub.tokenFor(
          `bench-${i}@${partner}`,
          partner,
          partner === 'centre' ? ['CASE_WORKER'] : ['MEMBER'],
        ),
      );
    }
    await ask(
      {
        type: 'subscribe',
        wsUrl: hub.wsUrl,
        tokens,
        query: SUBSCRIPTION,
        variables: { id: conferenceId },
      },
      'subscribed',
    );
    // Warm-up: three entries, not measured; the last one reaching every subscriber shows all
    // streams are established and the paths are warm.
    for (let n = 0; n < 3; n += 1) {
      await post(
        'mutation ($i: RecordConferenceEntryInput!) { recordConferenceEntry(input: $i) { id } }',
        {
          i: { conferenceId, kind: 'MINUTE', text: `warm-up ${n}` },
        },
      );
      for (let waited = 0; waited < 120_000; waited += 250) {
        const { received } = await ask({ type: 'report' }, 'report');
        if ((received[`warm-up ${n}`]?.length ?? 0) >= subscribers) {
          break;
        }
        await sleep(250);
      }
      await sleep(1000);
    }

    const committedAt = {};
    for (let n = 0; n < entries; n += 1) {
      const text = `Synthetic minute ${n}`;
      await post(
        'mutation ($i: RecordConferenceEntryInput!) { recordConferenceEntry(input: $i) { id } }',
        {
          i: { conferenceId, kind: 'MINUTE', text },
        },
      );
      committedAt[text] = wallClock();
      await sleep(1000);
    }
    const affected = partnerOf.filter((partner) => partner === 'astra').length;
    await post(
      'mutation ($id: ID!) { revokeConsent(grantId: $id, reason: "Benchmark revocation.") { active } }',
      { id: grants.astra },
    );
    const revokedAt = wallClock();
    await sleep(3000);
    const report = await ask({ type: 'report' }, 'report');

    const latencies = [];
    let missing = 0;
    for (const [text, committed] of Object.entries(committedAt)) {
      const times = report.received[text] ?? [];
      missing += subscribers - times.length;
      latencies.push(...times.map((t) => t - committed));
    }
    latencies.sort((a, b) => a - b);
    const closeTimes = report.revoked.map((t) => t - revokedAt).sort((a, b) => a - b);
    console.log(
      `\nsubscriptions — ${subscribers} subscribers (each its own user; Centre and 5 partners) on one conference, ${entries} entries`,
    );
    console.log(
      `  commit → delivery : p50 ${percentile(latencies, 50).toFixed(0)} ms   p99 ${percentile(latencies, 99).toFixed(0)} ms   max ${latencies.at(-1)?.toFixed(0)} ms   (${latencies.length} deliveries, ${missing} missing)   target p99 ≤ 250 ms`,
    );
    console.log(
      `  revocation → close: p50 ${percentile(closeTimes, 50)?.toFixed(0)} ms   max ${closeTimes.at(-1)?.toFixed(0)} ms   (${closeTimes.length} of ${affected} streams ended)`,
    );
    if (!args.includes('--no-resume')) {
      // Backlog reads shared by waiting for others reconnecting (LIVE_RESUME_GATHER_MS, default)
      // against starting at once (0), on a second gateway over the same subgraphs: interleaved.
      const atOnce = await startHub(db, { gateway: { LIVE_RESUME_GATHER_MS: '0' } });
      try {
        const rounds = Number(
          args.find((a) => a.startsWith('--resume-rounds='))?.split('=')[1] ?? 2,
        );
        for (let round = 1; round <= rounds; round += 1) {
          await runResume({
            hub,
            db,
            post,
            conferenceId,
            label: `round ${round}, reads wait to be shared (default)`,
          });
          await runResume({
            hub: atOnce,
            db,
            post,
            conferenceId,
            label: `round ${round}, reads start at once (LIVE_RESUME_GATHER_MS=0)`,
          });
        }
      } finally {
        await atOnce.close();
      }
    }
  } finally {
    child.send({ type: 'stop' });
    await hub.close();
    await db.stop();
  }
}
