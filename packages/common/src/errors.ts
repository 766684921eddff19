import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isOutage, outageError } from './outage';

/**
 * Stable error codes a client can program against (`extensions.code`). Messages are for people;
 * codes are the contract.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  /** Domain refusals: the state of the thing does not allow the change asked for. */
  ALREADY_REVOKED: 'ALREADY_REVOKED',
  ALREADY_REVIEWED: 'ALREADY_REVIEWED',
  /** The thing asked for exists already (e.g. an action item already made a plan item). */
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  NOT_SEALED: 'NOT_SEALED',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** A referral's provider lacks consent for the categories the service needs. */
  REFERRAL_CONSENT_MISSING: 'REFERRAL_CONSENT_MISSING',
  /** A service or the database the answer needs is down: retry (`extensions.retryable`). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** An idempotency key sent again with different input (or to another mutation). */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** A list's `first` outside 1–500 (`extensions.max`): never clamped in silence. */
  FIRST_OUT_OF_RANGE: 'FIRST_OUT_OF_RANGE',
  /** An `after` cursor this list did not give out. */
  INVALID_CURSOR: 'INVALID_CURSOR',
  /** A partner code or service id that names nothing in its directory (`extensions.field`). */
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  /** Operation limits checked at the gateway before planning (see the README's "Limits"). */
  MAX_TOKENS_EXCEEDED: 'MAX_TOKENS_EXCEEDED',
  MAX_ALIASES_EXCEEDED: 'MAX_ALIASES_EXCEEDED',
  MAX_DIRECTIVES_EXCEEDED: 'MAX_DIRECTIVES_EXCEEDED',
  MAX_DEPTH_EXCEEDED: 'MAX_DEPTH_EXCEEDED',
  MAX_ROOT_FIELDS_EXCEEDED: 'MAX_ROOT_FIELDS_EXCEEDED',
  MAX_COST_EXCEEDED: 'MAX_COST_EXCEEDED',
  INTROSPECTION_DISABLED: 'INTROSPECTION_DISABLED',
  /** Too many requests, or too much cost, in the caller's window: retry after `Retry-After`. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request ran past the gateway's request timeout; its subgraph fetches were cancelled. */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** A caller that must send registered documents by id sent a document of its own. */
  TRUSTED_DOCUMENT_REQUIRED: 'TRUSTED_DOCUMENT_REQUIRED',
  /** The access log's hash chain did not verify (`extensions.brokenAt`): no report is made from it. */
  ACCESS_LOG_BROKEN: 'ACCESS_LOG_BROKEN',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An expected refusal: its message and code reach the client unchanged. */
export class HubError extends GraphQLError {
  constructor(code: ErrorCode | string, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'HubError';
  }
}

export const forbidden = (message = 'You are not allowed to do this.') =>
  new HubError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) =>
  new HubError(ErrorCode.NOT_FOUND, `${what} was not found.`);

/** Codes produced by graphql-js/Apollo for bad requests; they carry no data and pass through. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo `formatError`: expected errors pass with their code; anything else is an unexpected
 * fault, logged by the caller with the request id and shown as a masked message. Never a stack
 * trace, never the original message (it may quote data).
 */
export function maskError(
  formatted: GraphQLFormattedError,
  onUnexpected: (formatted: GraphQLFormattedError, original: unknown) => void,
  original: unknown,
  onOutage?: (formatted: GraphQLFormattedError, original: unknown) => void,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const {
      stacktrace: _stacktrace,
      exception: _exception,
      // The gateway's own name for the subgraph: internal (SERVICE_UNAVAILABLE carries `service`
      // for the Centre's staff).
      serviceName: _serviceName,
      validationErrors,
      ...extensions
    } = formatted.extensions ?? {};
    if (Array.isArray(validationErrors)) {
      // class-validator reports carry the rejected value and the whole input object: keep only
      // which field broke which rule.
      const problems = flattenValidation(validationErrors as ValidationReport[]);
      return {
        ...formatted,
        message: `Invalid input: ${problems.map((p) => `${p.field} ${p.rules.join('; ')}`).join(' | ')}`,
        extensions: { ...extensions, problems },
      };
    }
    return { ...formatted, extensions };
  }
  if (isOutage(original)) {
    onOutage?.(formatted, original);
    return outageError(formatted.path);
  }
  onUnexpected(formatted, original);
  return {
    message: 'Internal error. The request id in the response headers identifies it in the logs.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

interface ValidationReport {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationReport[];
}

function flattenValidation(
  reports: ValidationReport[],
  prefix = '',
): { field: string; rules: string[] }[] {
  return reports.flatMap((report) => {
    const property = report.property ?? 'input';
    const field = prefix ? `${prefix}.${property}` : property;
    // class-validator's messages begin with the property's name ("caseWorkerName must be …"):
    // the message names the field once, by its full path, so that name is taken off the rule.
    const rule = (text: string) =>
      text.startsWith(`${property} `) ? text.slice(property.length + 1) : text;
    const own = report.constraints
      ? [{ field, rules: Object.values(report.constraints).map(rule) }]
      : [];
    return [...own, ...flattenValidation(report.children ?? [], field)];
  });
}
