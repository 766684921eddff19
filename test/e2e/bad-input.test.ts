import { DEV_AUDIENCE, DEV_ISSUER } from '@hub/cli';
import {
  createInternalSigner,
  graphqlOperation,
  INTERNAL_IDENTITY_HEADER,
  operationDigest,
} from '@hub/common/identity';
import { exportPKCS8, generateKeyPair, importPKCS8, SignJWT } from 'jose';
import { postGraphQL, startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

/** No response, whatever went wrong, may show how the hub is built inside. */
function expectNoInternals(response: GraphQLResponse): void {
  const text = JSON.stringify(response.body);
  expect(text).not.toMatch(/stacktrace|\bat [\w.<>]+ \(|node_modules|\.ts:\d+|\.js:\d+/);
}

describe('bad input at the gateway', () => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub();
    token = await hub.token('centre', ['CASE_WORKER']);
  });
  afterAll(() => hub.close());

  const sign = async (
    claims: Record<string, unknown>,
    options: { key?: string; issuer?: string; exp?: string | number } = {},
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('someone')
      .setIssuer(options.issuer ?? DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.exp ?? '5m')
      .sign(await importPKCS8(options.key ?? hub.secrets.issuer.privateKey, 'ES256'));

  const otherKey = async () =>
    exportPKCS8((await generateKeyPair('ES256', { extractable: true })).privateKey);

  const tokens: [string, () => Promise<string | undefined>, RegExp][] = [
    ['no token', async () => undefined, /Missing bearer token/],
    ['a malformed header', async () => 'Token abc', /Malformed Authorization header/],
    ['a token that is not a JWT', async () => 'Bearer not-a-jwt', /Malformed Authorization header/],
    [
      'an expired token',
      async () =>
        `Bearer ${await sign({ partner: 'centre', roles: ['CASE_WORKER'] }, { exp: Math.floor(Date.now() / 1000) - 3600 })}`,
      /expired/,
    ],
    [
      'a token signed with another key',
      async () =>
        `Bearer ${await sign({ partner: 'centre', roles: ['CASE_WORKER'] }, { key: await otherKey() })}`,
      /signature/,
    ],
    [
      'a token from another issuer',
      async () =>
        `Bearer ${await sign({ partner: 'centre', roles: ['CASE_WORKER'] }, { issuer: 'somebody-else' })}`,
      /"iss" claim/,
    ],
    [
      'a token without the partner claim',
      async () => `Bearer ${await sign({ roles: ['CASE_WORKER'] })}`,
      /claims/,
    ],
    [
      'an unsigned token (alg none)',
      async () => {
        const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
        const now = Math.floor(Date.now() / 1000);
        return `Bearer ${encode({ alg: 'none' })}.${encode({ sub: 'x', partner: 'centre', roles: ['SUPERVISOR'], iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: now + 300 })}.`;
      },
      /Malformed|not valid|algorithm/,
    ],
  ];

  it.each(tokens)(
    'refuses %s with 401 UNAUTHENTICATED and no data',
    async (_label, authorization, message) => {
      const header = await authorization();
      const response = await postGraphQL(
        hub.url,
        { query: '{ cases { code person { givenName } } }' },
        header ? { authorization: header } : {},
      );
      expect(response.status).toBe(401);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.body.errors![0].message).toMatch(message);
      expectNoInternals(response);
    },
  );

  it('ignores Centre roles claimed for a user of another partner', async () => {
    // astra holds one demo grant (case 6): with Centre roles it would see all nine cases.
    const forged = await sign({ partner: 'astra', roles: ['SUPERVISOR', 'CASE_WORKER'] });
    const response = await hub.query(forged, '{ cases { code } }');
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ cases: [{ code: 'DEMO-2026-006' }] });
  });

  const requests: [string, () => Promise<GraphQLResponse>, number, string][] = [
    [
      'malformed JSON',
      () =>
        postGraphQL(hub.url, '{"query": "{ cases { code } }"', {
          authorization: `Bearer ${token}`,
        }),
      400,
      'BAD_REQUEST',
    ],
    ['a syntax error', () => hub.query(token, '{ cases { code '), 400, 'GRAPHQL_PARSE_FAILED'],
    [
      'an unknown field',
      () => hub.query(token, '{ cases { code shelterAddress } }'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a variable of the wrong type',
      () =>
        hub.query(token, 'query ($first: Int!) { cases(first: $first) { code } }', {
          first: 'many',
        }),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a missing required variable',
      () => hub.query(token, 'query ($id: ID!) { case(id: $id) { code } }'),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'an enum value that does not exist',
      () => hub.query(token, '{ cases(status: LOST) { code } }'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a body over the size limit',
      () => hub.query(token, `{ cases { code } } # ${'x'.repeat(300_000)}`),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a query nested deeper than allowed',
      () =>
        hub.query(token, `{ cases ${'{ proceedings { case '.repeat(8)}{ id }${' } }'.repeat(8)} }`),
      400,
      'MAX_DEPTH_EXCEEDED',
    ],
  ];

  it.each(requests)(
    'answers %s with a clear error and a stable code',
    async (_label, send, status, code) => {
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.body.data ?? undefined).toBeUndefined();
      expect(response.body.errors?.length).toBeGreaterThan(0);
      expect(response.body.errors![0].extensions?.code).toBe(code);
      expect(response.body.errors![0].message.length).toBeGreaterThan(5);
      expectNoInternals(response);
    },
  );

  it('keeps serving after all of that', async () => {
    const response = await hub.query(token, '{ cases(first: 1) { code } }');
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.cases).toHaveLength(1);
  });
});

