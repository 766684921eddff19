import { recordEvent, requireMove, type Logger } from '@hub/common';
import {
  Entity,
  PrimaryKey,
  Property,
  type EntityManager,
  type MikroORM,
} from '@mikro-orm/postgresql';
import { PlanItem } from './plan.entity';
import { PLAN_ITEM_MOVES, PlanItemStatus } from './plan.types';

/** How far a follower of the hub's event log has read (one row per follower). */
@Entity({ tableName: 'event_cursor' })
export class EventCursor {
  @PrimaryKey({ type: 'text' })
  name!: string;

  @Property({ type: 'bigint' })
  lastId!: string;
}

const FOLLOWER = 'plan-items-from-referrals';

/** What a referral's event means for the plan item it carries out. */
const ITEM_STATUS_AFTER: Record<string, PlanItemStatus> = {
  REFERRAL_CREATED: PlanItemStatus.REFERRED,
  REFERRAL_IN_PROGRESS: PlanItemStatus.IN_PROGRESS,
  REFERRAL_COMPLETED: PlanItemStatus.DONE,
  // Declined or withdrawn: the item is to be planned again (another provider, another time).
  REFERRAL_DECLINED: PlanItemStatus.PLANNED,
  REFERRAL_WITHDRAWN: PlanItemStatus.PLANNED,
};

interface ReferralEvent {
  id: string;
  type: string;
  case_id: string;
  entity_id: string;
  parent_id: string;
  partner: string;
}

/**
 * Applies referral events (written by the services subgraph) to the plan items they carry out,
 * in one transaction per batch together with the cursor: each event moves its item exactly once,
 * even with several replicas (the cursor row is locked; a replica that finds it locked leaves the
 * batch to the one holding it). Each move is recorded as the item's own event. A move the item's
 * state does not allow (a referral completed for an item the Centre cancelled) changes nothing.
 */
export async function applyReferralEvents(em: EntityManager, log: Logger): Promise<number> {
  return em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const context = tx.getTransactionContext();
    const [cursor] = await connection.execute<{ last_id: string }[]>(
      'select last_id::text from cases.event_cursor where name = ? for update skip locked',
      [FOLLOWER],
      'all',
      context,
    );
    if (!cursor) {
      return 0;
    }
    const events = await connection.execute<ReferralEvent[]>(
      `select id::text, type, case_id::text, entity_id::text, parent_id::text, partner
         from hub.event
        where id > ? and entity_type = 'Referral' and parent_id is not null
        order by id limit 200`,
      [cursor.last_id],
      'all',
      context,
    );
    for (const event of events) {
      const to = ITEM_STATUS_AFTER[event.type];
      const item = to && (await tx.findOne(PlanItem, { id: event.parent_id }));
      if (!item || item.caseId !== event.case_id) {
        continue;
      }
      try {
        requireMove('A plan item', PLAN_ITEM_MOVES, item.status, to);
      } catch {
        log.info(
          { event: event.id, item: item.id, status: item.status, to },
          'plan item left as it is',
        );
        continue;
      }
      item.status = to;
      item.statusChangedAt = new Date();
      item.referralId = to === PlanItemStatus.PLANNED ? null : event.entity_id;
      await tx.flush();
      await recordEvent(
        tx,
        { subgraph: 'cases', caller: { sub: `follower:${FOLLOWER}`, partner: event.partner } },
        {
          type: `PLAN_ITEM_${to}`,
          caseId: item.caseId,
          entityType: 'PlanItem',
          entityId: item.id,
          parentId: item.plan.id,
          concerns: item.responsiblePartnerCode,
        },
      );
    }
    if (events.length > 0) {
      await connection.execute(
        'update cases.event_cursor set last_id = ? where name = ?',
        [events.at(-1)!.id, FOLLOWER],
        'run',
        context,
      );
    }
    return events.length;
  });
}

/**
 * Follows the event log every `intervalMs` (and at once on start). A batch that fails is retried
 * on the next round from the same cursor: nothing is lost or applied twice.
 */
export function followReferralEvents(
  orm: MikroORM,
  log: Logger,
  intervalMs = 1000,
): { stop(): Promise<void> } {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const round = async () => {
    try {
      // Drain: keep going while full batches come back.
      while (!stopped && (await applyReferralEvents(orm.em.fork(), log)) === 200) {
        /* next batch */
      }
    } catch (error) {
      log.warn({ err: error }, 'following referral events failed; retrying');
    }
    if (!stopped) {
      timer = setTimeout(() => (running = round()), intervalMs);
      timer.unref();
    }
  };
  running = round();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
