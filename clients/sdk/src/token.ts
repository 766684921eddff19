/**
 * Where the client gets its bearer token. A partner's system signs its users in with its own
 * identity provider; the client only asks for a token when it needs one, and for a fresh one
 * shortly before the current one expires or when the hub refused it.
 */
export interface TokenProvider {
  /** A token valid for at least a little longer. */
  getToken(): Promise<string>;
  /** The hub refused the last token: the next getToken() must not return it again. */
  invalidate?(): void;
}

/** A token and when it stops being valid. */
export interface IssuedToken {
  token: string;
  /** Date, ISO text or milliseconds; when absent, read from the token's `exp` claim. */
  expiresAt?: Date | string | number;
}

/** A fixed token (a script with a token from `hub token` or `hub-partner login --token`). */
export function staticToken(token: string): TokenProvider {
  return { getToken: async () => token };
}

/** Seconds-since-epoch `exp` of a JWT, without verifying it (the hub verifies). */
export function tokenExpiry(token: string): Date | null {
  const payload = token.split('.')[1];
  if (!payload) {
    return null;
  }
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))) as {
      exp?: unknown;
    };
    return typeof json.exp === 'number' ? new Date(json.exp * 1000) : null;
  } catch {
    return null;
  }
}

/**
 * A token from `issue()`, kept until `refreshBeforeMs` before it expires, then issued again.
 * Concurrent callers share one issue in flight.
 */
export function refreshingToken(
  issue: () => Promise<IssuedToken>,
  options: { refreshBeforeMs?: number; now?: () => number } = {},
): TokenProvider {
  const margin = options.refreshBeforeMs ?? 60_000;
  const now = options.now ?? Date.now;
  let current: { token: string; expiresAt: number; lifetime: number } | null = null;
  let pending: Promise<string> | null = null;
  const fresh = () =>
    (pending ??= issue()
      .then(({ token, expiresAt }) => {
        const at =
          expiresAt === undefined
            ? (tokenExpiry(token)?.getTime() ?? Number.POSITIVE_INFINITY)
            : new Date(expiresAt).getTime();
        current = { token, expiresAt: at, lifetime: at - now() };
        return token;
      })
      .finally(() => {
        pending = null;
      }));
  return {
    getToken: async () => {
      if (current) {
        // A token that lives shorter than the margin is refreshed at half its life.
        const left = current.expiresAt - now();
        if (left > Math.min(margin, current.lifetime / 2)) {
          return current.token;
        }
      }
      return fresh();
    },
    invalidate: () => {
      current = null;
    },
  };
}

/** The demo users the development sign-in offers (`GET /dev/users`). */
export interface DevUser {
  partner: string;
  partnerName: string;
  roles: string[];
}

/** The hub's base URL (no /graphql) from its API URL. */
export const hubOrigin = (apiUrl: string): string => apiUrl.replace(/\/graphql\/?$/, '');

/** Lists the development sign-in's demo users; fails with 404 outside development. */
export async function devUsers(
  apiUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<DevUser[]> {
  const response = await fetchImpl(`${hubOrigin(apiUrl)}/dev/users`);
  if (!response.ok) {
    throw new Error(`The development sign-in is not available here (HTTP ${response.status}).`);
  }
  return (await response.json()) as DevUser[];
}

/** One token from the development sign-in (`POST /dev/token`). */
export async function devToken(
  apiUrl: string,
  request: { partner: string; roles?: string[]; sub?: string; ttlSeconds?: number },
  fetchImpl: typeof fetch = fetch,
): Promise<{ token: string; expiresAt: string }> {
  const response = await fetchImpl(`${hubOrigin(apiUrl)}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json().catch(() => null)) as
    | { token: string; expiresAt: string; errors?: undefined }
    | { errors: { message: string }[] }
    | null;
  if (!response.ok || !body || body.errors) {
    const message = body?.errors?.[0]?.message;
    throw new Error(
      response.status === 404
        ? 'The development sign-in is not available here (is this a production hub?).'
        : (message ?? `The development sign-in failed (HTTP ${response.status}).`),
    );
  }
  return body;
}

/**
 * Development only: signs in as a demo partner through the hub's development sign-in and
 * refreshes the token before it expires.
 */
export function devSignIn(
  apiUrl: string,
  request: { partner: string; roles?: string[]; sub?: string; ttlSeconds?: number },
  options: { refreshBeforeMs?: number; fetch?: typeof fetch } = {},
): TokenProvider {
  return refreshingToken(() => devToken(apiUrl, request, options.fetch), options);
}
