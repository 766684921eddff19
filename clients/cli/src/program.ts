import { Command, CommanderError, Option } from 'commander';
import { createContext } from './context';
import { readEnv } from './env';
import { describeFailure, Exit } from './exit-codes';
import type { Output } from './output';
import { registerCases } from './commands/cases';
import { registerFollow } from './commands/follow';
import { registerIntake } from './commands/intake';
import { registerLogin } from './commands/login';
import { registerPlan } from './commands/plan';
import { registerReferrals } from './commands/referrals';

export interface Io {
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Resolves on Ctrl-C. */
  interrupted: Promise<void>;
}

/** Runs `hub-partner` with these arguments (without node and the script); resolves to the exit code. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const json = argv.includes('--json');
  const output: Output = {
    json,
    out: (line) => io.stdout(`${line}\n`),
    note: (line) => io.stderr(`${line}\n`),
  };
  const program = new Command('hub-partner')
    .description(
      'The coordination hub for partner agencies: your cases, referral inbox, plan items and hearings, and live updates.',
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)')
    .option('--url <url>', 'the hub’s API URL (default: the one you signed in to, or $HUB_URL)')
    .addOption(new Option('--json', 'machine-readable JSON on stdout'));
  let env;
  try {
    env = readEnv(io.env);
  } catch {
    io.stderr('The environment is not usable: HUB_URL must be a URL.\n');
    return Exit.USAGE;
  }
  const ctx = createContext(env, output, io.interrupted);
  registerLogin(program, ctx);
  registerCases(program, ctx);
  registerReferrals(program, ctx);
  registerPlan(program, ctx);
  registerIntake(program, ctx);
  registerFollow(program, ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Exit.OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; wrong usage has already been printed.
      return error.exitCode === 0 ? Exit.OK : Exit.USAGE;
    }
    const { code, message } = describeFailure(error);
    output.note(json ? JSON.stringify({ error: message, exitCode: code }) : message);
    return code;
  }
}
