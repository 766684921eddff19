import { useSyncExternalStore } from 'react';
import { clearAllDrafts } from './drafts';

/** Who is signed in. The token lives only in memory: a reload asks to sign in again. */
export interface Session {
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  partner: string;
  roles: string[];
  via: 'dev' | 'oidc';
}

type Renewer = () => Promise<{ token: string; expiresAt: number } | null>;

let current: Session | null = null;
/** Why the last session ended, for the sign-in page ("your session expired"). */
let endedBecause: 'expired' | null = null;
/** Who the ended session was: what they typed is kept for them, and for no one else. */
let endedUser: string | null = null;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

const notify = () => listeners.forEach((listener) => listener());

/** The claims the page needs from a JWT; the gateway verifies it, the page only reads it. */
export function claimsOf(token: string): {
  sub?: string;
  partner: string;
  roles: string[];
  exp?: number;
} {
  const payload = token.split('.')[1] ?? '';
  const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as {
    sub?: string;
    partner?: string;
    roles?: string[];
    exp?: number;
  };
  return { sub: json.sub, partner: json.partner ?? '', roles: json.roles ?? [], exp: json.exp };
}

const userOf = (session: Session): string => {
  let sub = '';
  try {
    sub = claimsOf(session.token).sub ?? '';
  } catch {
    // Not a JWT the page can read: partner and roles tell users apart.
  }
  return `${sub}|${session.partner}|${[...session.roles].sort().join(',')}`;
};

/**
 * Starts a session and renews it before it expires: at 80 % of its lifetime, at least 10 s
 * ahead, `renew` is asked for a new token.
 */
export function startSession(session: Session, renew?: Renewer): void {
  if (endedUser !== null && endedUser !== userOf(session)) {
    // Someone else signs in after a session ended: the drafts of the one before are not theirs.
    clearAllDrafts();
  }
  endedUser = null;
  current = session;
  endedBecause = null;
  clearTimeout(renewTimer);
  if (renew) {
    const lifetime = session.expiresAt - Date.now();
    const delay = Math.max(1000, Math.min(lifetime * 0.8, lifetime - 10_000));
    renewTimer = setTimeout(async () => {
      try {
        const renewed = await renew();
        if (renewed && current) {
          startSession({ ...current, ...renewed }, renew);
        }
      } catch {
        // The next request's 401 sends the user to sign-in; nothing else to do here.
      }
    }, delay);
  }
  notify();
}

export function endSession(reason: 'expired' | null = null): void {
  clearTimeout(renewTimer);
  if (current) {
    endedUser = userOf(current);
  }
  current = null;
  endedBecause = reason;
  notify();
}

export const getSession = (): Session | null => current;
export const sessionEndedBecause = () => endedBecause;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession);
}

export const isCentre = (session: Session | null): boolean => session?.partner === 'centre';
export const hasRole = (session: Session | null, ...roles: string[]): boolean =>
  roles.some((role) => Boolean(session?.roles.includes(role)));

/**
 * Whether the user works the Centre's cases, as the API decides it (`seesAllCases`,
 * `@CaseStaffOnly`): Centre case workers and supervisors. Analysts and administrators are Centre
 * users too, but the API refuses them every case-work step, so no such form is offered to them.
 */
export const isCaseStaff = (session: Session | null): boolean =>
  isCentre(session) && hasRole(session, 'CASE_WORKER', 'SUPERVISOR');

/** A Centre supervisor (`@SupervisorOnly`, break-glass): reassigning, break-glass and its review. */
export const isSupervisor = (session: Session | null): boolean =>
  isCentre(session) && hasRole(session, 'SUPERVISOR');
