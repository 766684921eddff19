import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { postGraphQL, startTestHub, type TestHub } from '../support/hub';

/** What a graphql-ws subscribe got: its first error's code, or 'next' when it was accepted. */
async function subscribeOutcome(wsUrl: string, token: string, query: string): Promise<string> {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
  });
  try {
    return await new Promise<string>((resolve) => {
      const timer = setTimeout(() => resolve('accepted'), 1500);
      client.subscribe(
        { query },
        {
          next: (result) => {
            clearTimeout(timer);
            resolve(String(result.errors?.[0]?.extensions?.code ?? 'next'));
          },
          error: (error) => {
            clearTimeout(timer);
            const errors = error as { extensions?: { code?: string } }[];
            resolve(String(Array.isArray(errors) ? errors[0]?.extensions?.code : 'closed'));
          },
          complete: () => undefined,
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

const aliases = (n: number, field = 'partners(first: 1) { id }') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('operation limits at the gateway', () => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub({ seed: false });
    token = await hub.token('astra', ['MEMBER']);
  });
  afterAll(() => hub.close());

  const limited: [string, () => string, string][] = [
    ['31 aliases (limit 30)', () => aliases(31), 'MAX_ALIASES_EXCEEDED'],
    [
      '10,000 aliases (the attack of issue 15)',
      () => aliases(10_000, 'partners { id }'),
      'MAX_TOKENS_EXCEEDED',
    ],
    [
      'more than 3,000 tokens',
      () => `{ partners(first: 1) { ${'id '.repeat(3001)} } }`,
      'MAX_TOKENS_EXCEEDED',
    ],
    [
      '31 directives (limit 30)',
      () => `{ partners(first: 1) { ${'id @include(if: true) '.repeat(31)} } }`,
      'MAX_DIRECTIVES_EXCEEDED',
    ],
    [
      'a selection 13 levels deep (limit 12)',
      () => `{ cases(first: 1) ${'{ proceedings { case '.repeat(6)}{ id }${' } }'.repeat(6)} }`,
      'MAX_DEPTH_EXCEEDED',
    ],
    [
      'depth hidden in fragments',
      () =>
        `{ cases(first: 1) { ...A } } fragment A on Case { proceedings { case { ...B } } } fragment B on Case { proceedings { case { ...C } } } fragment C on Case { proceedings { case { proceedings { case { proceedings { case { proceedings { case { id } } } } } } } } }`,
      'MAX_DEPTH_EXCEEDED',
    ],
    [
      '16 top-level fields (limit 15)',
      () => `{ ${Array.from({ length: 16 }, (_, i) => `f${i}: myGrants { id }`).join(' ')} }`,
      'MAX_ROOT_FIELDS_EXCEEDED',
    ],
    [
      'nested lists past the cost limit',
      () => '{ partners { services { provider { services { provider { services { id } } } } } } }',
      'MAX_COST_EXCEEDED',
    ],
    [
      'a large `first` past the cost limit',
      () => '{ partners(first: 500) { services { provider { services { id } } } } }',
      'MAX_COST_EXCEEDED',
    ],
  ];

  it.each(limited)('refuses %s with 400 and its code, before planning', async (_l, doc, code) => {
    const started = Date.now();
    const response = await hub.query(token, doc());
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0].extensions?.code).toBe(code);
    expect(response.body.errors?.[0].message).toMatch(/at most|more than/);
    // Refused at the edge: no subgraph was asked, so it is quick even on a busy machine.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('counts top-level fields without aliases too (MAX_ROOT_FIELDS)', async () => {
    const gateway = await hub.startGateway({ MAX_ROOT_FIELDS: '3' });
    try {
      const response = await postGraphQL(
        gateway.url,
        {
          query: `{ myGrants { id } partners(first: 1) { id } caseCount: cases(first: 1) { id } services { id } }`,
        },
        { authorization: `Bearer ${token}` },
      );
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0].extensions?.code).toBe('MAX_ROOT_FIELDS_EXCEEDED');
    } finally {
      await gateway.close();
    }
  });

  it('accepts an operation just inside every limit', async () => {
    const response = await hub.query(
      token,
      `{ ${Array.from({ length: 14 }, (_, i) => `a${i}: partners(first: 2) { id services { id } }`).join(' ')} partners(first: 1) { ${Array.from({ length: 15 }, (_, i) => `b${i}: id`).join(' ')} } }`,
    );
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });

  it('survives fragment cycles (graphql-depth-limit crashed on them)', async () => {
    const response = await hub.query(
      token,
      '{ partners { ...A } } fragment A on Partner { id ...B } fragment B on Partner { ...A }',
    );
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('applies the limits to subscriptions at subscribe time', async () => {
    const follow = (selection: string) => `subscription { myReferralEvents { id ${selection} } }`;
    expect(await subscribeOutcome(hub.wsUrl, token, follow('type'))).toBe('accepted');
    const many = Array.from({ length: 2000 }, (_, i) => `a${i}: type`).join(' ');
    expect(await subscribeOutcome(hub.wsUrl, token, follow(many))).toBe('MAX_TOKENS_EXCEEDED');
    const some = Array.from({ length: 40 }, (_, i) => `a${i}: type`).join(' ');
    expect(await subscribeOutcome(hub.wsUrl, token, follow(some))).toBe('MAX_ALIASES_EXCEEDED');
    // The deepest selection the depth limit lets through costs about 12,000.
    const cheap = await hub.startGateway({ MAX_COST: '5000' });
    const refused = await subscribeOutcome(
      cheap.wsUrl,
      token,
      follow(
        'referral { service { provider { services { provider { services { provider { services { provider { services { id } } } } } } } } } }',
      ),
    );
    await cheap.close();
    expect(refused).toBe('MAX_COST_EXCEEDED');
  });

  it('closes a WebSocket that sends a frame larger than the limit', async () => {
    const socket = new WebSocket(hub.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(300_000) } }));
    expect(await closed).toBe(1009); // Message Too Big
  });

  it('refuses introspection to partners in production, and allows it to the Centre', async () => {
    const gateway = await hub.startGateway({ HUB_ENV: 'production' });
    try {
      const ask = async (who: string, query: string) =>
        postGraphQL(gateway.url, { query }, { authorization: `Bearer ${who}` });
      const partner = await ask(token, '{ __schema { queryType { name } } }');
      expect(partner.status).toBe(400);
      expect(partner.body.errors?.[0].extensions?.code).toBe('INTROSPECTION_DISABLED');
      const suggestion = await ask(token, '{ partnerz { id } }');
      expect(suggestion.body.errors?.[0].message).not.toMatch(/Did you mean/);
      const centre = await ask(
        await hub.token('centre', ['CASE_WORKER']),
        '{ __schema { queryType { name } } }',
      );
      expect(centre.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      // Development shows both to everyone.
      const dev = await hub.query(token, '{ partnerz { id } }');
      expect(dev.body.errors?.[0].message).toMatch(/Did you mean/);
    } finally {
      await gateway.close();
    }
  });
});
