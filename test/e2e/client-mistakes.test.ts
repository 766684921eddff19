import { postGraphQL, startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

/**
 * Mistakes a client can make are answered as mistakes: a 4xx with a stable code that says what
 * was wrong — never a 500, never a masked INTERNAL_SERVER_ERROR (issue 15 found each of these
 * answered as an internal fault).
 */
describe('client mistakes are 4xx with a code', () => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub({ seed: false });
    token = await hub.token('astra', ['MEMBER']);
  });
  afterAll(() => hub.close());

  const send = (body: unknown, headers: Record<string, string> = {}) =>
    postGraphQL(hub.url, body, { authorization: `Bearer ${token}`, ...headers });

  const mistakes: [string, unknown, string, RegExp][] = [
    [
      'a fragment cycle',
      {
        query:
          'query { partners { ...A } } fragment A on Partner { id ...B } fragment B on Partner { ...A }',
      },
      'GRAPHQL_VALIDATION_FAILED',
      /within itself/,
    ],
    [
      'an unknown fragment',
      { query: '{ partners { ...Nope } }' },
      'GRAPHQL_VALIDATION_FAILED',
      /Unknown fragment/,
    ],
    [
      'several operations without operationName',
      { query: 'query A { partners { id } } query B { myGrants { id } }' },
      'OPERATION_RESOLUTION_FAILURE',
      /2 operations/,
    ],
    [
      'an unknown operationName',
      { query: 'query A { partners { id } }', operationName: 'Z' },
      'OPERATION_RESOLUTION_FAILURE',
      /no operation named "Z"/,
    ],
    [
      'a subscription sent over POST',
      { query: 'subscription { myReferralEvents { id } }' },
      'BAD_REQUEST',
      /WebSocket/,
    ],
    [
      'extensions.persistedQuery as a string',
      { query: '{ __typename }', extensions: { persistedQuery: 'x' } },
      'BAD_REQUEST',
      /persistedQuery/,
    ],
    [
      'extensions.persistedQuery with a numeric hash',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 5 } } },
      'BAD_REQUEST',
      /persistedQuery/,
    ],
    [
      'extensions.persistedQuery of another version',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 2 } } },
      'BAD_REQUEST',
      /persistedQuery/,
    ],
    [
      'a NUL byte in a string variable',
      {
        query: 'query ($code: String!) { partnerByCode(code: $code) { id } }',
        variables: { code: 'astra\u0000' },
      },
      'BAD_USER_INPUT',
      /NUL/,
    ],
    [
      'a NUL byte in a string literal',
      { query: '{ partnerByCode(code: "astra\\u0000") { id } }' },
      'BAD_USER_INPUT',
      /NUL/,
    ],
    [
      'a date literal that does not parse',
      { query: '{ upcomingHearings(from: "x", to: "y") { id } }' },
      'GRAPHQL_VALIDATION_FAILED',
      /DateTimeISO/,
    ],
    [
      'a date variable that does not parse',
      {
        query: 'query ($f: DateTimeISO!) { upcomingHearings(from: $f, to: $f) { id } }',
        variables: { f: 'x' },
      },
      'BAD_USER_INPUT',
      /DateTimeISO/,
    ],
  ];

  const expectMistake = (response: GraphQLResponse, code: string, message: RegExp) => {
    expect(response.body.errors?.[0].extensions?.code).toBe(code);
    expect(response.body.errors?.[0].message).toMatch(message);
    expect(response.body.data ?? undefined).toBeUndefined();
  };

  it.each(mistakes)('answers %s with 400 and its code', async (_label, body, code, message) => {
    const response = await send(body);
    expect(response.status).toBe(400);
    expectMistake(response, code, message);
  });

  it.each(mistakes)(
    'answers %s with 200 to a client that accepts only application/json (GraphQL over HTTP)',
    async (_label, body, code, message) => {
      const response = await send(body, { accept: 'application/json' });
      // Request-shape refusals (before GraphQL) stay 400; GraphQL request errors are 200.
      expect([200, 400]).toContain(response.status);
      expectMistake(response, code, message);
    },
  );
});

describe('odd but harmless text', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ seed: false });
  });
  afterAll(() => hub.close());

  it.each([' ', '  Ниш ', '\t'])(
    'finds services in region %j without a fault (found by the fuzz test)',
    async (region) => {
      const token = await hub.token('astra', ['MEMBER']);
      const response = await hub.query(
        token,
        'query ($region: String, $language: String) { services(region: $region, language: $language) { id } }',
        { region, language: region },
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data).toEqual({ services: [] });
    },
  );
});
