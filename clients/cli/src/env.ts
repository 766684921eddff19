import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** The command line's environment, parsed once. */
const envSchema = z.object({
  /** The hub's API URL when none was given at login or with --url. */
  HUB_URL: z.url().optional(),
  /** Where the token is kept: $XDG_CONFIG_HOME/hub-partner (default ~/.config/hub-partner). */
  XDG_CONFIG_HOME: z.string().min(1).optional(),
  HOME: z.string().min(1).optional(),
});

export type CliEnv = z.infer<typeof envSchema>;

export const readEnv = (env: NodeJS.ProcessEnv): CliEnv => envSchema.parse(env);

export const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';

export function configDir(env: CliEnv): string {
  const base = env.XDG_CONFIG_HOME ?? path.join(env.HOME ?? os.homedir(), '.config');
  return path.join(base, 'hub-partner');
}
