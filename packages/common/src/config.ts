import { z } from 'zod';

/** Thrown when the environment does not describe a runnable service; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses an environment once, at start. Every service calls this from its `main` with
 * `process.env`; nothing else in the hub reads the environment.
 */
export function parseConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return result.data;
}

/** Reads a configuration or exits non-zero with every problem printed (for `main` files). */
export function loadConfigOrExit<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.infer<S> {
  try {
    return parseConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

/** A TCP port; 0 asks the system for any free one. */
export const port = (fallback: number) =>
  z.coerce.number().int().min(0).max(65535).default(fallback);

export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');

/** A PEM block given inline, with `\n` escapes allowed so it fits one line of an env file. */
export const pem = z
  .string()
  .min(1)
  .transform((value) => value.replace(/\\n/g, '\n'))
  .refine((value) => value.includes('-----BEGIN '), 'must be a PEM-encoded key');

export const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// URL');

/** The configuration every subgraph shares; each subgraph's main reads it with its own defaults. */
/** How long SIGTERM waits for in-flight requests before closing what is left (ms). */
export const shutdownGrace = z.coerce.number().int().min(0).max(120_000).default(10_000);

export function subgraphConfigSchema(defaults: { port: number }) {
  return z.object({
    PORT: port(defaults.port),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: postgresUrl,
    INTERNAL_VERIFY_KEY: pem,
    LOG_LEVEL: logLevel,
    /** `production`: what libraries print on the console is logged without stack frames. */
    HUB_ENV: z.enum(['development', 'production']).default('development'),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    SHUTDOWN_GRACE_MS: shutdownGrace,
    /** How long an idempotency key is kept at least (hours; a week by default). */
    IDEMPOTENCY_KEY_TTL_HOURS: z.coerce.number().int().min(1).max(8760).default(168),
    /** How often expired idempotency keys are deleted (seconds). */
    IDEMPOTENCY_KEY_SWEEP_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
    MIGRATE_ON_START: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
  });
}

export type SubgraphConfig = z.infer<ReturnType<typeof subgraphConfigSchema>>;
