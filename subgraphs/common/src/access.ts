import { hasRole, isCentre, type Caller } from './identity';

/**
 * Whether the caller works the Centre's cases and so sees every category of them: Centre case
 * workers and supervisors. Analysts see statistics only; administrators run the system, not cases.
 * Partner users see nothing of a case until consent grants it (the consent layer decides that).
 */
export const seesAllCases = (caller: Caller): boolean =>
  isCentre(caller) && hasRole(caller, 'CASE_WORKER', 'SUPERVISOR');
