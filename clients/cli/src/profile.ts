import { chmodSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  devToken,
  HubClient,
  refreshingToken,
  tokenExpiry,
  UnauthenticatedError,
  type TokenProvider,
} from '@hub/sdk';
import { fileCursorStore, writeJsonAtomically } from '@hub/sdk/node';
import WebSocket from 'ws';
import { configDir, DEFAULT_URL, type CliEnv } from './env';

/** What `login` keeps: the hub, the token, and for a development sign-in who to sign in as again. */
export interface Profile {
  url: string;
  token: string;
  expiresAt?: string;
  dev?: { partner: string; roles: string[] };
}

export const profilePath = (env: CliEnv) => path.join(configDir(env), 'profile.json');

export function readProfile(env: CliEnv): Profile | null {
  try {
    return JSON.parse(readFileSync(profilePath(env), 'utf8')) as Profile;
  } catch {
    return null;
  }
}

/** Only its owner may read the token: the folder 0700, the file 0600. */
export function saveProfile(env: CliEnv, profile: Profile): string {
  const file = profilePath(env);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  chmodSync(path.dirname(file), 0o700);
  writeJsonAtomically(file, profile);
  chmodSync(file, 0o600);
  return file;
}

export function forgetProfile(env: CliEnv): void {
  rmSync(profilePath(env), { force: true });
}

export const cursorStore = (env: CliEnv) =>
  fileCursorStore(path.join(configDir(env), 'cursors.json'));

/**
 * The stored token while it lasts; after that, a development sign-in signs in again (and keeps the
 * new token), and any other sign-in ends with "sign in again".
 */
function profileTokens(env: CliEnv, profile: Profile): TokenProvider {
  let stored: string | null = profile.token;
  return refreshingToken(async () => {
    const expiry = stored ? tokenExpiry(stored) : null;
    if (stored && (!expiry || expiry.getTime() > Date.now() + 5_000)) {
      const token = stored;
      stored = null;
      return { token };
    }
    if (!profile.dev) {
      throw new UnauthenticatedError('the token has expired or was refused.', {
        code: 'UNAUTHENTICATED',
      });
    }
    const issued = await devToken(profile.url, profile.dev);
    saveProfile(env, { ...profile, token: issued.token, expiresAt: issued.expiresAt });
    return issued;
  });
}

/** A client for the signed-in user. */
export function clientFor(env: CliEnv, url: string | undefined): HubClient {
  const profile = readProfile(env);
  if (!profile) {
    throw new UnauthenticatedError('no token is kept here.', { code: 'UNAUTHENTICATED' });
  }
  return new HubClient({
    url: url ?? profile.url ?? env.HUB_URL ?? DEFAULT_URL,
    token: profileTokens(env, profile),
    webSocketImpl: WebSocket,
    clientName: 'hub-cli',
  });
}
