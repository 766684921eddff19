import type { Logger } from '@hub/common/logger';
import pg from 'pg';

import { INTAKE_ENTITY, type EventFilter, type HubEventRow } from './event-filter';

export { matches, type EventFilter, type HubEventRow } from './event-filter';

/**
 * Where subscriptions get events: the outbox, announced by NOTIFY. Kept behind this small
 * interface so that moving past one database (to a broker such as NATS JetStream) is one module.
 */
export interface EventSource {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Every event committed from now on, in id order, each once. */
  onEvent(listener: (event: HubEventRow) => void): () => void;
  /** The id of the newest event handed to listeners so far ('0' before any). */
  position(): string;
  /**
   * Events after `afterId` that match, oldest first (for `after:` resumption); CursorExpired when
   * events after it have been purged.
   */
  replay(filter: EventFilter, afterId: string, limit?: number): Promise<HubEventRow[]>;
}

/** A subscriber resumes from before the oldest event still kept. */
export class CursorExpired extends Error {}

/**
 * Ids leave as text (bigints do not fit a JS number), so every comparison and ordering names the
 * table's bigint column `e.id`: an unqualified `order by id` would bind to the text output column
 * and sort "1000" before "994".
 */
const SELECT = `select e.id::text as id, e.at, e.type, e.case_id, e.entity_type, e.entity_id, e.parent_id, e.concerns from hub.event e`;

const toRow = (row: Record<string, unknown>): HubEventRow => ({
  id: row.id as string,
  at: row.at as Date,
  type: row.type as string,
  caseId: (row.case_id as string | null) ?? null,
  entityType: row.entity_type as string,
  entityId: row.entity_id as string,
  parentId: (row.parent_id as string | null) ?? null,
  concerns: (row.concerns as string | null) ?? null,
});

/**
 * LISTEN on one dedicated connection (never a pooled or transaction-pooled one); each NOTIFY is
 * only a nudge: the source reads every event after the last one it delivered, so notifications
 * lost while disconnected are caught up by id after a reconnect, with backoff.
 */
export class PostgresEventSource implements EventSource {
  private readonly listeners = new Set<(event: HubEventRow) => void>();
  private readonly pool: pg.Pool;
  private listener: pg.Client | null = null;
  private lastId = '0';
  private reading: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private backoffMs = 100;

