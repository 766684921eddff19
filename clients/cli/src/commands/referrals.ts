import { Option, type Command } from 'commander';
import {
  AcceptReferralDocument,
  CompleteReferralDocument,
  DeclineReferralDocument,
  pageByFirst,
  ReferralsDocument,
  ReportReferralProgressDocument,
  type ReferralFieldsFragment,
  type ReferralStatus,
} from '@hub/sdk';
import { type Context } from '../context';
import { minute, table, withheld } from '../output';

const REFERRAL_STATUSES = [
  'SENT',
  'ACCEPTED',
  'DECLINED',
  'IN_PROGRESS',
  'COMPLETED',
  'WITHDRAWN',
] as const satisfies readonly ReferralStatus[];

export const referralRow = (referral: ReferralFieldsFragment) => [
  referral.id,
  referral.status,
  referral.case?.code,
  referral.service.name,
  minute(referral.updatedAt),
];
export const REFERRAL_HEADERS = ['ID', 'STATUS', 'CASE', 'SERVICE', 'UPDATED'];

export function registerReferrals(program: Command, ctx: Context): void {
  program
    .command('referrals')
    .description('The referrals your partner provides (your inbox), newest first.')
    .addOption(
      new Option('--status <status>', 'only referrals in this status').choices(REFERRAL_STATUSES),
    )
    .action(async (options: { status?: ReferralStatus }, command: Command) => {
      const referrals: (ReferralFieldsFragment | null)[] = [];
      for await (const referral of pageByFirst(
        ctx.client(command),
        ReferralsDocument,
        { status: options.status ?? null },
        { select: (data) => data.referrals, pageSize: 100 },
      )) {
        referrals.push(referral);
      }
      const shared = referrals.filter((referral) => referral !== null);
      ctx.output.out(
        ctx.output.json
          ? JSON.stringify(referrals, null, 2)
          : table(REFERRAL_HEADERS, shared.map(referralRow)),
      );
      withheld(ctx, referrals.length - shared.length);
    });

  const referral = program
    .command('referral')
    .description('Answer a referral you provide: accept, decline, report progress, complete.');
  const done = (ctx: Context, answered: ReferralFieldsFragment) =>
    ctx.output.out(
      ctx.output.json
        ? JSON.stringify(answered, null, 2)
        : `Referral ${answered.id} is now ${answered.status}.`,
    );

  referral
    .command('accept')
    .description('Accept a referral that was sent to you.')
    .argument('<id>', 'the referral id')
    .action(async (id: string, _options, command: Command) => {
      const { data } = await ctx.client(command).request(AcceptReferralDocument, { id });
      done(ctx, data.acceptReferral);
    });
  referral
    .command('decline')
    .description('Decline a referral, with the reason.')
    .argument('<id>', 'the referral id')
    .requiredOption('--reason <text>', 'why (told to the Centre)')
    .action(async (id: string, options: { reason: string }, command: Command) => {
      const { data } = await ctx
        .client(command)
        .request(DeclineReferralDocument, { id, reason: options.reason });
      done(ctx, data.declineReferral);
    });
  referral
    .command('progress')
    .description('Report progress on an accepted referral.')
    .argument('<id>', 'the referral id')
    .requiredOption('--note <text>', 'what happened')
    .action(async (id: string, options: { note: string }, command: Command) => {
      const { data } = await ctx
        .client(command)
        .request(ReportReferralProgressDocument, { id, note: options.note });
      done(ctx, data.reportReferralProgress);
    });
  referral
    .command('complete')
    .description('Complete a referral: the service was given.')
    .argument('<id>', 'the referral id')
    .option('--note <text>', 'a closing note')
    .action(async (id: string, options: { note?: string }, command: Command) => {
      const { data } = await ctx
        .client(command)
        .request(CompleteReferralDocument, { id, note: options.note ?? null });
      done(ctx, data.completeReferral);
    });
}
