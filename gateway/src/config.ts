import { logLevel, pem, port, postgresUrl, shutdownGrace } from '@hub/common/config';
import { z } from 'zod';
import { limitsConfigShape, trustedDocumentsConfigShape } from './limits/limits.config';

const url = z.url({ protocol: /^https?$/ });

/** The gateway's configuration, parsed once from the environment. */
export const gatewayConfigSchema = z
  .object({
    PORT: port(4000),
    HOST: z.string().default('127.0.0.1'),
    LOG_LEVEL: logLevel,
    /** Path of the composed supergraph; by default the committed schema/supergraph.graphql. */
    SUPERGRAPH_PATH: z.string().optional(),
    CASES_URL: url.default('http://127.0.0.1:4001/graphql'),
    PARTNERS_URL: url.default('http://127.0.0.1:4002/graphql'),
    SERVICES_URL: url.default('http://127.0.0.1:4003/graphql'),
    LEGAL_URL: url.default('http://127.0.0.1:4004/graphql'),
    STATISTICS_URL: url.default('http://127.0.0.1:4005/graphql'),
    /** Verify callers' JWTs against this JWKS … */
    JWT_JWKS_URL: url.optional(),
    /** … or against this public key (PEM). */
    JWT_PUBLIC_KEY: pem.optional(),
    JWT_ALGORITHMS: z
      .string()
      .default('ES256')
      .transform((value) => value.split(',').map((alg) => alg.trim()))
      .pipe(z.array(z.enum(['ES256', 'RS256'])).min(1)),
    JWT_ISSUER: z.string().min(1),
    JWT_AUDIENCE: z.string().min(1).default('coordination-hub'),
    /** The gateway's own key (PKCS#8 PEM) for the internal identity tokens subgraphs verify. */
    INTERNAL_SIGNING_KEY: pem,
    /**
     * Lifetime of one internal token (seconds). Each subgraph fetch gets its own, signed just
     * before it is sent, so this covers the way there and clock skew, not the whole request;
     * subgraphs refuse any token older than 60 s.
     */
    INTERNAL_TOKEN_TTL_SECONDS: z.coerce.number().int().min(1).max(60).default(30),
    /**
     * The gateway's own database role (it reads the event log only), for subscriptions; without
     * it the gateway serves no subscriptions.
     */
    EVENTS_DATABASE_URL: postgresUrl.optional(),
    /** How long live-update events are kept for resuming with `after:` (days). */
    EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    /**
     * How long a resuming subscriber's backlog read waits for others reconnecting at the same time
     * to share it (ms, longer while they keep coming, at most ten times this): after a gateway
     * restart its subscribers reconnect over a second or more.
     */
    LIVE_RESUME_GATHER_MS: z.coerce.number().int().min(0).max(500).default(50),
    /** Where the built web application is (default: clients/web/dist in the repository). */
    WEB_DIST_PATH: z.string().optional(),
    /** OpenID Connect issuer and client id the web application signs in with (both or neither). */
    OIDC_ISSUER: url.optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_SCOPE: z.string().default('openid profile'),
    /** SIGTERM: how long in-flight requests may take to finish (ms). */
    SHUTDOWN_GRACE_MS: shutdownGrace,
    /**
     * The development issuer's private key (PKCS#8 PEM): with it, and only outside production,
     * the gateway serves the development sign-in (`GET /dev/users`, `POST /dev/token`).
     */
    DEV_TOKEN_SIGNING_KEY: pem.optional(),
    /** Operation limits, rate limits, timeouts (and HUB_ENV): see limits/limits.config.ts. */
    ...limitsConfigShape,
    ...trustedDocumentsConfigShape,
  })
  .refine((config) => !(config.HUB_ENV === 'production' && config.DEV_TOKEN_SIGNING_KEY), {
    message: 'DEV_TOKEN_SIGNING_KEY must not be set when HUB_ENV=production',
    path: ['DEV_TOKEN_SIGNING_KEY'],
  })
  .refine((config) => Boolean(config.JWT_JWKS_URL) !== Boolean(config.JWT_PUBLIC_KEY), {
    message: 'set exactly one of JWT_JWKS_URL and JWT_PUBLIC_KEY',
    path: ['JWT_JWKS_URL'],
  })
  .refine((config) => Boolean(config.OIDC_ISSUER) === Boolean(config.OIDC_CLIENT_ID), {
    message: 'set both OIDC_ISSUER and OIDC_CLIENT_ID, or neither',
    path: ['OIDC_ISSUER'],
  });

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