  private purgeTimer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private readFailures = 0;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
    /** Events older than this many days are deleted (hourly); null keeps them all. */
    private readonly retentionDays: number | null = null,
  ) {
    this.pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle connection dropped by the server (restart, failover) must not bring the gateway
    // down: the pool replaces it on next use.
    this.pool.on('error', (error) =>
      this.log.warn({ err: error.name }, 'event pool connection lost'),
    );
  }

  /**
   * Deletes events past retention, once across all gateways (a try-lock), and remembers the
   * highest id deleted so a subscriber resuming from before it is told it missed events.
   */
  async purge(): Promise<number> {
    if (this.retentionDays === null) {
      return 0;
    }
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ locked: boolean }>(
        `select pg_try_advisory_xact_lock(hashtext('hub.event.purge')) as locked`,
      );
      let deleted = 0;
      if (rows[0].locked) {
        const result = await client.query<{ n: number }>(
          `with gone as (delete from hub.event where at < now() - make_interval(days => $1) returning id)
           update hub.event_retention set purged_through = greatest(purged_through, coalesce((select max(id) from gone), 0))
           returning (select count(*)::int from gone) as n`,
          [this.retentionDays],
        );
        deleted = result.rows[0]?.n ?? 0;
      }
      await client.query('commit');
      return deleted;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async start(): Promise<void> {
    const { rows } = await this.pool.query<{ id: string }>(
      'select coalesce(max(id), 0)::text as id from hub.event',
    );
    this.lastId = rows[0].id;
    await this.connect();
    if (this.retentionDays !== null) {
      const purge = () =>
        this.purge().catch((error: unknown) =>
          this.log.warn({ err: (error as Error).name }, 'event purge failed'),
        );
      await purge();
      this.purgeTimer = setInterval(purge, 3_600_000);
      this.purgeTimer.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.purgeTimer) {
      clearInterval(this.purgeTimer);
    }
    if (this.reconnectTimer) {
      clearTimeout(this.reconnectTimer);
    }
    await this.listener?.end().catch(() => undefined);
    await this.reading;
    await this.pool.end();
  }

  onEvent(listener: (event: HubEventRow) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  position(): string {
    return this.lastId;
  }

  async replay(filter: EventFilter, afterId: string, limit = 10_000): Promise<HubEventRow[]> {
    const purged = await this.pool.query<{ through: string }>(
      'select purged_through::text as through from hub.event_retention',
    );
    if (BigInt(afterId) < BigInt(purged.rows[0]?.through ?? '0')) {
      throw new CursorExpired(`Events after ${afterId} are no longer kept.`);
    }
    const conditions = ['e.id > $1::bigint'];
    const params: unknown[] = [afterId];
    if (filter.caseId) {
      params.push(filter.caseId);
      conditions.push(`e.case_id = $${params.length}`);
    }
    if (filter.parentId) {
      params.push(filter.parentId);
      conditions.push(`e.parent_id = $${params.length}`);
    }
    if (filter.intake) {
      params.push(INTAKE_ENTITY);
      conditions.push(`e.entity_type = $${params.length}`);
    }
    if (filter.referralsFor) {
      conditions.push(`e.entity_type = 'Referral'`);
      if (filter.referralsFor !== 'all') {
        params.push(filter.referralsFor);
        conditions.push(`e.concerns = $${params.length}`);
      }
    }
    params.push(limit);
    const { rows } = await this.pool.query(
      `${SELECT} where ${conditions.join(' and ')} order by e.id limit $${params.length}`,
      params,
    );
    return rows.map(toRow);
  }

  /**
   * One listening connection at a time. A connection that fails to open or is lost later takes
   * one path: it is closed, and one reconnect is scheduled (with backoff). Neither pg's 'error'
   * and 'end' both firing nor a failed connect can start a second loop.
   */
  private async connect(): Promise<void> {
    if (this.stopped) {
      return;
    }
    const client = new pg.Client({ connectionString: this.url });
    let lost = false;
    const onLost = (why: string) => {
      if (lost) {
        return;
      }
      lost = true;
      client.removeAllListeners('notification');
      if (this.listener === client) {
        this.listener = null;
      }
      void client.end().catch(() => undefined);
      if (!this.stopped) {
        this.log.warn({ why }, 'event listener connection lost; reconnecting');
        this.scheduleReconnect();
      }
    };
    client.on('notification', () => this.readNew());
    client.on('error', (error) => onLost(error.name));
    client.on('end', () => onLost('ended'));
    try {
      await client.connect();
      await client.query('listen hub_event');
    } catch (error) {
      onLost((error as Error).name);
      return;
    }
    if (lost || this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    this.backoffMs = 100;
    // Whatever was committed while not listening.
    this.readNew();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) {
      return;
    }
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, 5000);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, delay);
    this.reconnectTimer.unref();
  }

  /** Reads every event after the last delivered one; concurrent nudges fold into one more read. */
  private readNew(): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = (async () => {
      do {
        this.again = false;
        try {
          const { rows } = await this.pool.query(
            `${SELECT} where e.id > $1::bigint order by e.id limit 1000`,
            [this.lastId],
          );
          for (const row of rows.map(toRow)) {
            this.lastId = row.id;
            for (const listener of this.listeners) {
              listener(row);
            }
          }
          if (rows.length === 1000) {
            this.again = true;
          }
          this.readFailures = 0;
        } catch (error) {
          // Logged once per outage, retried with backoff: a database restart must not flood the log.
          if (this.readFailures++ === 0) {
            this.log.warn({ err: (error as Error).name }, 'reading new events failed; will retry');
          }
          const wait = Math.min(200 * 2 ** Math.min(this.readFailures, 5), 5000);
          await new Promise((resolve) => setTimeout(resolve, wait).unref());
          this.again = !this.stopped;
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.reading = null;
    });
  }
}
