import { forbidden, hasRole, isCentre, type Caller } from '@hub/common';

/** The directory (teams, agreements, anyone's members) is kept by the Centre's admins and supervisors. */
export const keepsDirectory = (caller: Caller): boolean =>
  isCentre(caller) && hasRole(caller, 'ADMIN', 'SUPERVISOR');

/** A partner's own coordinator may also keep that partner's list of members. */
export const keepsMembersOf = (caller: Caller, partnerCode: string): boolean =>
  keepsDirectory(caller) || (caller.partner === partnerCode && hasRole(caller, 'COORDINATOR'));

export function requireDirectoryKeeper(caller: Caller): void {
  if (!keepsDirectory(caller)) {
    throw forbidden('Only Centre administrators and supervisors change the partner directory.');
  }
}
