import { z } from 'zod';

const int = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/**
 * The gateway's limits, parsed with the rest of its configuration (spread into
 * gatewayConfigSchema). Defaults fit every first-party client with room to spare; the README's
 * "Limits" section says what each one bounds and how to tune it.
 */
export const limitsConfigShape = {
  /** `development` shows introspection and field suggestions to everyone; `production` only to the Centre. */
  HUB_ENV: z.enum(['development', 'production']).default('development'),
  /** Lexical tokens in one document (graphql-js stops parsing past it). */
  MAX_TOKENS: int(50, 100_000, 3000),
  /** Aliased fields in one operation, fragments included. */
  MAX_ALIASES: int(0, 10_000, 30),
  /** Directives in one operation. */
  MAX_DIRECTIVES: int(0, 1000, 30),
  /** Deepest selection a client operation may have. */
  MAX_QUERY_DEPTH: int(2, 50, 12),
  /** Top-level fields in one operation. */
  MAX_ROOT_FIELDS: int(1, 1000, 15),
  /** Static cost of one operation: objects × the list sizes above them. */
  MAX_COST: int(10, 10_000_000, 50_000),
  /** The list size a list field without `first` is assumed to have. */
  COST_DEFAULT_LIST_SIZE: int(1, 10_000, 10),
  /** Cost one caller may spend per window (`RATE_WINDOW_SECONDS`). */
  COST_BUDGET_PER_CALLER: int(100, 1_000_000_000, 1_000_000),
  /** Cost all the users of one partner together may spend per window (the Centre is exempt). */
  COST_BUDGET_PER_PARTNER: int(100, 1_000_000_000, 300_000),
  /**
   * Static cost of the operations one partner may have running at once on a replica (the Centre
   * is exempt); past it, its next operation waits for room. Default: one operation at MAX_COST.
   */
  MAX_COST_IN_FLIGHT_PER_PARTNER: int(10, 1_000_000_000, 50_000),
  /** Requests one caller (a person or an integration's token) may send per window. */
  RATE_PER_CALLER: int(1, 1_000_000, 600),
  /** Requests all the users of one partner together may send per window (the Centre is exempt). */
  RATE_PER_PARTNER: int(1, 10_000_000, 1800),
  /** Failed authentications one client address may make per window before it is refused. */
  AUTH_FAILURES_PER_ADDRESS: int(1, 100_000, 30),
  RATE_WINDOW_SECONDS: int(1, 86_400, 60),
  /** A 429 for the request rates, a spent budget or failed authentications is sent this late (ms). */
  RATE_LIMITED_DELAY_MS: int(0, 10_000, 1000),
  /**
   * Approximate sizes of the parsed-document and query-plan caches (MiB). Clients send few
   * distinct documents; a flood of distinct hostile ones only churns a small cache.
   */
  DOCUMENT_CACHE_MIB: int(1, 1024, 2),
  QUERY_PLAN_CACHE_MIB: int(1, 1024, 2),
  /** Largest graphql-ws message accepted (bytes); the HTTP body limit is 256 KiB. */
  MAX_WS_PAYLOAD: int(1024, 16 * 1024 * 1024, 256 * 1024),
  /** A request running longer is answered REQUEST_TIMEOUT and its subgraph fetches cancelled. */
  REQUEST_TIMEOUT_MS: int(100, 600_000, 30_000),
  /** Time a client has to send a request's headers (slow-loris). */
  HTTP_HEADERS_TIMEOUT_MS: int(100, 120_000, 10_000),
  /** Time a client has to send a whole request. */
  HTTP_REQUEST_TIMEOUT_MS: int(100, 600_000, 30_000),
};

const list = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  );

/** Trusted documents (`limits/trusted-documents.ts`). */
export const trustedDocumentsConfigShape = {
  /** The manifests of registered documents (comma-separated paths; default: the web app's and the SDK's). */
  TRUSTED_DOCUMENT_MANIFESTS: list,
  /**
   * Who must send registered documents by id: partner codes (every caller of that partner), and
   * `client:<name>` for requests naming that client in `apollographql-client-name`.
   */
  TRUSTED_DOCUMENTS_REQUIRED_FOR: list,
};

export interface Limits {
  env: 'development' | 'production';
  maxTokens: number;
  maxAliases: number;
  maxDirectives: number;
  maxDepth: number;
  maxRootFields: number;
  maxCost: number;
  defaultListSize: number;
  documentCacheMiB: number;
  queryPlanCacheMiB: number;
}

type LimitsEnv = z.infer<z.ZodObject<typeof limitsConfigShape>>;

export const limitsOf = (config: LimitsEnv): Limits => ({
  env: config.HUB_ENV,
  maxTokens: config.MAX_TOKENS,
  maxAliases: config.MAX_ALIASES,
  maxDirectives: config.MAX_DIRECTIVES,
  maxDepth: config.MAX_QUERY_DEPTH,
  maxRootFields: config.MAX_ROOT_FIELDS,
  maxCost: config.MAX_COST,
  defaultListSize: config.COST_DEFAULT_LIST_SIZE,
  documentCacheMiB: config.DOCUMENT_CACHE_MIB,
  queryPlanCacheMiB: config.QUERY_PLAN_CACHE_MIB,
});
