import { Authorized, type AuthChecker } from 'type-graphql';
import type { HubContext } from './context';
import { hasRole, isCentre, seesAllCases, type Caller } from './identity';
import { forbidden } from './errors';

/**
 * The one staff guard: refuses anyone but Centre case workers and supervisors with FORBIDDEN,
 * saying who may do `what` ("Recording a new case is done by …"), or, where a place has always
 * worded its refusal itself, with `{ refusal }` as it stands.
 */
export function requireCaseStaff(caller: Caller, what: string | { refusal: string }): void {
  if (!seesAllCases(caller)) {
    throw forbidden(
      typeof what === 'string'
        ? `${what} is done by Centre case workers and supervisors.`
        : what.refusal,
    );
  }
}

/** Refuses anyone but a Centre supervisor, saying who may do `what`. */
export function requireSupervisor(caller: Caller, what: string): void {
  if (!isCentre(caller) || !hasRole(caller, 'SUPERVISOR')) {
    throw forbidden(`${what} is done by a Centre supervisor.`);
  }
}

/** Refuses anyone but a partner's own users (members and coordinators), saying who does `what`. */
export function requirePartnerUser(caller: Caller, what: string): void {
  if (isCentre(caller) || !hasRole(caller, 'MEMBER', 'COORDINATOR')) {
    throw forbidden(`${what} is done by a partner's members and coordinators.`);
  }
}

const CASE_STAFF = 'CASE_STAFF';
const PARTNER_USER = 'PARTNER_USER';
const SUPERVISOR = 'SUPERVISOR';

/**
 * Marks a mutation as Centre case staff's: the caller is checked before its arguments are
 * validated (type-graphql runs the auth check as the first middleware, validation after), so a
 * caller who may not do it gets FORBIDDEN and learns nothing from validation messages. The
 * service keeps its own check too.
 */
export const CaseStaffOnly = (): MethodDecorator & PropertyDecorator => Authorized(CASE_STAFF);

/** Marks a mutation as a Centre supervisor's, checked before its arguments are validated. */
export const SupervisorOnly = (): MethodDecorator & PropertyDecorator => Authorized(SUPERVISOR);

/** Marks a mutation as partner users', checked before its arguments are validated. */
export const PartnerUserOnly = (): MethodDecorator & PropertyDecorator => Authorized(PARTNER_USER);

/** The auth checker every subgraph's schema is built with: refuses with FORBIDDEN, never false. */
export const hubAuthChecker: AuthChecker<HubContext> = ({ context, info }, roles) => {
  if (roles.includes(CASE_STAFF)) {
    requireCaseStaff(context.caller, info.fieldName);
  }
  if (roles.includes(SUPERVISOR)) {
    requireSupervisor(context.caller, info.fieldName);
  }
  if (roles.includes(PARTNER_USER)) {
    requirePartnerUser(context.caller, info.fieldName);
  }
  return true;
};
