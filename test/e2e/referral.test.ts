import { demoCaseId, demoId } from '@hub/cli';
import { startTestHub, type TestHub } from '../support/hub';

const CREATE = /* GraphQL */ `
  mutation Refer($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      status
      provider {
        code
      }
      service {
        type
      }
    }
  }
`;
const ACT = (mutation: string, extra = '') => /* GraphQL */ `
  mutation Act($id: ID!) { ${mutation}(id: $id${extra}) { id status declineReason withdrawReason notes { by text } } }
`;

describe('referrals to catalogue services', () => {
  let hub: TestHub;
  let worker: string;

  beforeAll(async () => {
    hub = await startTestHub();
    worker = await hub.token('centre', ['CASE_WORKER']);
  });
  afterAll(() => hub.close());

  const refer = (caseN: number, serviceKey: string, token = worker) =>
    hub.query(token, CREATE, {
      input: {
        caseId: demoCaseId(caseN),
        serviceId: demoId('service', serviceKey),
        note: 'Synthetic referral.',
      },
    });

  it('is made when the provider holds consent covering what the service needs', async () => {
    const response = await refer(6, 'atina-reintegration');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.createReferral).toMatchObject({
      status: 'SENT',
      provider: { code: 'atina' },
      service: { type: 'REINTEGRATION' },
    });
  });

  it('is refused, naming what is missing, when the provider’s consent does not cover the service', async () => {
    // astra's grant on case 6 covers IDENTITY, EXPLOITATION and LEGAL; counselling needs HEALTH and ASSESSMENT.
    const response = await refer(6, 'astra-counselling');
    expect(response.body.data?.createReferral ?? null).toBeNull();
    const error = response.body.errors![0];
    expect(error.extensions?.code).toBe('REFERRAL_CONSENT_MISSING');
    expect(error.extensions?.missingCategories).toEqual(['PLAN', 'HEALTH', 'ASSESSMENT']);
    expect(error.message).toMatch(/PLAN, HEALTH, ASSESSMENT/);
  });

  it('is refused when the provider holds no consent at all, or its consent expired', async () => {
    const none = await refer(1, 'astra-hotline');
    expect(none.body.errors![0].extensions).toMatchObject({
      code: 'REFERRAL_CONSENT_MISSING',
      missingCategories: ['CORE', 'PLAN'],
    });
    // iom's grant on case 6 expired.
    const expired = await refer(6, 'iom-repatriation');
    expect(expired.body.errors![0].extensions?.code).toBe('REFERRAL_CONSENT_MISSING');
  });

  it('is made only by Centre staff', async () => {
    const response = await refer(
      6,
      'atina-reintegration',
      await hub.token('atina', ['COORDINATOR']),
    );
    expect(response.body.errors![0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is answered by its provider only, through valid steps, to completion', async () => {
    const made = await refer(7, 'iom-repatriation');
    const id = (made.body.data!.createReferral as { id: string }).id;
    const iom = await hub.token('iom');
    const atina = await hub.token('atina');

    // A partner without PLAN consent on the case does not even learn the referral exists.
    expect(
      (await hub.query(atina, ACT('acceptReferral'), { id })).body.errors![0].extensions?.code,
    ).toBe('NOT_FOUND');
    // A partner that does see the plan, but is not the provider, may not answer it.
    const grant = /* GraphQL */ `
      mutation ($input: GrantConsentInput!) {
        grantConsent(input: $input) {
          id
        }
      }
    `;
    const granted = await hub.query(worker, grant, {
      input: {
        caseId: demoCaseId(7),
        grantee: 'csw-beograd',
        categories: ['PLAN'],
        purpose: 'PROTECTION_COORDINATION',
        legalBasis: 'CONSENT',
        givenBy: 'VICTIM',
        evidence: 'DEMO-FORM-7',
      },
    });
    expect(granted.body.errors).toBeUndefined();
    const csw = await hub.token('csw-beograd');
    expect(
      (await hub.query(csw, ACT('acceptReferral'), { id })).body.errors![0].extensions?.code,
    ).toBe('FORBIDDEN');

    const early = await hub.query(iom, ACT('completeReferral', ', note: null'), { id });
    expect(early.body.errors![0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      status: 'SENT',
    });
    expect(
      (await hub.query(iom, ACT('acceptReferral'), { id })).body.data!.acceptReferral,
    ).toMatchObject({ status: 'ACCEPTED' });
    expect(
      (await hub.query(iom, ACT('completeReferral', ', note: null'), { id })).body.data!
        .completeReferral,
    ).toMatchObject({ status: 'COMPLETED' });
  });

  it('keeps the steps in order: decline needs a reason, and a declined referral cannot be accepted', async () => {
    const made = await refer(6, 'atina-shelter');
    const id = (made.body.data!.createReferral as { id: string }).id;
    const atina = await hub.token('atina');
    expect(
      (await hub.query(atina, ACT('declineReferral', ', reason: " "'), { id })).body.errors![0]
        .extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const declined = await hub.query(
      atina,
      ACT('declineReferral', ', reason: "No place free this month."'),
      { id },
    );
    expect(declined.body.data!.declineReferral).toMatchObject({
      status: 'DECLINED',
      declineReason: 'No place free this month.',
    });
    const again = await hub.query(atina, ACT('acceptReferral'), { id });
    expect(again.body.errors![0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      status: 'DECLINED',
    });
  });

  it('records progress and completion, lets the Centre withdraw only what is unfinished', async () => {
    const made = await refer(6, 'atina-psychotherapy');
    const id = (made.body.data!.createReferral as { id: string }).id;
    const atina = await hub.token('atina');
    expect(
      (await hub.query(atina, ACT('withdrawReferral', ', reason: "mine"'), { id })).body.errors![0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await hub.query(atina, ACT('acceptReferral'), { id })).body.data!.acceptReferral,
    ).toMatchObject({ status: 'ACCEPTED' });
    const progress = await hub.query(
      atina,
      ACT('reportReferralProgress', ', note: "First session held."'),
      { id },
    );
    expect(progress.body.data!.reportReferralProgress).toMatchObject({
      status: 'IN_PROGRESS',
      notes: [{ by: 'demo-user@atina', text: 'First session held.' }],
    });
    expect(
      (await hub.query(atina, ACT('completeReferral', ', note: "Done."'), { id })).body.data!
        .completeReferral,
    ).toMatchObject({ status: 'COMPLETED' });
    const late = await hub.query(
      worker,
      ACT('withdrawReferral', ', reason: "Not needed any more."'),
      { id },
    );
    expect(late.body.errors![0].extensions?.code).toBe('INVALID_TRANSITION');

    const other = await refer(6, 'atina-employment');
    const otherId = (other.body.data!.createReferral as { id: string }).id;
    const withdrawn = await hub.query(
      worker,
      ACT('withdrawReferral', ', reason: "The person moved."'),
      { id: otherId },
    );
    expect(withdrawn.body.data!.withdrawReferral).toMatchObject({
      status: 'WITHDRAWN',
      withdrawReason: 'The person moved.',
    });
  });

  it('lists for a provider only its own referrals, and hides them once its consent is revoked', async () => {
    const atina = await hub.token('atina');
    const own = await hub.query(atina, '{ referrals { provider { code } case { code } } }');
    const rows = own.body.data!.referrals as {
      provider: { code: string };
      case: { code: string };
    }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.provider.code === 'atina' && r.case.code === 'DEMO-2026-006')).toBe(
      true,
    );

    const centre = await hub.query(
      worker,
      `{ case(id: "${demoCaseId(6)}") { referrals { provider { code } status } } }`,
    );
    const onCase = (centre.body.data!.case as { referrals: { provider: { code: string } }[] })
      .referrals;
    expect(onCase.length).toBe(rows.length);

    const revoke =
      'mutation ($id: ID!) { revokeConsent(grantId: $id, reason: "The person withdrew consent.") { active } }';
    expect(
      (await hub.query(worker, revoke, { id: demoId('grant', 'atina-6') })).body.errors,
    ).toBeUndefined();
    expect((await hub.query(atina, '{ referrals { id } }')).body.data).toEqual({ referrals: [] });
  });
});
