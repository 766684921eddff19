import type { UserManager, UserManagerSettings } from 'oidc-client-ts';
import type { WebConfig } from './config';
import { claimsOf, startSession } from './session';

/**
 * OpenID Connect sign-in: authorisation code with PKCE (oidc-client-ts does both), the user
 * kept in memory only (InMemoryWebStorage), silent renewal before the access token expires.
 */
export function oidcSettings(
  oidc: NonNullable<WebConfig['oidc']>,
  origin: string,
): Omit<UserManagerSettings, 'userStore' | 'stateStore'> {
  return {
    authority: oidc.issuer,
    client_id: oidc.clientId,
    redirect_uri: `${origin}/sign-in/callback`,
    post_logout_redirect_uri: `${origin}/sign-in`,
    response_type: 'code',
    scope: oidc.scope,
    automaticSilentRenew: true,
  };
}

let manager: UserManager | null = null;

async function userManager(oidc: NonNullable<WebConfig['oidc']>): Promise<UserManager> {
  if (!manager) {
    // Loaded only when OIDC is configured: development sign-in does not pay for it.
    const { UserManager, WebStorageStateStore, InMemoryWebStorage } =
      await import('oidc-client-ts');
    const settings = oidcSettings(oidc, window.location.origin);
    manager = new UserManager({
      ...settings,
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      // The PKCE verifier must survive the redirect to the issuer and back: session storage.
      stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    });
    manager.events.addUserLoaded((user) => {
      const claims = claimsOf(user.access_token);
      startSession({
        token: user.access_token,
        expiresAt: (user.expires_at ?? 0) * 1000,
        partner: claims.partner,
        roles: claims.roles,
        via: 'oidc',
      });
    });
  }
  return manager;
}

export async function signInWithOidc(oidc: NonNullable<WebConfig['oidc']>, next: string) {
  await (await userManager(oidc)).signinRedirect({ state: { next } });
}

/** Completes the redirect back from the issuer; returns where the user was going. */
export async function completeOidcSignIn(oidc: NonNullable<WebConfig['oidc']>): Promise<string> {
  const user = await (await userManager(oidc)).signinRedirectCallback();
  const claims = claimsOf(user.access_token);
  startSession({
    token: user.access_token,
    expiresAt: (user.expires_at ?? 0) * 1000,
    partner: claims.partner,
    roles: claims.roles,
    via: 'oidc',
  });
  return (user.state as { next?: string } | undefined)?.next ?? '/';
}
