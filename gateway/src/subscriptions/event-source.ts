import type { Logger } from '@hub/common';
import pg from 'pg';

/** One row of the outbox, as subscribers are told about it. */
export interface HubEventRow {
  id: string;
  at: Date;
  type: string;
  caseId: string | null;
  entityType: string;
  entityId: string;
  parentId: string | null;
  concerns: string | null;
}

/** Which events a subscription wants. */
export interface EventFilter {
  caseId?: string;
  parentId?: string;
  /** Referral events; for a partner only those addressed to it. */
  referralsFor?: string | 'all';
}

export const matches = (filter: EventFilter, event: HubEventRow): boolean => {
  if (filter.caseId && event.caseId !== filter.caseId) {
    return false;
  }
  if (filter.parentId && event.parentId !== filter.parentId) {
    return false;
  }
  if (filter.referralsFor) {
    return (
      event.entityType === 'Referral' &&
      (filter.referralsFor === 'all' || event.concerns === filter.referralsFor)
    );
  }
  return true;
};

/**
 * Where subscriptions get events: the outbox, announced by NOTIFY. Kept behind this small
 * interface so that moving past one database (to a broker such as NATS JetStream) is one module.
 */
export interface EventSource {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Every event committed from now on, in id order, each once. */
  onEvent(listener: (event: HubEventRow) => void): () => void;
  /**
   * Events after `afterId` that match, oldest first (for `after:` resumption); CursorExpired when
   * events after it have been purged.
   */
  replay(filter: EventFilter, afterId: string, limit?: number): Promise<HubEventRow[]>;
}

/** A subscriber resumes from before the oldest event still kept. */
export class CursorExpired extends Error {}

const SELECT = `select id::text, at, type, case_id, entity_type, entity_id, parent_id, concerns from hub.event`;

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
    await this.listener?.end().catch(() => undefined);
    await this.reading;
    await this.pool.end();
  }

  onEvent(listener: (event: HubEventRow) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async replay(filter: EventFilter, afterId: string, limit = 10_000): Promise<HubEventRow[]> {
    const purged = await this.pool.query<{ through: string }>(
      'select purged_through::text as through from hub.event_retention',
    );
    if (BigInt(afterId) < BigInt(purged.rows[0]?.through ?? '0')) {
      throw new CursorExpired(`Events after ${afterId} are no longer kept.`);
    }
    const conditions = ['id > $1'];
    const params: unknown[] = [afterId];
    if (filter.caseId) {
      params.push(filter.caseId);
      conditions.push(`case_id = $${params.length}`);
    }
    if (filter.parentId) {
      params.push(filter.parentId);
      conditions.push(`parent_id = $${params.length}`);
    }
    if (filter.referralsFor) {
      conditions.push(`entity_type = 'Referral'`);
      if (filter.referralsFor !== 'all') {
        params.push(filter.referralsFor);
        conditions.push(`concerns = $${params.length}`);
      }
    }
    params.push(limit);
    const { rows } = await this.pool.query(
      `${SELECT} where ${conditions.join(' and ')} order by id limit $${params.length}`,
      params,
    );
    return rows.map(toRow);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', () => this.readNew());
    client.on('error', (error) =>
      this.log.warn({ err: error.name }, 'event listener connection failed'),
    );
    client.on('end', () => {
      if (!this.stopped) {
        this.reconnect();
      }
    });
    try {
      await client.connect();
      await client.query('listen hub_event');
      this.listener = client;
      this.backoffMs = 100;
      // Whatever was committed while not listening.
      this.readNew();
    } catch (error) {
      this.log.warn({ err: (error as Error).name }, 'event listener could not connect');
      await client.end().catch(() => undefined);
      this.reconnect();
    }
  }

  private reconnect(): void {
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, 5000);
    setTimeout(() => {
      if (!this.stopped) {
        void this.connect();
      }
    }, delay).unref();
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
          const { rows } = await this.pool.query(`${SELECT} where id > $1 order by id limit 1000`, [
            this.lastId,
          ]);
          for (const row of rows.map(toRow)) {
            this.lastId = row.id;
            for (const listener of this.listeners) {
              listener(row);
            }
          }
          if (rows.length === 1000) {
            this.again = true;
          }
        } catch (error) {
          this.log.warn({ err: (error as Error).name }, 'reading new events failed; will retry');
          await new Promise((resolve) => setTimeout(resolve, 200));
          this.again = !this.stopped;
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.reading = null;
    });
  }
}
