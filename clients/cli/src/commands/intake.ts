import { randomUUID } from 'node:crypto';
import { Option, type Command } from 'commander';
import {
  MyReportsDocument,
  SubmitReportDocument,
  type MeansOfControl,
  type PartnerReportInput,
  type PreliminaryResult,
  type ReportChannel,
  type ReportUrgency,
} from '@hub/sdk';
import { type Context } from '../context';
import { minute, table } from '../output';
import { positiveInt } from './arguments';

const CHANNELS = [
  'POLICE',
  'HOTLINE',
  'SOCIAL_WORK_CENTRE',
  'NGO',
  'CITIZEN',
  'SELF',
  'ABROAD',
  'OTHER',
] as const satisfies readonly ReportChannel[];
const URGENCIES = ['IMMEDIATE', 'HIGH', 'NORMAL'] as const satisfies readonly ReportUrgency[];
const RESULTS = [
  'INDICATORS_PRESENT',
  'UNCLEAR',
  'NO_INDICATORS',
] as const satisfies readonly PreliminaryResult[];

interface ReportOptions {
  channel: ReportChannel;
  urgency: ReportUrgency;
  givenName?: string;
  familyName?: string;
  phone?: string;
  address?: string;
  account?: string;
  indicator: string[];
  result?: PreliminaryResult;
  otherIndicators?: string;
  idempotencyKey?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `report` (submit one to the Centre, print the receipt) and `reports` (your own). */
export function registerIntake(program: Command, ctx: Context): void {
  program
    .command('report')
    .description(
      "Report a possible victim to the Centre; prints the receipt (reference, when the Centre's 24-hour clock started).",
    )
    .addOption(
      new Option('--channel <channel>', 'how it came to you')
        .choices(CHANNELS)
        .makeOptionMandatory(),
    )
    .addOption(new Option('--urgency <urgency>', 'how urgent').choices(URGENCIES).default('NORMAL'))
    .option('--given-name <name>', "the person's given name, if known")
    .option('--family-name <name>', "the person's family name, if known")
    .option('--phone <phone>', 'a phone number to reach the person')
    .option('--address <address>', 'where the person may be found')
    .option('--account <text>', 'what you observed or were told, in your words')
    .option('--indicator <code>', 'a checklist indicator observed (repeat it)', collect, [])
    .option('--other-indicators <text>', 'other indicators, in words (with --indicator OTHER)')
    .addOption(new Option('--result <result>', 'what the checklist suggests').choices(RESULTS))
    .option(
      '--idempotency-key <key>',
      'send it again with the same key after a failure: you get the same receipt',
    )
    .action(async (options: ReportOptions, command: Command) => {
      const person = {
        givenName: options.givenName,
        familyName: options.familyName,
        phone: options.phone,
        address: options.address,
      };
      const checklist =
        options.result || options.indicator.length
          ? {
              indicators: options.indicator as MeansOfControl[],
              otherIndicators: options.otherIndicators,
              // Without --result the hub refuses the checklist and says why.
              result: options.result as PreliminaryResult,
              assessedOn: new Date().toISOString().slice(0, 10),
            }
          : null;
      const input: PartnerReportInput = {
        channel: options.channel,
        urgency: options.urgency,
        person: Object.values(person).some((value) => value !== undefined) ? person : null,
        account: options.account,
        checklist,
      };
      const { data } = await ctx.client(command).request(SubmitReportDocument, {
        input,
        idempotencyKey: options.idempotencyKey ?? randomUUID(),
      });
      const receipt = data.submitReport;
      ctx.output.out(
        ctx.output.json
          ? JSON.stringify(receipt, null, 2)
          : table(
              ['REFERENCE', 'RECEIVED', 'FIRST CONTACT DUE'],
              [[receipt.reference, minute(receipt.receivedAt), minute(receipt.firstContactDueAt)]],
            ),
      );
    });

  program
    .command('reports')
    .description('The reports your partner submitted, newest first, as you wrote them.')
    .option('--limit <n>', 'at most this many', positiveInt, 50)
    .action(async (options: { limit: number }, command: Command) => {
      const { data } = await ctx
        .client(command)
        .request(MyReportsDocument, { first: Math.min(options.limit, 500) });
      ctx.output.out(
        ctx.output.json
          ? JSON.stringify(data.myReports, null, 2)
          : table(
              ['REFERENCE', 'RECEIVED', 'CHANNEL', 'GIVEN NAME', 'CASE'],
              data.myReports.map((report) => [
                report.reference,
                minute(report.receivedAt),
                report.channel,
                report.givenName,
                report.case?.code ?? 'not shared',
              ]),
            ),
      );
    });
}
