import { postGraphQL, startTestHub, type TestHub } from '../support/hub';

/**
 * Rate limits and the cost budget: an abusive caller is refused with 429, Retry-After and the
 * IETF draft RateLimit fields, counted in PostgreSQL so that every gateway replica enforces the
 * same window — while a normal caller, and the Centre, carry on unaffected.
 */
describe('rate limits', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ seed: false });
  });
  afterAll(() => hub.close());

  const ask = (url: string, token: string, query = '{ myGrants { id } }') =>
    postGraphQL(url, { query }, { authorization: `Bearer ${token}` });

  it('throttles an abusive caller across two replicas, and not a normal one', async () => {
    const settings = { RATE_PER_CALLER: '10', RATE_PER_PARTNER: '1000', RATE_WINDOW_SECONDS: '60' };
    const [one, two] = [await hub.startGateway(settings), await hub.startGateway(settings)];
    try {
      const abuser = await hub.tokenFor('abuser-integration', 'astra', ['MEMBER']);
      const normal = await hub.tokenFor('normal-user', 'astra', ['MEMBER']);
      const statuses: number[] = [];
      for (let i = 0; i < 14; i++) {
        statuses.push((await ask(i % 2 ? one.url : two.url, abuser)).status);
      }
      // Ten in the window, whichever replica took them; the rest refused.
      expect(statuses.filter((s) => s === 200)).toHaveLength(10);
      expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);

      const refused = await ask(one.url, abuser);
      expect(refused.status).toBe(429);
      expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(refused.headers.get('ratelimit-policy')).toMatch(/"caller";q=10;w=60/);
      expect(refused.headers.get('ratelimit')).toMatch(/"caller";r=0;t=\d+/);

      const fine = await ask(two.url, normal);
      expect(fine.status).toBe(200);
      expect(fine.body.errors).toBeUndefined();
      expect(fine.headers.get('ratelimit')).toMatch(/"caller";r=9;t=\d+/);
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('holds all the users of one partner to the partner’s limit, but not the Centre', async () => {
    const gateway = await hub.startGateway({ RATE_PER_CALLER: '100', RATE_PER_PARTNER: '6' });
    try {
      const users = await Promise.all(
        ['p1', 'p2', 'p3'].map((sub) => hub.tokenFor(`atina-${sub}`, 'atina', ['MEMBER'])),
      );
      const statuses: number[] = [];
      for (let i = 0; i < 9; i++) {
        statuses.push((await ask(gateway.url, users[i % 3])).status);
      }
      expect(statuses.filter((s) => s === 429)).toHaveLength(3);
      const other = await ask(gateway.url, await hub.tokenFor('iom-user', 'iom', ['MEMBER']));
      expect(other.status).toBe(200);
      const centre = await hub.tokenFor('centre-worker', 'centre', ['CASE_WORKER']);
      for (let i = 0; i < 8; i++) {
        expect((await ask(gateway.url, centre, '{ cases(first: 1) { id } }')).status).toBe(200);
      }
    } finally {
      await gateway.close();
    }
  });

  it('charges each operation’s cost to the caller’s budget', async () => {
    const gateway = await hub.startGateway({ COST_BUDGET_PER_CALLER: '500' });
    try {
      const spender = await hub.tokenFor('big-spender', 'astra', ['MEMBER']);
      // partners(first: 100) { id }: cost 100.
      const expensive = '{ partners(first: 100) { id } }';
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        statuses.push((await ask(gateway.url, spender, expensive)).status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const refused = await ask(gateway.url, spender, expensive);
      expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(refused.body.errors?.[0].message).toMatch(/cost budget of 500/);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const thrifty = await hub.tokenFor('thrifty', 'astra', ['MEMBER']);
      expect((await ask(gateway.url, thrifty, expensive)).status).toBe(200);
    } finally {
      await gateway.close();
    }
  });

  it('holds the users of one partner to the partner’s cost budget together', async () => {
    const gateway = await hub.startGateway({
      COST_BUDGET_PER_CALLER: '100000',
      COST_BUDGET_PER_PARTNER: '300',
    });
    try {
      const expensive = '{ partners(first: 100) { id } }'; // cost 100
      const users = await Promise.all(
        ['t1', 't2', 't3', 't4'].map((sub) =>
          hub.tokenFor(`ngo-token-${sub}`, 'ngo-novi-sad', ['MEMBER']),
        ),
      );
      const statuses: number[] = [];
      for (const user of users) {
        statuses.push((await ask(gateway.url, user, expensive)).status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await ask(gateway.url, users[0], expensive);
      expect(refused.body.errors?.[0].message).toMatch(/partner's cost budget of 300/);
      // Another partner no other test here spends for: budgets are counted in PostgreSQL, across
      // gateways, and iom's was spent by the in-flight test when that ran first.
      const other = await hub.tokenFor('csw-kragujevac-user', 'csw-kragujevac', ['MEMBER']);
      expect((await ask(gateway.url, other, expensive)).status).toBe(200);
    } finally {
      await gateway.close();
    }
  });

  it('refuses a caller whose cost budget is spent before reading its operation', async () => {
    const gateway = await hub.startGateway({ COST_BUDGET_PER_CALLER: '150' });
    try {
      const spender = await hub.tokenFor('early-refused', 'astra', ['MEMBER']);
      expect((await ask(gateway.url, spender, '{ partners(first: 100) { id } }')).status).toBe(200);
      expect((await ask(gateway.url, spender, '{ partners(first: 100) { id } }')).status).toBe(429);
      // Not even parsed now: a document that does not parse is refused for the budget, and the
      // refusal is held back a second (RATE_LIMITED_DELAY_MS), so looping on it gains nothing.
      const started = Date.now();
      const early = await ask(gateway.url, spender, '{ not graphql');
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
      expect(early.status).toBe(429);
      expect(early.body.errors?.[0].message).toMatch(/cost budget of 150/);
      expect(Number(early.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(early.headers.get('ratelimit')).toMatch(/^"cost";r=0;t=\d+$/);
    } finally {
      await gateway.close();
    }
  });

  it('runs one partner’s expensive operations one after another, not all at once', async () => {
    const gateway = await hub.startGateway({ MAX_COST_IN_FLIGHT_PER_PARTNER: '100' });
    try {
      const expensive = '{ partners(first: 100) { services { provider { name } } } }';
      const users = await Promise.all(
        Array.from({ length: 4 }, (_, i) => hub.tokenFor(`in-flight-${i}`, 'astra', ['MEMBER'])),
      );
      const other = await hub.tokenFor('in-flight-other', 'iom', ['MEMBER']);
      const [answers, elsewhere] = await Promise.all([
        Promise.all(
          Array.from({ length: 20 }, (_, i) => ask(gateway.url, users[i % 4], expensive)),
        ),
        ask(gateway.url, other, expensive),
      ]);
      const statuses = answers.map((answer) => answer.status);
      // One runs, eight wait their turn, the rest are refused; another partner is not held back.
      expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(9);
      const refused = answers.filter((answer) => answer.status === 429);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused[0].body.errors?.[0].message).toMatch(/expensive operations of your partner/);
      expect(elsewhere.status).toBe(200);
    } finally {
      await gateway.close();
    }
  });

  it('refuses an address after too many failed authentications', async () => {
    const gateway = await hub.startGateway({ AUTH_FAILURES_PER_ADDRESS: '5' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        statuses.push((await ask(gateway.url, 'not.a.token')).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const refused = await ask(gateway.url, 'not.a.token');
      expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(refused.headers.get('retry-after')).toBeTruthy();
      // A valid token from the same address still works: failures punish guessing, not users.
      const valid = await ask(gateway.url, await hub.token('astra', ['MEMBER']));
      expect(valid.status).toBe(200);
    } finally {
      await gateway.close();
    }
  });
});
