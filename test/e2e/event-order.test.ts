import { demoCaseId } from '@hub/cli';
import pg from 'pg';
import { startTestHub } from '../support/hub';
import { conferenceKit, follow, FOLLOW_CONFERENCE } from '../support/live';

/**
 * Event ids are bigints that travel as text. Ordering or comparing them as text puts "1000"
 * before "994": replay would deliver out of order and live delivery would repeat or skip events
 * whenever ids cross a power of ten.
 */
describe('event order across powers of ten', () => {
  const FOLLOW = FOLLOW_CONFERENCE;
  type Delivered = { id: string; entry: { text: string } | null };
  const delivered = (results: { data?: Record<string, unknown> | null }[]) =>
    results.map((r) => r.data!.conferenceEvents as Delivered);

  it.each([
    ['999 → 1000', 990],
    ['9,999 → 10,000', 9_990],
  ])('delivers live and replays in id order across %s', async (_label, start) => {
    // Each on a hub of its own: event ids only go forward, and each case needs them just below
    // its power of ten (after the other case, the gateway has seen ids past it already).
    const hub = await startTestHub();
    const admin = new pg.Client({ connectionString: hub.db.url });
    await admin.connect();
    try {
      const worker = await hub.token('centre', ['CASE_WORKER']);
      const kit = () => conferenceKit(hub, worker);
      const conferenceId = await kit().liveConference(demoCaseId(3));
      await admin.query(`select setval('hub.event_id_seq', $1)`, [start]);
      const live = follow(hub.wsUrl, worker, FOLLOW, { id: conferenceId, after: String(start) });
      const texts = Array.from({ length: 16 }, (_, i) => `Entry ${i + 1}`);
      for (const text of texts) {
        await kit().record(conferenceId, text);
      }
      const seen = delivered(await live.waitFor(texts.length));
      await live.close();
      expect(seen.map((e) => e.entry?.text)).toEqual(texts);
      const ids = seen.map((e) => BigInt(e.id));
      expect(ids.map(String)).toEqual(
        Array.from({ length: texts.length }, (_, i) => String(BigInt(start) + BigInt(i + 1))),
      );

      // Resuming from the third event replays the other thirteen, oldest first, then stays live.
      const from = seen[2].id;
      const resumed = follow(hub.wsUrl, worker, FOLLOW, { id: conferenceId, after: from });
      const replayed = delivered(await resumed.waitFor(texts.length - 3));
      await resumed.close();
      expect(replayed.map((e) => e.entry?.text)).toEqual(texts.slice(3));
    } finally {
      await admin.end();
      await hub.close();
    }
  });
});
