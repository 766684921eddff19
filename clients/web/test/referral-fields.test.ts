import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { startTestHub, type TestHub } from '../../../test/support/hub';
import { REFERRAL_TEXT } from '../src/partner/referral-steps';
import { call, grant, newCase } from './support/world';

const schema = buildSchema(
  readFileSync(path.resolve(__dirname, '../../../schema/api.graphql'), 'utf8'),
);

/**
 * The referral inbox shows a refused text next to the box the API names in `extensions.field`.
 * Each form's name must be the one the API gives: an argument of its mutation, and, where the
 * API refuses the text (a decline's reason, a progress note), exactly the field it reports.
 */
describe('the field names the referral inbox shows refusals under', () => {
  let hub: TestHub;
  let provider: string;
  let referralId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    const worker = await hub.token('centre', ['CASE_WORKER']);
    provider = await hub.token('atina', ['MEMBER']);
    const kase = await newCase(hub, worker);
    await grant(hub, worker, kase.id, 'atina', ['IDENTITY', 'PLAN']);
    const { services } = await call<{
      services: { id: string; name: string; provider: { code: string } }[];
    }>(hub, worker, '{ services(first: 200) { id name provider { code } } }');
    const { createReferral } = await call<{ createReferral: { id: string } }>(
      hub,
      worker,
      'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
      {
        input: {
          caseId: kase.id,
          serviceId: services.find(
            (s) => s.provider.code === 'atina' && s.name === 'Подршка запошљавању',
          )!.id,
        },
      },
    );
    referralId = createReferral.id;
  }, 120_000);
  afterAll(() => hub?.close());

  it.each(Object.entries(REFERRAL_TEXT))('%s: an argument of its mutation', (_, step) => {
    const mutation = schema.getMutationType()!.getFields()[step.mutation]!;
    expect(mutation.args.map((arg) => arg.name)).toContain(step.field);
  });

  it('a refused reason and a refused note are reported under those names', async () => {
    const refused = async (query: string) => {
      const { body } = await hub.query(provider, query, { id: referralId, text: ' ' });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return body.errors?.[0]?.extensions?.field;
    };
    expect(
      await refused(
        `mutation ($id: ID!, $text: String!) { declineReferral(id: $id, ${REFERRAL_TEXT.decline.field}: $text) { id } }`,
      ),
    ).toBe(REFERRAL_TEXT.decline.field);
    await call(hub, provider, 'mutation ($id: ID!) { acceptReferral(id: $id) { id } }', {
      id: referralId,
    });
    expect(
      await refused(
        `mutation ($id: ID!, $text: String!) { reportReferralProgress(id: $id, ${REFERRAL_TEXT.progress.field}: $text) { id } }`,
      ),
    ).toBe(REFERRAL_TEXT.progress.field);
  });
});
