import { demoCaseId } from '@hub/cli';
import pg from 'pg';
import { startTestHub, type TestHub } from '../support/hub';
import { conferenceKit, entryTexts, follow, FOLLOW_CONFERENCE } from '../support/live';

/**
 * A subscription without `after` follows from the moment it is sent. Before it is registered the
 * gateway checks that the subscriber may follow what it asks for, through the subgraph; on a
 * loaded machine that takes a while, and an event committed meanwhile must still arrive (a client
 * such as the command line says "Following live" as soon as the connection is accepted).
 */
describe('a subscription started without `after`', () => {
  let hub: TestHub;
  let worker: string;
  let admin: pg.Client;

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
    admin = new pg.Client({ connectionString: hub.db.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await hub.close();
  });

  /** Sessions waiting on the grant table's lock: the partner's access check under way. */
  const checksWaiting = async () => {
    await admin.query('select pg_stat_clear_snapshot()');
    const { rows } = await admin.query<{ n: string }>(
      `select count(*)::text as n from pg_stat_activity
        where wait_event_type = 'Lock' and query ilike '%consent_grant%' and pid <> pg_backend_pid()`,
    );
    return Number(rows[0].n);
  };

  it('receives what was committed while its access was being checked', async () => {
    const kit = conferenceKit(hub, worker);
    const caseId = demoCaseId(4);
    const granted = await hub.query(
      worker,
      'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }',
      {
        input: {
          caseId,
          grantee: 'atina',
          categories: ['CONFERENCE'],
          purpose: 'PROTECTION_COORDINATION',
          legalBasis: 'CONSENT',
          givenBy: 'VICTIM',
          evidence: 'DEMO-FORM-START',
        },
      },
    );
    expect(granted.body.errors).toBeUndefined();
    const conferenceId = await kit.liveConference(caseId);
    const partner = await hub.token('atina');

    // The partner's access check reads its grants: held back by a lock on them.
    await admin.query('begin');
    await admin.query('lock table hub.consent_grant in access exclusive mode');
    const live = follow(hub.wsUrl, partner, FOLLOW_CONFERENCE, { id: conferenceId });
    try {
      for (const deadline = Date.now() + 20_000; (await checksWaiting()) === 0;) {
        if (Date.now() > deadline) {
          throw new Error('The access check never waited on the grants.');
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await kit.record(conferenceId, 'Recorded during the check.');
    } finally {
      await admin.query('commit');
    }
    await kit.record(conferenceId, 'Recorded after the check.');

    const received = await live.waitFor(2, 15_000);
    await live.close();
    expect(entryTexts(received)).toEqual([
      'Recorded during the check.',
      'Recorded after the check.',
    ]);
  });
});
