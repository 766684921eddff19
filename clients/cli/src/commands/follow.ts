import { InvalidArgumentError, type Command } from 'commander';
import {
  CaseEventsDocument,
  ConferenceEventsDocument,
  follow,
  MyReferralEventsDocument,
  type FollowItem,
  type Follower,
  type FollowStatus,
} from '@hub/sdk';
import { type Context } from '../context';
import { cursorStore } from '../profile';
import { minute, shown } from '../output';
import { positiveInt } from './arguments';

interface FollowOptions {
  after?: string;
  count?: number;
}

const eventId = (value: string) => {
  if (!/^\d{1,19}$/.test(value)) {
    throw new InvalidArgumentError('an event id (digits)');
  }
  return value;
};

export function registerFollow(program: Command, ctx: Context): void {
  const group = program
    .command('follow')
    .description(
      'Follow live updates in the terminal. After a drop it reconnects and resumes after the last event shown; the next run resumes there too.',
    );
  const withOptions = (command: Command) =>
    command
      .option(
        '--after <event-id>',
        'start after this event instead of where the last run stopped',
        eventId,
      )
      .option('--count <n>', 'stop after this many events', positiveInt);

  withOptions(
    group
      .command('conference')
      .description('A case conference as it is held: each minute, decision and action item.')
      .argument('<id>', 'the conference id'),
  ).action((id: string, options: FollowOptions, command: Command) =>
    run(
      ctx,
      follow(
        ctx.client(command),
        ConferenceEventsDocument,
        { conferenceId: id },
        settings(ctx, `conference:${id}`, options),
      ),
      options,
      (item) => {
        const event = item.event;
        const what = event.entry
          ? `${event.entry.kind}: ${shown(item.result, 'conferenceEvents.entry.text')}`
          : `conference ${shown(item.result, 'conferenceEvents.conference.status')}`;
        return `${minute(event.at)}  ${event.type}  ${what}`;
      },
    ),
  );

  withOptions(
    group
      .command('case')
      .description('Everything that happens to a case you may see.')
      .argument('<id>', 'the case id'),
  ).action((id: string, options: FollowOptions, command: Command) =>
    run(
      ctx,
      follow(
        ctx.client(command),
        CaseEventsDocument,
        { caseId: id },
        settings(ctx, `case:${id}`, options),
      ),
      options,
      (item) =>
        `${minute(item.event.at)}  ${item.event.type}  case ${shown(item.result, 'caseEvents.case.status')}`,
    ),
  );

  withOptions(
    group.command('referrals').description('The referrals your partner provides, as they change.'),
  ).action((options: FollowOptions, command: Command) =>
    run(
      ctx,
      follow(
        ctx.client(command),
        MyReferralEventsDocument,
        {},
        settings(ctx, 'referrals', options),
      ),
      options,
      (item) => {
        const referral = item.event.referral;
        return `${minute(item.event.at)}  ${item.event.type}  ${referral ? `${referral.id} ${referral.status} ${referral.case?.code ?? ''}` : ''}`;
      },
    ),
  );
}

function settings(ctx: Context, key: string, options: FollowOptions) {
  return {
    store: cursorStore(ctx.env),
    key,
    ...(options.after ? { after: options.after } : {}),
    onStatus: (status: FollowStatus) => {
      if (status.state === 'waiting') {
        ctx.output.note(
          `Connection lost (${status.error.message}); resuming in ${(status.delayMs / 1000).toFixed(1)} s.`,
        );
      } else if (status.state === 'live') {
        ctx.output.note('Following live. Ctrl-C to stop.');
      }
    },
  };
}

async function run<T extends { id: string }>(
  ctx: Context,
  follower: Follower<T>,
  options: FollowOptions,
  line: (item: FollowItem<T>) => string,
): Promise<void> {
  void ctx.interrupted.then(() => follower.stop());
  let shownCount = 0;
  for await (const item of follower) {
    ctx.output.out(ctx.output.json ? JSON.stringify(item.event) : line(item));
    shownCount++;
    if (options.count !== undefined && shownCount >= options.count) {
      follower.stop();
    }
  }
  if (follower.ended?.reason === 'consent-revoked') {
    throw follower.ended.error;
  }
}
