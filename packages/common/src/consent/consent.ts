import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { DataCategory } from '../categories';
import { hasRole, isCentre, type Caller } from '../identity';
import { grantStore, type ActiveGrant } from './grant-store';
import { breakGlassStore, sealStore } from './seal-store';

export type Decision = 'ALLOWED' | 'DENIED';

/** What one check concluded, and on what basis (kept in the access log). */
export interface Verdict {
  allowed: boolean;
  /** `GRANT:<ids>`, `CENTRE_ROLE`, `BREAK_GLASS:<id>`, or `NONE`. */
  basis: string;
  breakGlass: boolean;
}

/**
 * Who may see what of a case, decided once per request and case, from the database as it is now:
 * grants are read fresh for every request (a revocation or expiry applies to the very next one),
 * in one statement per request per subgraph for all cases involved.
 *
 * - Centre CASE_WORKER / SUPERVISOR: every category of the Centre's open cases; a closed case is
 *   sealed to CORE unless a supervisor opened a break-glass session for it.
 * - Partner users: CORE plus the categories of their partner's active grants for the case.
 * - Everyone else (ANALYST, ADMIN): nothing of a single case.
 */
export class ConsentEvaluator {
  private readonly grants: DataLoader<string, ActiveGrant[]>;
  private readonly seals: DataLoader<string, boolean>;
  private readonly breakGlass: DataLoader<string, string | null>;
  /** Decisions taken in this request: case → decision → basis → categories. */
  readonly decisions = new Map<
    string,
    Map<
      string,
      { decision: Decision; basis: string; breakGlass: boolean; categories: Set<DataCategory> }
    >
  >();

  constructor(
    readonly caller: Caller,
    private readonly em: EntityManager,
    /** Bench mode only: when false every check allows and nothing is recorded. */
    readonly enforce = true,
  ) {
    this.grants = new DataLoader(async (caseIds) => {
      const grants = await grantStore.inForce(this.em, this.caller.partner, [...caseIds]);
      return caseIds.map((caseId) => grants.filter((grant) => grant.caseId === caseId));
    });
    this.seals = new DataLoader(async (caseIds) => {
      const sealed = await sealStore.sealedAmong(this.em, [...caseIds]);
      return caseIds.map((caseId) => sealed.has(caseId));
    });
    this.breakGlass = new DataLoader(async (caseIds) => {
      const running = await breakGlassStore.runningFor(this.em, this.caller.sub, [...caseIds]);
      return caseIds.map((caseId) => running.get(caseId) ?? null);
    });
  }

  /** Cases this very request sealed (closeCase): the seal applies from the next request on. */
  private readonly sealedHere = new Set<string>();

  /**
   * The request that closes a case answers its own caller as that caller saw the case a moment
   * before (every category, for Centre case staff), not with CONSENT_REQUIRED on the reason it
   * has just set. Call before any field of the case is resolved; later requests see the seal.
   */
  sealedByThisRequest(caseId: string): void {
    this.sealedHere.add(caseId);
  }

  /** Centre staff who work cases (as opposed to analysts and administrators). */
  get isCentreCaseStaff(): boolean {
    return isCentre(this.caller) && hasRole(this.caller, 'CASE_WORKER', 'SUPERVISOR');
  }

  get isPartner(): boolean {
    return !isCentre(this.caller);
  }

  /** Decides one category of one case; does not record it. */
  async decide(caseId: string, category: DataCategory): Promise<Verdict> {
    if (!this.enforce) {
      return { allowed: true, basis: 'BENCH', breakGlass: false };
    }
    if (this.isCentreCaseStaff) {
      if (
        category === DataCategory.CORE ||
        this.sealedHere.has(caseId) ||
        !(await this.seals.load(caseId))
      ) {
        return { allowed: true, basis: 'CENTRE_ROLE', breakGlass: false };
      }
      const session = hasRole(this.caller, 'SUPERVISOR')
        ? await this.breakGlass.load(caseId)
        : null;
      return session
        ? { allowed: true, basis: `BREAK_GLASS:${session}`, breakGlass: true }
        : { allowed: false, basis: 'SEALED', breakGlass: false };
    }
    if (this.isPartner) {
      const grants = await this.grants.load(caseId);
      const covering = grants.filter(
        (grant) => category === DataCategory.CORE || grant.categories.includes(category),
      );
      return covering.length > 0
        ? {
            allowed: true,
            basis: `GRANT:${covering
              .map((grant) => grant.id)
              .sort()
              .join(',')}`,
            breakGlass: false,
          }
        : { allowed: false, basis: 'NONE', breakGlass: false };
    }
    return { allowed: false, basis: 'ROLE', breakGlass: false };
  }

  private readonly verdicts = new Map<string, Promise<Verdict>>();
  private readonly settled = new Map<string, Verdict>();

  /** Decides and records one category of one case (decided once per request). */
  async check(caseId: string, category: DataCategory): Promise<Verdict> {
    const key = `${caseId}|${category}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = this.decide(caseId, category);
      this.verdicts.set(key, verdict);
      const decided = await verdict;
      this.settled.set(key, decided);
      this.record(caseId, category, decided);
    }
    return verdict;
  }

  /**
   * The verdict already taken in this request for this case and category, if any: lets the
   * field wrapper answer the many fields of one case without waiting on a promise each time.
   */
  decided(caseId: string, category: DataCategory): Verdict | undefined {
    return this.settled.get(`${caseId}|${category}`);
  }

  /**
   * What a partner wrote itself (its own report and checklist) it may read back, whatever its
   * grants: a verdict on the basis AUTHOR, recorded like any other; undefined for anyone else,
   * who is decided by the usual rule. It opens that value only, never the rest of the case.
   */
  ownWords(caseId: string, category: DataCategory, author: string): Verdict | undefined {
    if (!this.enforce || !this.isPartner || author !== this.caller.partner) {
      return undefined;
    }
    const verdict: Verdict = { allowed: true, basis: 'AUTHOR', breakGlass: false };
    this.record(caseId, category, verdict);
    return verdict;
  }

  /** Whether the caller may know the case exists at all (CORE); recorded. */
  async canSeeCase(caseId: string): Promise<boolean> {
    return (await this.check(caseId, DataCategory.CORE)).allowed;
  }

  record(caseId: string, category: DataCategory, verdict: Verdict): void {
    if (!this.enforce) {
      return;
    }
    const decision: Decision = verdict.allowed ? 'ALLOWED' : 'DENIED';
    let byCase = this.decisions.get(caseId);
    if (!byCase) {
      byCase = new Map();
      this.decisions.set(caseId, byCase);
    }
    const key = `${decision}|${verdict.basis}`;
    let entry = byCase.get(key);
    if (!entry) {
      entry = {
        decision,
        basis: verdict.basis,
        breakGlass: verdict.breakGlass,
        categories: new Set(),
      };
      byCase.set(key, entry);
    }
    entry.categories.add(category);
  }
}
