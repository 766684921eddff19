import type { Command } from 'commander';
import type { HubClient } from '@hub/sdk';
import { clientFor } from './profile';
import type { CliEnv } from './env';
import type { Output } from './output';

/** What every command gets: the environment, where to write, and the signed-in client. */
export interface Context {
  env: CliEnv;
  output: Output;
  client(command: Command): HubClient;
  /** Resolves when the user asks to stop (Ctrl-C). */
  interrupted: Promise<void>;
}

export function createContext(env: CliEnv, output: Output, interrupted: Promise<void>): Context {
  return {
    env,
    output,
    interrupted,
    client: (command) => clientFor(env, (command.optsWithGlobals() as { url?: string }).url),
  };
}

/** Repeatable options: `--role A --role B`. */
export const collect = (value: string, previous: string[]) => [...previous, value];
