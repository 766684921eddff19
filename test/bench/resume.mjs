// The resume scenario: a backlog of events committed while subscribers were away, then N
// subscribers reconnecting at once with `after:` (from another process) — how long until every
// one has caught up.
// (Live reads and replays are shared per consent group, so this grows with the backlog and the
// number of groups, not with the number of subscribers.)
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pg = require('pg');

const PARTNERS = ['csw-beograd', 'prosecution-beograd', 'court-beograd', 'police-beograd'];

export async function runResume({
  hub,
  db,
  post,
  conferenceId,
  label = '',
  subscribers = 100,
  backlog = 200,
}) {
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  const cursor = (
    await admin.query(
      'select coalesce(max(id), 0)::text as id from hub.event where entity_type is not null',
    )
  ).rows[0].id;
  await admin.end();
  for (let i = 1; i <= backlog; i += 1) {
    await post(
      'mutation ($i: RecordConferenceEntryInput!) { recordConferenceEntry(input: $i) { id } }',
      { i: { conferenceId, kind: 'MINUTE', text: `Backlog ${i}` } },
    );
  }
  const tokens = await Promise.all(
    Array.from({ length: subscribers }, (_, i) =>
      i < subscribers * 0.8
        ? hub.tokenFor(`bench-resume-worker-${i}`, 'centre', ['CASE_WORKER'])
        : hub.tokenFor(`bench-resume-${i}`, PARTNERS[i % PARTNERS.length], ['MEMBER']),
    ),
  );
  const child = fork(fileURLToPath(new URL('./resume-process.mjs', import.meta.url)));
  const { done, wrong } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`The resuming subscribers exited (${code}).`)));
    child.send({ wsUrl: hub.wsUrl, tokens, conferenceId, cursor, backlog });
  });
  done.sort((a, b) => a - b);
  console.log(
    `\nresume — ${subscribers} subscribers (80 % Centre case workers, 20 % four partners) reconnecting with a backlog of ${backlog} events${label ? ` — ${label}` : ''}`,
  );
  console.log(
    `  all caught up after ${done.at(-1).toFixed(0)} ms (first ${done[0].toFixed(0)} ms, median ${done[Math.floor(done.length / 2)].toFixed(0)} ms); ${wrong} subscribers with a gap, repeat or wrong order   target ≤ 2 s`,
  );
}
