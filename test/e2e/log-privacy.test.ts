import { startTestHub, type TestHub } from '../support/hub';

/**
 * No personal data in logs: representative traffic with every service at LOG_LEVEL debug, then
 * every line any of them wrote is searched for the synthetic person's name, phone, address, the
 * conference's words and a participant's name. Only ids, codes and categories may appear.
 */
const PERSON = {
  givenName: 'Звездана',
  familyName: 'Logprobić',
  phone: '+381607771234',
  address: 'Probna ulica 77, stan 9',
  email: 'zvezdana.logprobe@example.org',
  municipality: 'Палилула',
};
const UPDATED = { phone: '+381608884567', address: 'Drugi probni put 12' };
const MINUTE = 'Nalaz: probni nalaz 4242 o radnoj eksploataciji';
const PARTICIPANT = 'Учесница Логпробна';
const BAD_EMAIL = 'nije-mejl-logprobe';

const SECRETS = [
  PERSON.givenName,
  PERSON.familyName,
  PERSON.phone,
  PERSON.address,
  PERSON.email,
  UPDATED.phone,
  UPDATED.address,
  MINUTE,
  'probni nalaz 4242',
  PARTICIPANT,
  BAD_EMAIL,
];

describe('logs at debug level', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ logLevel: 'debug' });
  });
  afterAll(() => hub.close());

  it('hold none of the personal data that went through the hub', async () => {
    const worker = await hub.token('centre', ['CASE_WORKER']);
    const police = await hub.token('police-beograd', ['MEMBER']);
    const ok = async (token: string, query: string, variables: Record<string, unknown>) => {
      const response = await hub.query(token, query, variables);
      expect(response.body.errors).toBeUndefined();
      return response.body.data!;
    };
    // Intake.
    const { reportCase } = (await ok(
      worker,
      'mutation ($input: ReportCaseInput!) { reportCase(input: $input) { id } }',
      {
        input: {
          caseWorkerName: 'Synthetic case worker',
          report: { channel: 'HOTLINE', urgency: 'HIGH', reportingPartner: 'astra' },
          person: { ...PERSON, sex: 'FEMALE', citizenship: 'RS' },
        },
      },
    )) as { reportCase: { id: string } };
    const caseId = reportCase.id;
    // A person record update, and one refused for its bad input.
    await ok(
      worker,
      'mutation ($id: ID!, $input: PersonChangeInput!) { updatePerson(caseId: $id, input: $input) { id } }',
      { id: caseId, input: UPDATED },
    );
    const refused = await hub.query(
      worker,
      'mutation ($id: ID!, $input: PersonChangeInput!) { updatePerson(caseId: $id, input: $input) { id } }',
      { id: caseId, input: { email: BAD_EMAIL, phone: PERSON.phone } },
    );
    expect(refused.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // A variable of the wrong type: graphql-js quotes the value in its message.
    const badType = await hub.query(
      worker,
      'mutation ($id: ID!, $input: PersonChangeInput!) { updatePerson(caseId: $id, input: $input) { id } }',
      { id: caseId, input: { phone: UPDATED.phone, sex: PERSON.address } },
    );
    expect(badType.body.errors).toBeDefined();
    // A grant, the partner's reads (allowed and refused), a partner's refusal on another case.
    await ok(
      worker,
      'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }',
      {
        input: {
          caseId,
          grantee: 'police-beograd',
          categories: ['IDENTITY', 'CONTACT'],
          purpose: 'CRIMINAL_PROCEEDINGS',
          legalBasis: 'CONSENT',
          givenBy: 'VICTIM',
          evidence: 'DEMO-FORM-LOGS',
        },
      },
    );
    const read = await hub.query(
      police,
      'query ($id: ID!) { case(id: $id) { person { givenName familyName phone address } } }',
      { id: caseId },
    );
    expect(read.body.errors?.map((e) => e.extensions?.code)).toEqual(['CONSENT_REQUIRED']);
    // Conference minutes.
    const { scheduleConference } = (await ok(
      worker,
      'mutation ($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }',
      {
        input: {
          caseId,
          agenda: ['Synthetic agenda item'],
          participants: [{ name: PARTICIPANT, partner: 'police-beograd' }],
          scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      },
    )) as { scheduleConference: { id: string } };
    await ok(worker, 'mutation ($id: ID!) { startConference(id: $id) { id } }', {
      id: scheduleConference.id,
    });
    await ok(
      worker,
      'mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id } }',
      { input: { conferenceId: scheduleConference.id, kind: 'MINUTE', text: MINUTE } },
    );
    // A malformed document carrying data.
    await hub.query(worker, `{ case(id: "${caseId}") { person { givenName(${PERSON.phone}) } } }`);

    const text = hub.logs.text();
    expect(hub.logs.lines.length).toBeGreaterThan(10);
    // Every kind of request above was logged (so there was something to search).
    for (const code of ['BAD_USER_INPUT', 'CONSENT_REQUIRED', 'GRAPHQL_PARSE_FAILED']) {
      expect(text).toContain(code);
    }
    const leaks = SECRETS.filter((secret) => text.toLowerCase().includes(secret.toLowerCase()));
    expect(leaks).toEqual([]);
  });
});
