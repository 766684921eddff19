import type { Command } from 'commander';
import {
  OverduePlanItemsDocument,
  PlanItemsOfCasesDocument,
  UpcomingHearingsDocument,
  type PlanItemFieldsFragment,
} from '@hub/sdk';
import { type Context } from '../context';
import { minute, table, withheld } from '../output';
import { instant } from './arguments';

export function registerPlan(program: Command, ctx: Context): void {
  program
    .command('plan-items')
    .description(
      'Plan items your partner is responsible for, on cases that share their plan with you.',
    )
    .option('--overdue', 'only open items past their due date, earliest first')
    .action(async (options: { overdue?: boolean }, command: Command) => {
      const client = ctx.client(command);
      let items: (PlanItemFieldsFragment | null)[];
      if (options.overdue) {
        items = (await client.request(OverduePlanItemsDocument, { first: 500 })).data
          .overduePlanItems;
      } else {
        const { data } = await client.request(PlanItemsOfCasesDocument, { first: 500 });
        items = data.cases.flatMap((kase) => kase.protectionPlan?.items ?? []);
      }
      if (ctx.output.json) {
        ctx.output.out(JSON.stringify(items, null, 2));
        return;
      }
      const shared = items.filter((item) => item !== null);
      withheld(ctx, items.length - shared.length);
      ctx.output.out(
        table(
          ['ID', 'CASE', 'STATUS', 'DUE', 'SERVICE', 'RESPONSIBLE'],
          shared.map((item) => [
            item.id,
            item.case?.code,
            item.status,
            item.overdue ? `${item.dueOn ?? ''} (overdue)` : item.dueOn,
            item.serviceType,
            item.responsiblePartner?.code,
          ]),
        ),
      );
    });

  program
    .command('hearings')
    .description(
      'Hearings in a time window, soonest first, of the cases whose legal data you may see.',
    )
    .requiredOption('--from <date>', 'from this day (YYYY-MM-DD) or date-time', instant(false))
    .requiredOption('--to <date>', 'to the end of this day or this date-time', instant(true))
    .action(async (options: { from: string; to: string }, command: Command) => {
      const { data } = await ctx
        .client(command)
        .request(UpcomingHearingsDocument, { from: options.from, to: options.to });
      if (ctx.output.json) {
        ctx.output.out(JSON.stringify(data.upcomingHearings, null, 2));
        return;
      }
      const shared = data.upcomingHearings.filter((hearing) => hearing !== null);
      withheld(ctx, data.upcomingHearings.length - shared.length);
      ctx.output.out(
        table(
          ['WHEN', 'CASE', 'PURPOSE', 'COURT', 'SUPPORT'],
          shared.map((hearing) => [
            minute(hearing.scheduledAt),
            hearing.proceeding?.case?.code,
            hearing.purpose,
            hearing.proceeding?.court?.name,
            hearing.supportNeeded.join(', '),
          ]),
        ),
      );
    });
}
