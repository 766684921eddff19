import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@hub/common/logger';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode, ParseOptions } from 'graphql';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { webSecurityHeaders, type ServerTimeouts } from './http-hardening';
import {
  costInFlight,
  createTrustedDocuments,
  DEFAULT_TRUSTED_DOCUMENT_MANIFESTS,
  limitsOf,
  limitsPlugin,
  subscriptionLimits,
  type Limits,
  type TrustedDocuments,
} from './limits';
import { checkRequestShape } from './limits/request-shape';
import { createRateLimits, type RateLimits } from './rate-limit';
import { requestTimeoutPlugin } from './request-timeout';

/** Everything that protects the gateway at its edge, made once from its configuration. */
export interface Edge {
  readonly limits: Limits;
  readonly rateLimits: RateLimits;
  /** For ApolloServer: the token limit applies while parsing. */
  readonly parseOptions: ParseOptions;
  readonly plugins: ApolloServerPlugin<GatewayContext>[];
  /** For ApolloServer: parsed and validated documents, bounded (DOCUMENT_CACHE_MIB). */
  readonly documentStore: InMemoryLRUCache<DocumentNode>;
  /** graphql-ws: the same limits at subscribe time, and the largest message accepted. */
  readonly subscriptions: {
    check: ReturnType<typeof subscriptionLimits>;
    /** The document to run for a subscribe message, or null when its caller must use registered ones. */
    document: TrustedDocuments['subscriptionDocument'];
    maxPayload: number;
  };
  /** After the JSON body parser: request shapes Apollo Server would trip over. */
  readonly checkRequest: typeof checkRequestShape;
  /** The first-party clients' registered documents, and who must use them. */
  readonly trustedDocuments: TrustedDocuments;
  readonly securityHeaders: ReturnType<typeof webSecurityHeaders>;
  readonly serverTimeouts: ServerTimeouts;
  close(): Promise<void>;
}

export function createEdge(
  config: GatewayConfig,
  log: Logger,
  apiSchema: Parameters<typeof subscriptionLimits>[1],
): Edge {
  const limits = limitsOf(config);
  const rateLimits = createRateLimits(
    {
      perCaller: config.RATE_PER_CALLER,
      perPartner: config.RATE_PER_PARTNER,
      costPerCaller: config.COST_BUDGET_PER_CALLER,
      costPerPartner: config.COST_BUDGET_PER_PARTNER,
      authFailuresPerAddress: config.AUTH_FAILURES_PER_ADDRESS,
      windowSeconds: config.RATE_WINDOW_SECONDS,
      refusalDelayMs: config.RATE_LIMITED_DELAY_MS,
    },
    config.EVENTS_DATABASE_URL,
    log,
  );
  const trustedDocuments = createTrustedDocuments(
    config.TRUSTED_DOCUMENT_MANIFESTS.length
      ? config.TRUSTED_DOCUMENT_MANIFESTS
      : DEFAULT_TRUSTED_DOCUMENT_MANIFESTS,
    config.TRUSTED_DOCUMENTS_REQUIRED_FOR,
  );
  return {
    limits,
    rateLimits,
    parseOptions: { maxTokens: limits.maxTokens },
    documentStore: new InMemoryLRUCache<DocumentNode>({
      maxSize: 2 ** 20 * limits.documentCacheMiB,
      sizeCalculation: InMemoryLRUCache.sizeCalculation,
    }),
    plugins: [
      limitsPlugin<GatewayContext>({
        limits,
        chargeCost: rateLimits.chargeCost,
        admit: costInFlight(config.MAX_COST_IN_FLIGHT_PER_PARTNER),
      }),
      requestTimeoutPlugin<GatewayContext>(config.REQUEST_TIMEOUT_MS),
    ],
    subscriptions: {
      check: subscriptionLimits(limits, apiSchema, rateLimits.chargeCost),
      document: trustedDocuments.subscriptionDocument,
      maxPayload: config.MAX_WS_PAYLOAD,
    },
    checkRequest: checkRequestShape,
    trustedDocuments,
    securityHeaders: webSecurityHeaders({ production: config.HUB_ENV === 'production' }),
    serverTimeouts: {
      headersTimeoutMs: config.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
    },
    close: () => rateLimits.close(),
  };
}
