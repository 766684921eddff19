import { logLevel, pem, port, postgresUrl } from '@hub/common';
import { z } from 'zod';
import { limitsConfigShape } from './limits/limits.config';

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
     * The gateway's own database role (it reads the event log only), for subscriptions; without
     * it the gateway serves no subscriptions.
     */
    EVENTS_DATABASE_URL: postgresUrl.optional(),
    /** How long live-update events are kept for resuming with `after:` (days). */
    EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    /** Operation limits, rate limits, timeouts: see limits/limits.config.ts and the README. */
    ...limitsConfigShape,
  })
  .refine((config) => Boolean(config.JWT_JWKS_URL) !== Boolean(config.JWT_PUBLIC_KEY), {
    message: 'set exactly one of JWT_JWKS_URL and JWT_PUBLIC_KEY',
    path: ['JWT_JWKS_URL'],
  });

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
