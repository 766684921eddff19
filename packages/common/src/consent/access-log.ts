import { sqlStatements } from '../db';
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConsentEvaluator } from './consent';

/** The hash the first row of the chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AccessLogRow {
  id?: string;
  at: Date;
  requestId: string;
  subgraph: string;
  operation: string | null;
  actor: string;
  partner: string;
  caseId: string;
  decision: 'ALLOWED' | 'DENIED';
  categories: string[];
  basis: string;
  breakGlass: boolean;
  /** Everyone a shared live-update read went to, when it was shared; otherwise empty. */
  audience: string[];
  prevHash: string;
  hash?: string;
}

/** Separates the fields of a row's canonical content (ASCII unit separator). */
const SEPARATOR = '\u001f';

/**
 * A row's hash covers its content and the previous row's hash, so changing, removing or
 * reordering any row breaks every hash after it. The database computes it when appending
 * (`hub.append_access_log`); this is the independent re-computation `audit verify` uses, from the
 * same canonical content: the fields in order, joined by U+001F, the time as UTC ISO 8601 with
 * milliseconds, categories joined by commas.
 */
export function accessLogHash(row: AccessLogRow): string {
  const content = [
    row.at.toISOString(),
    row.requestId,
    row.subgraph,
    row.operation ?? '',
    row.actor,
    row.partner,
    row.caseId,
    row.decision,
    row.categories.join(','),
    row.basis,
    String(row.breakGlass),
    row.audience.join(','),
  ].join(SEPARATOR);
  return createHash('sha256').update(`${row.prevHash}\n${content}`, 'utf8').digest('hex');
}

type PendingRow = Omit<AccessLogRow, 'prevHash'>;

/** The rows one request's consent decisions make: one per case and decision. */
export function accessLogRows(
  consent: ConsentEvaluator,
  request: { requestId: string; subgraph: string; operation: string | null },
  /** Everyone a shared read goes to (the caller among them); by default the caller alone. */
  audience: readonly string[] = [],
): PendingRow[] {
  const at = new Date();
  const rows: PendingRow[] = [];
  for (const [caseId, entries] of consent.decisions) {
    for (const entry of entries.values()) {
      rows.push({
        at,
        requestId: request.requestId,
        subgraph: request.subgraph,
        operation: request.operation,
        actor: consent.caller.sub,
        partner: consent.caller.partner,
        caseId,
        decision: entry.decision,
        categories: [...entry.categories].sort(),
        basis: entry.basis,
        breakGlass: entry.breakGlass,
        audience: [...audience].sort(),
      });
    }
  }
  return rows;
}

/**
 * Appends rows to the chain in one statement: `hub.append_access_log` takes the advisory lock,
 * reads the last hash and inserts each row with its hash, so concurrent writers (every subgraph,
 * every replica) append one after another.
 */
async function appendRows(em: EntityManager, rows: PendingRow[]): Promise<void> {
  const entries = rows.map((row) => ({
    at: row.at.toISOString(),
    request_id: row.requestId,
    subgraph: row.subgraph,
    operation: row.operation,
    actor: row.actor,
    partner: row.partner,
    case_id: row.caseId,
    decision: row.decision,
    categories: row.categories,
    basis: row.basis,
    break_glass: row.breakGlass,
    audience: row.audience,
  }));
  await em
    .getConnection()
    .execute('select hub.append_access_log(?::jsonb)', [JSON.stringify(entries)], 'run');
}

export type AccessLogWriter = (rows: PendingRow[]) => Promise<void>;

/**
 * Group commit: requests that finish while a write is under way wait for the next one, which
 * appends all their rows in a single transaction. Each request still waits until its own rows are
 * committed before its response is released; under load many requests share one lock and one
 * round of statements instead of queueing on the lock one by one.
 */
export function createAccessLogWriter(em: EntityManager): AccessLogWriter {
  let queue: { rows: PendingRow[]; done: (error?: unknown) => void }[] = [];
  let writing = false;
  const drain = async () => {
    writing = true;
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        await appendRows(
          em,
          batch.flatMap((entry) => entry.rows),
        );
        batch.forEach((entry) => entry.done());
      } catch (error) {
        batch.forEach((entry) => entry.done(error));
      }
    }
    writing = false;
  };
  return (rows) => {
    if (rows.length === 0) {
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      queue.push({ rows, done: (error) => (error ? reject(error) : resolve()) });
      if (!writing) {
        // The batch is every waiting request's: it runs outside the request that started it.
        sqlStatements.scope.exit(() => void drain());
      }
    });
  };
}

export interface ChainVerdict {
  intact: boolean;
  rows: number;
  /** The first row whose hash or link does not match, when broken. */
  firstBroken?: { id: string; reason: string };
  /** The newest row found intact (none when the log is empty or its first row is broken). */
  lastIntact?: { id: string; at: Date };
}

/** Re-computes the whole chain, oldest first, in pages. */
export async function verifyAccessLog(
  query: (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>,
): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let lastId = '0';
  let lastIntact: ChainVerdict['lastIntact'];
  let count = 0;
  for (;;) {
    const page = await query(
      `select id::text, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, request_id, subgraph, operation, actor, partner, case_id::text, decision, categories, basis, break_glass, audience, prev_hash, hash
         from hub.access_log where id > $1 order by access_log.id limit 5000`,
      [lastId],
    );
    if (page.length === 0) {
      return { intact: true, rows: count, lastIntact };
    }
    for (const raw of page) {
      const row: AccessLogRow = {
        at: new Date(raw.at as string),
        requestId: raw.request_id as string,
        subgraph: raw.subgraph as string,
        operation: raw.operation as string | null,
        actor: raw.actor as string,
        partner: raw.partner as string,
        caseId: raw.case_id as string,
        decision: raw.decision as AccessLogRow['decision'],
        categories: raw.categories as string[],
        basis: raw.basis as string,
        breakGlass: raw.break_glass as boolean,
        audience: raw.audience as string[],
        prevHash: raw.prev_hash as string,
      };
      const id = raw.id as string;
      if (row.prevHash !== prevHash) {
        return {
          intact: false,
          rows: count,
          lastIntact,
          firstBroken: { id, reason: 'does not link to the row before it' },
        };
      }
      if (accessLogHash(row) !== raw.hash) {
        return {
          intact: false,
          rows: count,
          lastIntact,
          firstBroken: { id, reason: 'its content does not match its hash' },
        };
      }
      prevHash = raw.hash as string;
      lastId = id;
      lastIntact = { id, at: row.at };
      count += 1;
    }
  }
}

/**
 * `verifyAccessLog` over a MikroORM connection (knex binds `?`; the shared page query is written
 * with `$1` for node-postgres, which `hub audit verify` uses).
 */
export const verifyAccessLogIn = (em: EntityManager): Promise<ChainVerdict> =>
  verifyAccessLog((sql, params) =>
    em.getConnection().execute<Record<string, unknown>[]>(sql.replace(/\$(\d+)/g, '?'), params),
  );
