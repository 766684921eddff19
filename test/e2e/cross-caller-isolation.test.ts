import { DataCategory } from '@hub/common';
import { insertGrants, insertSecretCases, type SecretCase } from '../support/consent-world';
import {
  BULK_PROBE_LIMITS,
  startTestHub,
  type GraphQLResponse,
  type TestHub,
} from '../support/hub';

/**
 * Eight partners send the same operation with the same variables at the same moment, twenty
 * times each. The gateway's shared machinery — its connection pools, its query plans, its
 * verified-token memory — must never hand one partner's subgraph answer to another: each answer
 * is exactly the one that partner gets when it asks alone.
 */
const PARTNERS = [
  'police-beograd',
  'prosecution-beograd',
  'court-beograd',
  'csw-beograd',
  'atina',
  'iom',
  'health-beograd',
  'ngo-novi-sad',
];
const EACH = 20;

/** Every case, by alias, with fields of three categories, and the caller's own grants. */
const operation = (
  cases: SecretCase[],
) => `query Isolation(${cases.map((_, i) => `$c${i}: ID!`).join(', ')}) {
  ${cases
    .map(
      (_, i) =>
        `c${i}: case(id: $c${i}) { code person { givenName phone } proceedings { fileNumber } }`,
    )
    .join('\n  ')}
  myGrants { id categories grantee { code } }
}`;

/** The answer without what may differ between two runs of one request: the errors' order. */
const comparable = (response: GraphQLResponse) => ({
  status: response.status,
  data: response.body.data,
  errors: (response.body.errors ?? [])
    .map((error) => `${JSON.stringify(error.path)} ${String(error.extensions?.code)}`)
    .sort(),
});

describe('identical operations from different partners at once', () => {
  let hub: TestHub;
  let cases: SecretCase[];
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    hub = await startTestHub({
      gateway: { ...BULK_PROBE_LIMITS, MAX_COST_IN_FLIGHT_PER_PARTNER: '100000000' },
    });
    cases = await insertSecretCases(hub.db.url, PARTNERS.length, 'ISO');
    // Partner i sees case i with IDENTITY, and case i+1 with CONTACT and LEGAL: no two alike.
    await insertGrants(
      hub.db.url,
      PARTNERS.flatMap((grantee, i) => [
        { caseId: cases[i].id, grantee, categories: [DataCategory.IDENTITY], state: 'active' },
        {
          caseId: cases[(i + 1) % cases.length].id,
          grantee,
          categories: [DataCategory.CONTACT, DataCategory.LEGAL],
          state: 'active',
        },
      ]),
    );
    for (const partner of PARTNERS) {
      tokens[partner] = await hub.token(partner, ['MEMBER']);
    }
  });
  afterAll(() => hub.close());

  it('gives each partner exactly its own answer, as when it asks alone', async () => {
    const query = operation(cases);
    const variables = Object.fromEntries(cases.map((kase, i) => [`c${i}`, kase.id]));
    const alone: Record<string, ReturnType<typeof comparable>> = {};
    for (const partner of PARTNERS) {
      alone[partner] = comparable(await hub.query(tokens[partner], query, variables));
    }
    // The answers alone differ from partner to partner, so a mix-up below cannot go unseen.
    expect(new Set(PARTNERS.map((partner) => JSON.stringify(alone[partner]))).size).toBe(
      PARTNERS.length,
    );
    PARTNERS.forEach((partner, i) => {
      expect(alone[partner].status).toBe(200);
      const own = JSON.stringify(alone[partner].data);
      expect(own).toContain(`"code":"${partner}"`);
      expect(own).toContain(cases[i].secrets.IDENTITY);
      expect(own).toContain(cases[(i + 1) % cases.length].secrets.CONTACT);
      for (const [j, kase] of cases.entries()) {
        if (j !== i) {
          expect(own).not.toContain(kase.secrets.IDENTITY);
        }
      }
    });

    const together = await Promise.all(
      Array.from({ length: EACH }).flatMap(() =>
        PARTNERS.map(async (partner) => ({
          partner,
          answer: comparable(await hub.query(tokens[partner], query, variables)),
        })),
      ),
    );
    expect(together).toHaveLength(PARTNERS.length * EACH);
    for (const { partner, answer } of together) {
      expect(answer).toEqual(alone[partner]);
    }
  });
});
