import type { Caller, Logger } from '@hub/common';
import { ErrorCode, HubError, sendError } from '@hub/common';
import type { MikroORM } from '@mikro-orm/postgresql';
import type express from 'express';
import { MIN_CELL, requireStatisticsRole } from '../figures/figures.service';
import { csvLine, dictionaryCsv, EXPORT_COLUMNS, sensitiveColumns } from './dictionary';
import { ExportReader, toQi, toSensitive } from './export.store';
import { anonymise, generalise, type Anonymisation } from './k-anonymity';

/** The access log's case id for rows about no single case (an export covers many, anonymised). */
export const NO_CASE = '00000000-0000-0000-0000-000000000000';

/** Years of an export: ?year=YYYY, or ?from=YYYY&to=YYYY (whole calendar years). */
function exportYears(query: express.Request['query']): { from: number; to: number } {
  const year = (value: unknown) =>
    typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : null;
  const single = year(query.year);
  const from = single ?? year(query.from);
  const to = single ?? year(query.to);
  if (from === null || to === null || to < from || to - from > 20) {
    throw new HubError(
      ErrorCode.BAD_USER_INPUT,
      'Give year=YYYY, or from=YYYY&to=YYYY (at most 20 years).',
      { field: 'year' },
    );
  }
  return { from, to };
}

const summaryOf = (years: { from: number; to: number }, result: Anonymisation) => ({
  fromYear: years.from,
  toYear: years.to,
  k: result.k,
  records: result.records,
  exported: result.exported,
  suppressed: result.suppressed,
  levels: result.levels,
  generalisation: result.generalisation,
});

/** Writes one access-log row for the export: who, when, which years, how many rows. */
async function logExport(
  orm: MikroORM,
  res: express.Response,
  years: { from: number; to: number },
  result: Anonymisation,
): Promise<void> {
  const caller = res.locals.caller as Caller;
  const entry = {
    at: new Date().toISOString(),
    request_id: res.locals.requestId as string,
    subgraph: 'statistics',
    operation: 'StatisticsExport',
    actor: caller.sub,
    partner: caller.partner,
    case_id: NO_CASE,
    decision: 'ALLOWED',
    categories: ['EXPLOITATION', 'IDENTITY'],
    basis: `STATISTICS_EXPORT years=${years.from}-${years.to} rows=${result.exported} suppressed=${result.suppressed} k=${result.k}`,
    break_glass: false,
    audience: [],
  };
  await orm.em
    .getConnection()
    .execute('select hub.append_access_log(?::jsonb)', [JSON.stringify([entry])], 'run');
}

function refuse(res: express.Response, error: unknown, log: Logger): void {
  if (error instanceof HubError) {
    const code = String(error.extensions.code);
    sendError(res, code === ErrorCode.FORBIDDEN ? 403 : 400, code, error.message);
    return;
  }
  log.error(
    { requestId: res.locals.requestId, err: error instanceof Error ? error.name : 'fault' },
    'export failed',
  );
  if (!res.headersSent) {
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'The export failed.');
  } else {
    res.destroy();
  }
}

/** Waits until the response can take more, so memory stays flat however many rows follow. */
const drained = (res: express.Response) =>
  new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });

/**
 * GET /statistics/export.csv — the HTCDS/CTDC export (k-anonymised, streamed);
 * GET /statistics/export-summary — the same anonymisation's figures as JSON, no rows;
 * GET /statistics/export-dictionary.csv — the data dictionary.
 * Centre analysts and supervisors only, refused before anything else is looked at.
 */
export function exportRoutes(router: express.Router, orm: MikroORM, log: Logger): void {
  const handle =
    (
      work: (req: express.Request, res: express.Response) => Promise<void>,
    ): express.RequestHandler =>
    (req, res) => {
      try {
        requireStatisticsRole(res.locals.caller as Caller, 'Statistics exports');
      } catch (error) {
        refuse(res, error, log);
        return;
      }
      work(req, res).catch((error: unknown) => refuse(res, error, log));
    };

  router.get(
    '/export-dictionary.csv',
    handle(async (_req, res) => {
      res.type('text/csv; charset=utf-8').send(dictionaryCsv());
    }),
  );

  const anonymised = async (req: express.Request, reader: ExportReader) => {
    const years = exportYears(req.query);
    return { years, result: anonymise(await reader.groups(years.from, years.to), MIN_CELL) };
  };

  router.get(
    '/export-summary',
    handle(async (req, res) => {
      exportYears(req.query);
      const reader = await ExportReader.open(orm);
      try {
        const { years, result } = await anonymised(req, reader);
        res.json(summaryOf(years, result));
      } finally {
        await reader.close();
      }
    }),
  );

  router.get(
    '/export.csv',
    handle(async (req, res) => {
      exportYears(req.query);
      const reader = await ExportReader.open(orm);
      let aborted = false;
      res.on('close', () => {
        aborted = !res.writableFinished;
      });
      try {
        const { years, result } = await anonymised(req, reader);
        // Recorded before a single row leaves; if it cannot be, nothing is released.
        await logExport(orm, res, years, result);
        const summary = summaryOf(years, result);
        res.status(200);
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        res.setHeader(
          'content-disposition',
          `attachment; filename="htcds-${years.from}-${years.to}.csv"`,
        );
        res.setHeader('x-hub-export-rows', String(summary.exported));
        res.setHeader('x-hub-export-suppressed', String(summary.suppressed));
        res.setHeader('x-hub-export-generalisation', JSON.stringify(summary.levels));
        const names = EXPORT_COLUMNS.map((column) => column.name);
        res.write(csvLine(names));
        for await (const batch of reader.rows(years.from, years.to)) {
          let text = '';
          for (const row of batch) {
            const { columns, key } = generalise(toQi(row), result.levelList);
            if ((result.classes.get(key) ?? 0) < result.k) {
              continue;
            }
            const all: Record<string, string> = {
              ...columns,
              ...sensitiveColumns(toSensitive(row)),
            };
            text += csvLine(names.map((name) => all[name] ?? ''));
          }
          if (aborted) {
            return;
          }
          if (!res.write(text)) {
            await drained(res);
          }
        }
        res.end();
      } finally {
        await reader.close();
      }
    }),
  );
}
