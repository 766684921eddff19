import path from 'node:path';
import { logLevel, port, postgresUrl } from '@hub/common/config';
import { z } from 'zod';
import { REPO_ROOT } from './paths';

/** The command line's configuration, parsed once from the environment. */
export const cliConfigSchema = z.object({
  /** An administrator's URL of any PostgreSQL; without it the embedded one is used. */
  DATABASE_URL: postgresUrl.optional(),
  /** Where the embedded PostgreSQL, development keys and secrets live (git-ignored). */
  HUB_DATA_DIR: z.string().default(path.join(REPO_ROOT, '.data')),
  EMBEDDED_PG_PORT: port(54329),
  /** `production` refuses development conveniences such as minting tokens. */
  HUB_ENV: z.enum(['development', 'production']).default('development'),
  /** The gateway listens here; the subgraphs on the next five ports (cases, partners, services, legal, statistics). */
  HUB_PORT: port(4000),
  LOG_LEVEL: logLevel.default('warn'),
  /**
   * The secret the subgraph roles' passwords derive from (HMAC per role), for `migrate` in
   * production; without it a development secret is kept under HUB_DATA_DIR.
   */
  HUB_ROLE_SECRET: z.string().min(24).optional(),
});

export type CliConfig = z.infer<typeof cliConfigSchema>;
