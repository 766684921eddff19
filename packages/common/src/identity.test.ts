import { createPrivateKey, sign } from 'node:crypto';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import {
  createInternalSigner,
  createInternalVerifier,
  InternalTokenRefused,
  type Caller,
  type InternalGrant,
} from './identity';

/**
 * The internal token as a subgraph's verifier sees forged or stale ones: only the gateway's own
 * shape, signed by its key, for this subgraph, fresh, is accepted.
 */
describe('the internal token verifier', () => {
  const caller: Caller = { sub: 'worker-1', partner: 'atina', roles: ['MEMBER'] };
  const grant: InternalGrant = {
    caller,
    requestId: 'request-1',
    subgraph: 'cases',
    operation: '{ __typename }\nnull',
  };
  let keys: { privateKey: string; publicKey: string };
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = () => Math.floor(Date.now() / 1000);
  /** A token in the signer's shape with chosen header and claims, signed with the hub's key. */
  const forge = (header: object, claims: object) => {
    const input = `${b64(header)}.${b64(claims)}`;
    const signature = sign('sha256', Buffer.from(input), {
      key: createPrivateKey(keys.privateKey),
      dsaEncoding: 'ieee-p1363',
    });
    return `${input}.${signature.toString('base64url')}`;
  };
  const claims = (overrides: object = {}) => ({
    sub: caller.sub,
    partner: caller.partner,
    roles: caller.roles,
    rid: 'request-1',
    oph: 'digest',
    iss: 'hub-gateway',
    aud: 'cases',
    iat: now(),
    exp: now() + 30,
    jti: 'one-time-id',
    ...overrides,
  });
  const refusal = async (token: string) => {
    const verify = await createInternalVerifier(keys.publicKey, 'cases');
    return verify(token).then(
      () => 'accepted',
      (error: unknown) => (error instanceof InternalTokenRefused ? error.reason : String(error)),
    );
  };

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    keys = {
      privateKey: await exportPKCS8(pair.privateKey),
      publicKey: await exportSPKI(pair.publicKey),
    };
  });

  it('accepts what the gateway signed and gives back its caller and bindings', async () => {
    const verify = await createInternalVerifier(keys.publicKey, 'cases');
    const identity = await verify(createInternalSigner(keys.privateKey)(grant));
    expect(identity).toMatchObject({ caller, requestId: 'request-1', audienceHash: null });
    expect(identity.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses another header: no algorithm is the sender’s choice', async () => {
    const body = claims();
    expect(await refusal(forge({ alg: 'none', typ: 'JWT' }, body))).toBe('invalid');
    expect(await refusal(forge({ alg: 'HS256', typ: 'JWT' }, body))).toBe('invalid');
    expect(await refusal(forge({ alg: 'ES256' }, body))).toBe('invalid');
    const unsigned = `${b64({ alg: 'ES256', typ: 'JWT' })}.${b64(body)}.`;
    expect(await refusal(unsigned)).toBe('invalid');
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const [header, , signature] = createInternalSigner(keys.privateKey)(grant).split('.');
    const centre = b64(claims({ partner: 'centre', roles: ['SUPERVISOR'] }));
    expect(await refusal(`${header}.${centre}.${signature}`)).toBe('signature');
  });

  it('refuses a token signed with another key', async () => {
    const other = await generateKeyPair('ES256', { extractable: true });
    const token = createInternalSigner(await exportPKCS8(other.privateKey))(grant);
    expect(await refusal(token)).toBe('signature');
  });

  it('refuses a token for another subgraph or from another issuer', async () => {
    const header = { alg: 'ES256', typ: 'JWT' };
    expect(await refusal(forge(header, claims({ aud: 'partners' })))).toBe('audience');
    expect(await refusal(forge(header, claims({ iss: 'someone' })))).toBe('claim:iss');
  });

  it('refuses an expired token, one older than 60 s, and one issued in the future', async () => {
    const header = { alg: 'ES256', typ: 'JWT' };
    expect(await refusal(forge(header, claims({ exp: now() - 10 })))).toBe('expired');
    expect(await refusal(forge(header, claims({ iat: now() - 120, exp: now() + 30 })))).toBe(
      'claim:iat',
    );
    expect(await refusal(forge(header, claims({ iat: now() + 120, exp: now() + 150 })))).toBe(
      'claim:iat',
    );
    expect(await refusal(forge(header, claims({ nbf: now() + 120 })))).toBe('claim:nbf');
  });

  it('refuses a token without its one-time id or its binding', async () => {
    const header = { alg: 'ES256', typ: 'JWT' };
    expect(await refusal(forge(header, claims({ jti: undefined })))).toBe('invalid');
    expect(await refusal(forge(header, claims({ oph: undefined })))).toBe('invalid');
    expect(await refusal(forge(header, claims({ partner: undefined })))).toBe('invalid');
  });
});
