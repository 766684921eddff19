import { demoCaseId } from '@hub/cli';
import { startTestHub, type TestHub } from '../support/hub';
import { conferenceKit, follow, FOLLOW_CONFERENCE } from '../support/live';

/** A grant that runs out ends a partner's live stream at that moment, as a revocation does. */
describe('a grant expiring under a live subscription', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => {
    await hub.close();
  });

  it('ends the stream with CONSENT_REVOKED within a second of the grant’s end', async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const kit = conferenceKit(hub, worker);
    const conferenceId = await kit.liveConference(demoCaseId(3));
    const validUntil = new Date(Date.now() + 3000);
    const granted = await hub.query(
      worker,
      'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }',
      {
        input: {
          caseId: demoCaseId(3),
          grantee: 'atina',
          categories: ['CONFERENCE'],
          purpose: 'PROTECTION_COORDINATION',
          legalBasis: 'CONSENT',
          givenBy: 'LEGAL_GUARDIAN',
          evidence: 'DEMO-FORM-EXPIRY',
          validUntil: validUntil.toISOString(),
        },
      },
    );
    expect(granted.body.errors).toBeUndefined();
    const atina = await hub.token('atina');
    const expiry = await hub.query(
      atina,
      `{ accessExpiresAt(caseId: "${demoCaseId(3)}", category: CONFERENCE) }`,
    );
    expect(new Date(expiry.body.data!.accessExpiresAt as string).getTime()).toBe(
      validUntil.getTime(),
    );

    const stream = follow(hub.wsUrl, atina, FOLLOW_CONFERENCE, { id: conferenceId });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await kit.record(conferenceId, 'While the grant holds');
    expect(await stream.waitFor(1)).toHaveLength(1);
    while (!stream.isDone() && Date.now() < validUntil.getTime() + 5000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const endedAt = Date.now();
    expect(stream.isDone()).toBe(true);
    expect(endedAt - validUntil.getTime()).toBeLessThan(1000);
    const last = stream.received[stream.received.length - 1];
    expect(last.errors?.[0]?.extensions?.code).toBe('CONSENT_REVOKED');
    await stream.close();
  });
});
