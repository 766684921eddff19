/**
 * The hub's errors as typed values. The hub reports every expected refusal as a GraphQL error
 * with a stable `extensions.code`; this maps each code to a class a partner's code can test with
 * `instanceof` (or by `kind`), carrying the details that code promises (the category, the field).
 */

/** A GraphQL error as it arrives over HTTP or graphql-ws. */
export interface GraphQLErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export type HubErrorKind =
  | 'consent-required'
  | 'referral-consent-missing'
  | 'consent-revoked'
  | 'not-found'
  | 'invalid-transition'
  | 'forbidden'
  | 'validation'
  | 'outage'
  | 'unauthenticated'
  | 'cursor-expired'
  | 'timeout'
  | 'network'
  | 'other';

export interface HubErrorDetails {
  code: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
  requestId?: string;
  status?: number;
}

/** Any error the hub (or the way to it) gave. `retryable` says whether trying again may help. */
export class HubError extends Error {
  readonly kind: HubErrorKind = 'other';
  readonly code: string;
  readonly path?: readonly (string | number)[];
  readonly extensions: Record<string, unknown>;
  /** The request id the hub logged this under (x-request-id), for a support request. */
  readonly requestId?: string;
  /** The HTTP status, when the error came with one. */
  readonly status?: number;
  readonly retryable: boolean = false;

  constructor(message: string, details: HubErrorDetails) {
    super(message);
    this.name = new.target.name;
    this.code = details.code;
    this.path = details.path;
    this.extensions = details.extensions ?? {};
    this.requestId = details.requestId;
    this.status = details.status;
  }
}

/** A field not shared with you: the victim has not consented to share its category with you. */
export class ConsentRequiredError extends HubError {
  override readonly kind = 'consent-required';
  /** The data category consent is needed for, e.g. "HEALTH". */
  readonly category: string;
  constructor(message: string, details: HubErrorDetails) {
    super(message, details);
    this.category = String(this.extensions.category ?? 'UNKNOWN');
  }
}

/** A referral refused because the provider holds no consent covering what the service needs. */
export class ReferralConsentMissingError extends HubError {
  override readonly kind = 'referral-consent-missing';
  readonly categories: string[];
  constructor(message: string, details: HubErrorDetails) {
    super(message, details);
    const missing = this.extensions.missingCategories;
    this.categories = Array.isArray(missing) ? missing.map(String) : [];
  }
}

/** A live stream ended because consent to what it shows was withdrawn. */
export class ConsentRevokedError extends HubError {
  override readonly kind = 'consent-revoked';
}

export class NotFoundError extends HubError {
  override readonly kind = 'not-found';
}

/** The thing is not in a state that allows the change asked for (e.g. completing a SENT referral). */
export class InvalidTransitionError extends HubError {
  override readonly kind = 'invalid-transition';
  /** The state it is in, and the one asked for, when the hub names them. */
  readonly from?: string;
  readonly to?: string;
  constructor(message: string, details: HubErrorDetails) {
    super(message, details);
    this.from = optionalString(this.extensions.status);
    this.to = optionalString(this.extensions.to);
  }
}

export class ForbiddenError extends HubError {
  override readonly kind = 'forbidden';
}

/** Input the hub refused; `field` names the input field, when it is known. */
export class ValidationError extends HubError {
  override readonly kind = 'validation';
  readonly field?: string;
  /** Each field and the rules it broke, when the hub lists several. */
  readonly problems: { field: string; rules: string[] }[];
  constructor(message: string, details: HubErrorDetails) {
    super(message, details);
    const problems = this.extensions.problems;
    this.problems = Array.isArray(problems)
      ? (problems as { field: string; rules: string[] }[])
      : [];
    this.field =
      optionalString(this.extensions.field) ??
      this.problems[0]?.field ??
      /Variable "\$(\w+)"/.exec(message)?.[1];
  }
}

/** A part of the hub is down: the data it holds is missing. Retrying later helps. */
export class OutageError extends HubError {
  override readonly kind = 'outage';
  override readonly retryable = true;
}

/** No token, or an expired or invalid one: sign in again. */
export class UnauthenticatedError extends HubError {
  override readonly kind = 'unauthenticated';
}

/** A resume point older than the hub keeps: read the current state, then follow without it. */
export class CursorExpiredError extends HubError {
  override readonly kind = 'cursor-expired';
}

/** The hub did not answer in time. Only reads are retried after it. */
export class TimeoutError extends HubError {
  override readonly kind = 'timeout';
  override readonly retryable = true;
}

/** The hub could not be reached (connection refused, reset, DNS). */
export class NetworkError extends HubError {
  override readonly kind = 'network';
  override readonly retryable = true;
}

const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined);

const BY_CODE: Record<string, new (message: string, details: HubErrorDetails) => HubError> = {
  CONSENT_REQUIRED: ConsentRequiredError,
  REFERRAL_CONSENT_MISSING: ReferralConsentMissingError,
  CONSENT_REVOKED: ConsentRevokedError,
  NOT_FOUND: NotFoundError,
  INVALID_TRANSITION: InvalidTransitionError,
  FORBIDDEN: ForbiddenError,
  BAD_USER_INPUT: ValidationError,
  GRAPHQL_VALIDATION_FAILED: ValidationError,
  UNAUTHENTICATED: UnauthenticatedError,
  CURSOR_EXPIRED: CursorExpiredError,
};

/**
 * One GraphQL error as a typed value. The outage contract: `SERVICE_UNAVAILABLE` with
 * `extensions.retryable: true` is an outage; a `SERVICE_UNAVAILABLE` without that flag is not
 * promised to pass, so it stays a plain HubError.
 */
export function decodeError(
  error: GraphQLErrorLike,
  context: { requestId?: string; status?: number } = {},
): HubError {
  const code = optionalString(error.extensions?.code) ?? 'UNKNOWN';
  const details: HubErrorDetails = {
    code,
    path: error.path,
    extensions: error.extensions,
    ...context,
  };
  if (code === 'SERVICE_UNAVAILABLE' && error.extensions?.retryable === true) {
    return new OutageError(error.message, details);
  }
  const Kind = BY_CODE[code] ?? HubError;
  return new Kind(error.message, details);
}
