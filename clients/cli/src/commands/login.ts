import type { Command } from 'commander';
import { devToken, devUsers, tokenExpiry } from '@hub/sdk';
import { collect, type Context } from '../context';
import { DEFAULT_URL } from '../env';
import { UsageError } from '../exit-codes';
import { forgetProfile, saveProfile } from '../profile';
import { table } from '../output';

export function registerLogin(program: Command, ctx: Context): void {
  program
    .command('login')
    .description(
      'Sign in and keep the token in your config folder (readable only by you). In development, as a demo partner through the hub’s development sign-in; otherwise with a token from your identity provider.',
    )
    .option('--partner <code>', 'development: the demo partner to sign in as, e.g. astra')
    .option(
      '--role <ROLE>',
      'development: a role to hold (repeatable; default MEMBER)',
      collect,
      [],
    )
    .option('--token <jwt>', 'a bearer token from your identity provider')
    .action(async (options: { partner?: string; role: string[]; token?: string }, command) => {
      const url =
        (command.optsWithGlobals() as { url?: string }).url ?? ctx.env.HUB_URL ?? DEFAULT_URL;
      if (options.token) {
        if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(options.token)) {
          throw new UsageError('--token takes a JWT (three base64url parts separated by dots).');
        }
        const expiresAt = tokenExpiry(options.token)?.toISOString();
        const file = saveProfile(ctx.env, { url, token: options.token, expiresAt });
        report(ctx, { url, file, expiresAt });
        return;
      }
      if (!options.partner) {
        const users = await devUsers(url).catch(() => null);
        const choices = users
          ? `\n\nDemo partners of this hub:\n${table(
              ['PARTNER', 'NAME', 'ROLES'],
              users.map((user) => [user.partner, user.partnerName, user.roles.join(', ')]),
            )}`
          : '';
        throw new UsageError(`Give --partner <code> (development) or --token <jwt>.${choices}`);
      }
      const issued = await devToken(url, { partner: options.partner, roles: options.role });
      const file = saveProfile(ctx.env, {
        url,
        token: issued.token,
        expiresAt: issued.expiresAt,
        dev: { partner: options.partner, roles: options.role },
      });
      report(ctx, { url, file, expiresAt: issued.expiresAt, partner: options.partner });
    });

  program
    .command('logout')
    .description('Forget the kept token.')
    .action(() => {
      forgetProfile(ctx.env);
      ctx.output.note('Signed out.');
    });
}

function report(
  ctx: Context,
  signedIn: { url: string; file: string; expiresAt?: string; partner?: string },
): void {
  if (ctx.output.json) {
    ctx.output.out(JSON.stringify(signedIn));
    return;
  }
  const who = signedIn.partner ? ` as ${signedIn.partner}` : '';
  const until = signedIn.expiresAt ? `, valid until ${signedIn.expiresAt}` : '';
  ctx.output.out(`Signed in to ${signedIn.url}${who}${until}. Token kept in ${signedIn.file}.`);
}
