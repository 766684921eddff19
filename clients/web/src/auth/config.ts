/** What the gateway tells the page at /config.json: how to sign in. */
export interface WebConfig {
  /** OpenID Connect issuer and client id; when absent, only development sign-in is offered. */
  oidc: { issuer: string; clientId: string; scope: string } | null;
}

export function parseWebConfig(raw: unknown): WebConfig {
  const value = (raw ?? {}) as { oidc?: { issuer?: unknown; clientId?: unknown; scope?: unknown } };
  const oidc = value.oidc;
  if (oidc && typeof oidc.issuer === 'string' && typeof oidc.clientId === 'string') {
    return {
      oidc: {
        issuer: oidc.issuer,
        clientId: oidc.clientId,
        scope: typeof oidc.scope === 'string' ? oidc.scope : 'openid profile',
      },
    };
  }
  return { oidc: null };
}

export async function loadWebConfig(): Promise<WebConfig> {
  try {
    const response = await fetch('/config.json');
    return parseWebConfig(response.ok ? await response.json() : null);
  } catch {
    return { oidc: null };
  }
}
