import {
  ConsentRequiredError,
  ConsentRevokedError,
  ForbiddenError,
  HubError,
  InvalidTransitionError,
  NetworkError,
  NotFoundError,
  OutageError,
  ReferralConsentMissingError,
  TimeoutError,
  UnauthenticatedError,
  ValidationError,
} from '@hub/sdk';

/** Exit codes a script can tell apart. */
export const Exit = {
  OK: 0,
  /** Anything unexpected. */
  FAILED: 1,
  /** The command line was wrong: unknown command or option, missing argument. */
  USAGE: 2,
  /** Not signed in, or the token was refused: run `hub-partner login`. */
  AUTH: 3,
  /** The hub refused: no consent, not allowed, not found, a state that does not allow it, bad input. */
  REFUSED: 4,
  /** The hub or a part of it is down or did not answer: try again later. */
  OUTAGE: 5,
} as const;

/** A refusal of the command line itself, before the hub is asked. */
export class UsageError extends Error {}

/** An error as the exit code and the one line a person reads. */
export function describeFailure(error: unknown): { code: number; message: string } {
  if (error instanceof UsageError) {
    return { code: Exit.USAGE, message: error.message };
  }
  if (error instanceof UnauthenticatedError) {
    return {
      code: Exit.AUTH,
      message: `Not signed in: ${error.message} Run \`hub-partner login\`.`,
    };
  }
  if (error instanceof ConsentRequiredError) {
    return { code: Exit.REFUSED, message: `Not shared: needs ${error.category} consent.` };
  }
  if (error instanceof ReferralConsentMissingError) {
    return {
      code: Exit.REFUSED,
      message: `Refused: the provider needs ${error.categories.join(', ')} consent. ${error.message}`,
    };
  }
  if (
    error instanceof ForbiddenError ||
    error instanceof NotFoundError ||
    error instanceof InvalidTransitionError ||
    error instanceof ValidationError ||
    error instanceof ConsentRevokedError
  ) {
    return { code: Exit.REFUSED, message: `Refused: ${error.message}` };
  }
  if (
    error instanceof OutageError ||
    error instanceof NetworkError ||
    error instanceof TimeoutError
  ) {
    return { code: Exit.OUTAGE, message: `Unavailable: ${error.message} Try again later.` };
  }
  if (error instanceof HubError) {
    const id = error.requestId ? ` (request id ${error.requestId})` : '';
    return { code: Exit.FAILED, message: `The hub answered: ${error.message}${id}` };
  }
  return { code: Exit.FAILED, message: error instanceof Error ? error.message : String(error) };
}
