import { createServer, type Server } from 'node:http';
import { DEV_AUDIENCE, DEV_ISSUER } from '@hub/cli';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { postGraphQL, startTestHub, type TestHub } from '../support/hub';

/** The gateway verifying callers against a JWKS URL, as with a real identity provider. */
describe('tokens verified against a JWKS', () => {
  let hub: TestHub;
  let jwks: Server;
  let gateway: { url: string; close(): Promise<void> };
  let sign: (claims: Record<string, unknown>, kid?: string) => Promise<string>;

  beforeAll(async () => {
    hub = await startTestHub();
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'idp-key-1', alg: 'ES256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as { port: number };
    gateway = await hub.startGateway({
      JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      JWT_PUBLIC_KEY: undefined as unknown as string,
    });
    sign = (claims, kid = 'idp-key-1') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid })
        .setSubject('idp-user')
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
  });
  afterAll(async () => {
    await gateway.close();
    await new Promise((resolve) => jwks.close(resolve));
    await hub.close();
  });

  it('accepts a token signed with a key the JWKS publishes', async () => {
    const token = await sign({ partner: 'centre', roles: ['CASE_WORKER'] });
    const response = await postGraphQL(
      gateway.url,
      { query: '{ cases(first: 1) { code } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ cases: [{ code: 'DEMO-2026-001' }] });
  });

  it('refuses a token whose key the JWKS does not publish', async () => {
    const token = await sign({ partner: 'centre', roles: ['CASE_WORKER'] }, 'unknown-key');
    const response = await postGraphQL(
      gateway.url,
      { query: '{ cases { code } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(response.status).toBe(401);
    expect(response.body.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
