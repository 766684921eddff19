import { ConfigError, parseConfig } from '@hub/common/config';
import { gatewayConfigSchema } from '@hub/gateway';
import { startTestHub, type TestHub } from '../support/hub';

/** The development sign-in a browser client, GraphiQL or the partner CLI uses instead of `hub token`. */
describe('development sign-in', () => {
  let hub: TestHub;
  let base: string;

  beforeAll(async () => {
    hub = await startTestHub();
    base = hub.url.replace(/\/graphql$/, '');
  });
  afterAll(() => hub.close());

  const askToken = (url: string, body: unknown) =>
    fetch(`${url}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('lists the directory partners with the roles their users hold', async () => {
    const response = await fetch(`${base}/dev/users`);
    expect(response.status).toBe(200);
    const users = (await response.json()) as {
      partner: string;
      partnerName: string;
      roles: string[];
    }[];
    expect(users.find((user) => user.partner === 'centre')?.roles).toEqual([
      'CASE_WORKER',
      'SUPERVISOR',
      'ANALYST',
      'ADMIN',
    ]);
    const astra = users.find((user) => user.partner === 'astra');
    expect(astra?.roles).toEqual(['MEMBER', 'COORDINATOR']);
    expect(astra?.partnerName).toEqual(expect.any(String));
  });

  it('issues a token the gateway accepts, for the partner and roles asked', async () => {
    const response = await askToken(base, { partner: 'police-beograd', roles: ['MEMBER'] });
    expect(response.status).toBe(200);
    const { token, expiresAt } = (await response.json()) as { token: string; expiresAt: string };
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now() + 7 * 3600_000);
    const result = await hub.query(token, '{ cases { code } }');
    expect(result.status).toBe(200);
    // The police hold grants for exactly two demo cases.
    expect((result.body.data?.cases as unknown[]).length).toBe(2);
  });

  it('refuses Centre roles for a partner, unknown partners and malformed requests', async () => {
    for (const body of [
      { partner: 'astra', roles: ['SUPERVISOR'] },
      { partner: 'no-such-partner' },
      { roles: ['MEMBER'] },
    ]) {
      const response = await askToken(base, body);
      expect(response.status).toBe(400);
      const json = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('does not exist without the development key', async () => {
    const gateway = await hub.startGateway({
      DEV_TOKEN_SIGNING_KEY: undefined as unknown as string,
    });
    try {
      const root = gateway.url.replace(/\/graphql$/, '');
      expect((await fetch(`${root}/dev/users`)).status).toBe(404);
      expect((await askToken(root, { partner: 'centre' })).status).toBe(404);
    } finally {
      await gateway.close();
    }
  });

  it('does not exist in production, and production refuses the key at start', async () => {
    expect(() =>
      parseConfig(gatewayConfigSchema, { ...hub.gatewayEnv(), HUB_ENV: 'production' }),
    ).toThrow(ConfigError);
    const gateway = await hub.startGateway({
      HUB_ENV: 'production',
      DEV_TOKEN_SIGNING_KEY: undefined as unknown as string,
    });
    try {
      const root = gateway.url.replace(/\/graphql$/, '');
      expect((await fetch(`${root}/dev/users`)).status).toBe(404);
      expect((await askToken(root, { partner: 'centre' })).status).toBe(404);
    } finally {
      await gateway.close();
    }
  });
});