describe('subgraphs behind the gateway', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ seed: false });
  });
  afterAll(() => hub.close());

  const query = { query: '{ cases { code } }' };
  const caller = { sub: 'someone', partner: 'centre', roles: ['CASE_WORKER' as const] };
  const grant = {
    caller,
    requestId: 'request-0001',
    subgraph: 'cases',
    operation: graphqlOperation(query.query, undefined),
  };

  it.each(['cases', 'partners', 'services', 'legal'] as const)(
    '%s refuses a direct call without the gateway token',
    async (name) => {
      const response = await postGraphQL(hub.subgraphUrls[name], { query: '{ __typename }' });
      expect(response.status).toBe(401);
      expect(response.body.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.body.data).toBeUndefined();
    },
  );

  it('refuses an internal token signed with a key that is not the gateway’s', async () => {
    const forge = createInternalSigner(
      await exportPKCS8((await generateKeyPair('ES256', { extractable: true })).privateKey),
    );
    const response = await postGraphQL(hub.subgraphUrls.cases, query, {
      [INTERNAL_IDENTITY_HEADER]: forge(grant),
    });
    expect(response.status).toBe(401);
    expect(response.body.data).toBeUndefined();
  });

  it('refuses a caller’s own JWT passed as the internal token', async () => {
    const response = await postGraphQL(hub.subgraphUrls.cases, query, {
      [INTERNAL_IDENTITY_HEADER]: await hub.token('centre', ['SUPERVISOR']),
    });
    expect(response.status).toBe(401);
  });

  it('refuses an expired internal token', async () => {
    const expired = await new SignJWT({
      partner: 'centre',
      roles: ['CASE_WORKER'],
      rid: 'request-0001',
      oph: operationDigest(grant.operation),
    })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('someone')
      .setJti('expired-0001')
      .setIssuer('hub-gateway')
      .setAudience('cases')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 540)
      .sign(await importPKCS8(hub.secrets.internal.privateKey, 'ES256'));
    const response = await postGraphQL(hub.subgraphUrls.cases, query, {
      [INTERNAL_IDENTITY_HEADER]: expired,
    });
    expect(response.status).toBe(401);
  });

  it('accepts the gateway’s own internal token (the control for the refusals above)', async () => {
    const sign = createInternalSigner(hub.secrets.internal.privateKey);
    const response = await postGraphQL(hub.subgraphUrls.cases, query, {
      [INTERNAL_IDENTITY_HEADER]: sign(grant),
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ cases: [] });
  });
});
