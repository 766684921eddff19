import { exportPKCS8, generateKeyPair } from 'jose';
import pg from 'pg';
import {
  createInternalSigner,
  graphqlOperation,
  INTERNAL_IDENTITY_HEADER,
  type Caller,
} from '@hub/common/identity';
import { postGraphQL, startTestHub, type TestHub } from '../support/hub';
import { startSubgraphProcess } from '../support/processes';

/**
 * The internal identity token, as a subgraph sees it: one per subgraph fetch, for that subgraph
 * alone, bound to its request and operation, used once — and a request that runs longer than a
 * token lives still answered.
 */
describe('the internal identity token', () => {
  let hub: TestHub;
  const caller: Caller = { sub: 'someone', partner: 'centre', roles: ['CASE_WORKER'] };
  const casesQuery = '{ cases(first: 1) { code } }';
  const grant = (subgraph: string, query: string) => ({
    caller,
    requestId: 'request-0001',
    subgraph,
    operation: graphqlOperation(query, undefined),
  });
  /** Security events logged by `service`, from log line `since` on (a test's own, from its start). */
  const securityEvents = (service: string, reason?: string, since = 0) =>
    hub.logs.lines
      .slice(since)
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter(
        (line) =>
          line.securityEvent === 'internal-call-refused' &&
          line.service === service &&
          (reason === undefined || line.reason === reason),
      );

  beforeAll(async () => {
    // Tokens of this hub's gateway live 1 s instead of 30, so that a request can outlive one.
    hub = await startTestHub({ gateway: { INTERNAL_TOKEN_TTL_SECONDS: '1' } });
  });
  afterAll(() => hub.close());

  it('is for one subgraph: a token signed for cases is refused by partners', async () => {
    const since = hub.logs.lines.length;
    const sign = createInternalSigner(hub.secrets.internal.privateKey);
    const query = '{ __typename }';
    const forCases = await postGraphQL(
      hub.subgraphUrls.partners,
      { query },
      { [INTERNAL_IDENTITY_HEADER]: sign(grant('cases', query)) },
    );
    expect(forCases.status).toBe(401);
    expect(forCases.body.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(securityEvents('partners', 'audience', since)).toHaveLength(1);

    const forPartners = await postGraphQL(
      hub.subgraphUrls.partners,
      { query },
      { [INTERNAL_IDENTITY_HEADER]: sign(grant('partners', query)) },
    );
    expect(forPartners.status).toBe(200);
  });

  it('is bound to its operation: the same token with another operation is refused', async () => {
    const since = hub.logs.lines.length;
    const sign = createInternalSigner(hub.secrets.internal.privateKey);
    const token = sign(grant('cases', '{ __typename }'));
    const other = await postGraphQL(
      hub.subgraphUrls.cases,
      { query: casesQuery },
      { [INTERNAL_IDENTITY_HEADER]: token },
    );
    expect(other.status).toBe(401);
    expect(other.body.data).toBeUndefined();
    expect(securityEvents('cases', 'operation', since)).toHaveLength(1);

    // The variables (an entity fetch's representations) are part of the operation too.
    const query = 'query ($first: Int) { cases(first: $first) { code } }';
    const signed = sign({
      ...grant('cases', query),
      operation: graphqlOperation(query, { first: 1 }),
    });
    const widened = await postGraphQL(
      hub.subgraphUrls.cases,
      { query, variables: { first: 100 } },
      { [INTERNAL_IDENTITY_HEADER]: signed },
    );
    expect(widened.status).toBe(401);
  });

  it('is used once: the same token a second time is refused', async () => {
    // Other tests replay tokens too (to another replica): count this test's own events.
    const since = hub.logs.lines.length;
    const sign = createInternalSigner(hub.secrets.internal.privateKey);
    const token = sign(grant('cases', casesQuery));
    const send = () =>
      postGraphQL(
        hub.subgraphUrls.cases,
        { query: casesQuery },
        { [INTERNAL_IDENTITY_HEADER]: token },
      );
    const first = await send();
    expect(first.status).toBe(200);
    expect(first.body.data!.cases).toHaveLength(1);
    const replayed = await send();
    expect(replayed.status).toBe(401);
    expect(replayed.body.data).toBeUndefined();
    expect(securityEvents('cases', 'replayed', since)).toHaveLength(1);
  });

  it('is used once across replicas: a token replayed to another replica of cases is refused', async () => {
    const replica = await startSubgraphProcess(hub, 'cases');
    try {
      const sign = createInternalSigner(hub.secrets.internal.privateKey);
      const token = sign(grant('cases', casesQuery));
      const send = (url: string) =>
        postGraphQL(url, { query: casesQuery }, { [INTERNAL_IDENTITY_HEADER]: token });
      const first = await send(hub.subgraphUrls.cases);
      expect(first.status).toBe(200);
      const elsewhere = await send(`${replica.url}/graphql`);
      expect(elsewhere.status).toBe(401);
      expect(elsewhere.body.data).toBeUndefined();
      // And the other way round: first use at the second replica.
      const other = sign(grant('cases', casesQuery));
      const there = await postGraphQL(
        `${replica.url}/graphql`,
        { query: casesQuery },
        { [INTERNAL_IDENTITY_HEADER]: other },
      );
      expect(there.status).toBe(200);
      const back = await postGraphQL(
        hub.subgraphUrls.cases,
        { query: casesQuery },
        { [INTERNAL_IDENTITY_HEADER]: other },
      );
      expect(back.status).toBe(401);
      const database = new pg.Client({ connectionString: hub.db.url });
      await database.connect();
      try {
        const kept = await database.query(
          "select count(*)::int as n from hub.token_use where audience = 'cases' and expires_at > now()",
        );
        expect(kept.rows[0].n).toBeGreaterThanOrEqual(2);
      } finally {
        await database.end();
      }
    } finally {
      await replica.stop();
    }
  });

  it('keeps a request’s identity past a token’s lifetime: each fetch gets a fresh token', async () => {
    const since = hub.logs.lines.length;
    const token = await hub.token('centre', ['CASE_WORKER']);
    const query = '{ cases(first: 5) { code reports { channel reportingPartner { name } } } }';
    // What the gateway used to do: one token for the whole request, signed when it arrived.
    const sign = createInternalSigner(hub.secrets.internal.privateKey, 1);
    const signedAtStart = sign(grant('partners', '{ __typename }'));

    // The reports wait for a lock, so the partners fetch starts 7.5 s after the request: later
    // than a token signed at its start lives (1 s, and the 5 s allowed for clock skew).
    const admin = new pg.Client({ connectionString: hub.db.url });
    await admin.connect();
    const started = Date.now();
    let response;
    try {
      await admin.query('begin');
      await admin.query('lock table cases.report in access exclusive mode');
      const answer = hub.query(token, query);
      await new Promise((resolve) => setTimeout(resolve, 7500));
      await admin.query('commit');
      response = await answer;
    } finally {
      await admin.end();
    }
    expect(Date.now() - started).toBeGreaterThan(7500);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const cases = response.body.data!.cases as {
      reports: { reportingPartner: { name: string } | null }[];
    }[];
    expect(cases.flatMap((c) => c.reports).some((r) => r.reportingPartner?.name)).toBe(true);

    // The old way fails: a token signed at the request's start is expired by the late fetch.
    const late = await postGraphQL(
      hub.subgraphUrls.partners,
      { query: '{ __typename }' },
      { [INTERNAL_IDENTITY_HEADER]: signedAtStart },
    );
    expect(late.status).toBe(401);
    expect(securityEvents('partners', 'expired', since)).toHaveLength(1);
  }, 30_000);

  it('never shows a client a subgraph’s refusal: no internal URL, status or body', async () => {
    const since = hub.logs.lines.length;
    // A gateway whose key the subgraphs do not trust: every fetch is refused.
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const stranger = await hub.startGateway({
      INTERNAL_SIGNING_KEY: await exportPKCS8(privateKey),
    });
    try {
      const response = await postGraphQL(
        stranger.url,
        { query: '{ partners(first: 2) { name } cases(first: 1) { code } }' },
        { authorization: `Bearer ${await hub.token('centre', ['CASE_WORKER'])}` },
      );
      expect(response.body.errors?.length).toBeGreaterThan(0);
      const text = JSON.stringify(response.body);
      expect(text).not.toMatch(/127\.0\.0\.1|localhost|:\d{4,5}\/graphql|"response"|statusText/);
      for (const error of response.body.errors!) {
        expect(error.extensions?.response).toBeUndefined();
        expect(error.extensions?.serviceName).toBeUndefined();
      }
      expect(securityEvents('partners', 'signature', since).length).toBeGreaterThan(0);
    } finally {
      await stranger.close();
    }
  });

  it('logs refused calls as security events, at most 20 a minute per subgraph', async () => {
    const before = securityEvents('legal').length;
    for (let i = 0; i < 40; i += 1) {
      const response = await postGraphQL(
        hub.subgraphUrls.legal,
        { query: '{ __typename }' },
        { [INTERNAL_IDENTITY_HEADER]: `forged.${i}.token` },
      );
      expect(response.status).toBe(401);
    }
    const events = securityEvents('legal');
    expect(events.length - before).toBe(20);
    // What is logged: why, where from, which request — never the token.
    expect(JSON.stringify(events)).not.toContain('forged.');
    expect(events.at(-1)).toMatchObject({ reason: 'invalid', path: '/graphql' });
  });
});
