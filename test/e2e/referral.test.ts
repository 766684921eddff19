import { startTestHub, type TestHub } from '../support/hub';
import { createKit, type Kit } from '../support/kit';

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
  let kit: Kit;
  let worker: string;

  beforeAll(async () => {
    hub = await startTestHub();
    kit = await createKit(hub);
    worker = kit.worker;
  });
  afterAll(() => hub.close());

  /** Refers the case to the provider's service of that type, with no consent given here. */
  const refer = async (caseId: string, provider: string, type: string, token = worker) =>
    hub.query(token, CREATE, {
      input: {
        caseId,
        serviceId: (await kit.service(provider, type as never)).id,
        note: 'Synthetic referral.',
      },
    });
  /** A new case whose victim consented to the provider seeing what its service needs. */
  const caseFor = async (provider: string, type: string) => {
    const { id } = await kit.openCase();
    const service = await kit.service(provider, type as never);
    await kit.grantConsent(id, provider, ['PLAN', ...service.requiredCategories]);
    return id;
  };

  it('is made when the provider holds consent covering what the service needs', async () => {
    const response = await refer(await caseFor('atina', 'REINTEGRATION'), 'atina', 'REINTEGRATION');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.createReferral).toMatchObject({
      status: 'SENT',
      provider: { code: 'atina' },
      service: { type: 'REINTEGRATION' },
    });
  });

  it('is refused, naming what is missing, when the provider’s consent does not cover the service', async () => {
    // astra may see IDENTITY, EXPLOITATION and LEGAL; counselling needs HEALTH and ASSESSMENT.
    const { id } = await kit.openCase();
    await kit.grantConsent(id, 'astra', ['IDENTITY', 'EXPLOITATION', 'LEGAL']);
    const response = await refer(id, 'astra', 'PSYCHOLOGICAL_COUNSELLING');
    expect(response.body.data?.createReferral ?? null).toBeNull();
    const error = response.body.errors![0];
    expect(error.extensions?.code).toBe('REFERRAL_CONSENT_MISSING');
    expect(error.extensions?.missingCategories).toEqual(['PLAN', 'HEALTH', 'ASSESSMENT']);
    expect(error.message).toMatch(/PLAN, HEALTH, ASSESSMENT/);
  });

  it('is refused when the provider holds no consent at all, or its consent expired', async () => {
    const none = await refer((await kit.openCase()).id, 'astra', 'HOTLINE');
    expect(none.body.errors![0].extensions).toMatchObject({
      code: 'REFERRAL_CONSENT_MISSING',
      missingCategories: ['CORE', 'PLAN'],
    });
    const lapsed = await kit.openCase();
    const repatriation = await kit.service('iom', 'REPATRIATION');
    await kit.grantConsent(lapsed.id, 'iom', ['PLAN', ...repatriation.requiredCategories], {
      validFrom: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      validUntil: new Date(Date.now() - 86_400_000).toISOString(),
    });
    const expired = await refer(lapsed.id, 'iom', 'REPATRIATION');
    expect(expired.body.errors![0].extensions?.code).toBe('REFERRAL_CONSENT_MISSING');
  });

  it('is made only by Centre staff', async () => {
    const response = await refer(
      await caseFor('atina', 'REINTEGRATION'),
      'atina',
      'REINTEGRATION',
      await hub.token('atina', ['COORDINATOR']),
    );
    expect(response.body.errors![0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is answered by its provider only, through valid steps, to completion', async () => {
    const caseId = await caseFor('iom', 'REPATRIATION');
    const made = await refer(caseId, 'iom', 'REPATRIATION');
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
        caseId,
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
    const made = await refer(await caseFor('atina', 'SHELTER'), 'atina', 'SHELTER');
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
    const caseId = await caseFor('atina', 'PSYCHOTHERAPY');
    await kit.grantConsent(caseId, 'atina', [
      'PLAN',
      ...(await kit.service('atina', 'EMPLOYMENT')).requiredCategories,
    ]);
    const made = await refer(caseId, 'atina', 'PSYCHOTHERAPY');
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

    const other = await refer(caseId, 'atina', 'EMPLOYMENT');
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
    // A provider of its own (no demo referral is one of its), with referrals on two cases, and
    // another provider's referral beside them.
    const provider = 'csw-novi-sad';
    const atinaCase = await caseFor('atina', 'REINTEGRATION');
    expect((await refer(atinaCase, 'atina', 'REINTEGRATION')).body.errors).toBeUndefined();
    const first = await kit.openCase();
    const second = await kit.openCase();
    const type = 'DOCUMENTS';
    const service = await kit.service(provider, type);
    const grants: string[] = [];
    for (const kase of [first, second]) {
      grants.push(
        await kit.grantConsent(kase.id, provider, ['PLAN', ...service.requiredCategories]),
      );
      expect((await refer(kase.id, provider, type)).body.errors).toBeUndefined();
    }
    const own = await hub.token(provider);
    const listed = (
      await kit.data<{ referrals: { provider: { code: string }; case: { code: string } }[] }>(
        own,
        '{ referrals { provider { code } case { code } } }',
      )
    ).referrals;
    expect(listed.map((r) => [r.provider.code, r.case.code]).sort()).toEqual(
      [
        [provider, first.code],
        [provider, second.code],
      ].sort(),
    );

    const revoke =
      'mutation ($id: ID!) { revokeConsent(grantId: $id, reason: "The person withdrew consent.") { active } }';
    await kit.data(worker, revoke, { id: grants[0] });
    const after = (
      await kit.data<{ referrals: { case: { code: string } }[] }>(
        own,
        '{ referrals { case { code } } }',
      )
    ).referrals;
    expect(after).toEqual([{ case: { code: second.code } }]);
  });
});
