import { Option, type Command } from 'commander';
import {
  CaseByCodeDocument,
  CasesPageDocument,
  NotFoundError,
  pageConnection,
  type CaseStatus,
} from '@hub/sdk';
import { type Context } from '../context';
import { day, notShared, shown, table } from '../output';
import { positiveInt } from './arguments';

const CASE_STATUSES = [
  'REPORTED',
  'IN_IDENTIFICATION',
  'IDENTIFIED',
  'NOT_IDENTIFIED',
  'IN_SUPPORT',
  'CLOSED',
] as const satisfies readonly CaseStatus[];

/** The fields `case <code>` shows, each by its path in the result. */
const CASE_FIELDS: [label: string, path: string, format?: (value: unknown) => string][] = [
  ['Status', 'status'],
  ['Opened', 'openedAt', day],
  ['Case worker', 'caseWorker.name'],
  ['Work e-mail', 'caseWorker.workEmail'],
  ['Given name', 'person.givenName'],
  ['Family name', 'person.familyName'],
  ['Date of birth', 'person.dateOfBirth'],
  ['Sex', 'person.sex'],
  ['Citizenship', 'person.citizenship'],
  ['Languages', 'person.languages', (value) => (value as string[]).join(', ')],
  ['Phone', 'person.phone'],
  ['Address', 'person.address'],
  ['Municipality', 'person.municipality'],
  ['Identification', 'identification.decision'],
  ['Exploitation', 'identification.exploitationTypes', (value) => (value as string[]).join(', ')],
  ['Assessment', 'assessment.version', (value) => `version ${String(value)}`],
  ['Plan', 'protectionPlan.version', (value) => `version ${String(value)}`],
  ['Plan items', 'protectionPlan.items', (value) => String((value as unknown[]).length)],
  [
    'Proceedings',
    'proceedings',
    (value) =>
      (value as { kind: string; stage: string }[])
        .map((proceeding) => `${proceeding.kind} (${proceeding.stage})`)
        .join(', '),
  ],
];

export function registerCases(program: Command, ctx: Context): void {
  program
    .command('cases')
    .description('The cases you may see, newest first.')
    .addOption(new Option('--status <status>', 'only cases in this status').choices(CASE_STATUSES))
    .option('--code <part>', 'only cases whose code holds this (any case)')
    .option('--limit <n>', 'at most this many', positiveInt, 50)
    .action(
      async (options: { status?: CaseStatus; code?: string; limit: number }, command: Command) => {
        const client = ctx.client(command);
        const cases = [];
        for await (const kase of pageConnection(
          client,
          CasesPageDocument,
          { search: { status: options.status ?? null, code: options.code ?? null } },
          { select: (data) => data.casesConnection, pageSize: Math.min(options.limit, 100) },
        )) {
          cases.push(kase);
          if (cases.length >= options.limit) {
            break;
          }
        }
        if (ctx.output.json) {
          ctx.output.out(JSON.stringify(cases, null, 2));
          return;
        }
        ctx.output.out(
          table(
            ['CODE', 'STATUS', 'OPENED', 'CASE WORKER'],
            cases.map((kase) => [kase.code, kase.status, day(kase.openedAt), kase.caseWorker.name]),
          ),
        );
      },
    );

  program
    .command('case')
    .description('One case, as far as consent shares it with you.')
    .argument('<code>', 'the case code, e.g. C-2026-12')
    .action(async (code: string, _options, command: Command) => {
      const result = await ctx.client(command).request(CaseByCodeDocument, { code });
      if (!result.data.caseByCode) {
        throw new NotFoundError(`There is no case ${code} that you may see.`, {
          code: 'NOT_FOUND',
        });
      }
      if (ctx.output.json) {
        ctx.output.out(
          JSON.stringify({ case: result.data.caseByCode, notShared: notShared(result) }, null, 2),
        );
        return;
      }
      const rows = CASE_FIELDS.map(([label, path, format]) => [
        label,
        shown(result, `caseByCode.${path}`, format),
      ]);
      ctx.output.out(`Case ${result.data.caseByCode.code}\n${table(['FIELD', 'VALUE'], rows)}`);
    });
}
