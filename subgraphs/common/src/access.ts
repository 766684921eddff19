import { hasRole, isCentre, type Caller } from './identity';
import { ErrorCode, forbidden, HubError } from './errors';

/**
 * Whether the caller works the Centre's cases and so sees every category of them: Centre case
 * workers and supervisors. Analysts see statistics only; administrators run the system, not cases.
 * Partner users see nothing of a case until consent grants it (the consent layer decides that).
 */
export const seesAllCases = (caller: Caller): boolean =>
  isCentre(caller) && hasRole(caller, 'CASE_WORKER', 'SUPERVISOR');

/** Refuses anyone but Centre case workers and supervisors, saying who may do `what`. */
export function requireCaseStaff(caller: Caller, what: string): void {
  if (!seesAllCases(caller)) {
    throw forbidden(`${what} is done by Centre case workers and supervisors.`);
  }
}

/**
 * The moves a workflow allows, as "from → the states it may go to". `requireMove` refuses any
 * other move with INVALID_TRANSITION, naming the current state and the one asked for.
 */
export type Moves<S extends string> = Readonly<Record<S, readonly S[]>>;

export function requireMove<S extends string>(what: string, moves: Moves<S>, from: S, to: S): void {
  if (!moves[from].includes(to)) {
    throw new HubError(
      ErrorCode.INVALID_TRANSITION,
      `${what} that is ${from} cannot become ${to}.`,
      {
        status: from,
        to,
      },
    );
  }
}
