import { parseWebConfig } from '../src/auth/config';
import { oidcSettings } from '../src/auth/oidc';

describe('sign-in configuration', () => {
  it('offers OpenID Connect only when the gateway names an issuer and a client', () => {
    expect(parseWebConfig({ oidc: null })).toEqual({ oidc: null });
    expect(parseWebConfig({ oidc: { issuer: 'https://idp.example.org/' } })).toEqual({
      oidc: null,
    });
    expect(parseWebConfig(null)).toEqual({ oidc: null });
    expect(
      parseWebConfig({ oidc: { issuer: 'https://idp.example.org/', clientId: 'hub-web' } }),
    ).toEqual({
      oidc: { issuer: 'https://idp.example.org/', clientId: 'hub-web', scope: 'openid profile' },
    });
  });

  it('uses the authorisation code flow (PKCE) and renews silently, returning to /sign-in/callback', () => {
    const settings = oidcSettings(
      { issuer: 'https://idp.example.org/', clientId: 'hub-web', scope: 'openid profile' },
      'https://hub.example.org',
    );
    expect(settings).toMatchObject({
      authority: 'https://idp.example.org/',
      client_id: 'hub-web',
      response_type: 'code',
      redirect_uri: 'https://hub.example.org/sign-in/callback',
      automaticSilentRenew: true,
    });
  });
});
