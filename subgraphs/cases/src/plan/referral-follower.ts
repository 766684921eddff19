import { recordEvent, repeatEvery, workflow, type Logger } from '@hub/common';
import {
  Entity,
  LockMode,
  PrimaryKey,
  Property,
  type EntityManager,
  type MikroORM,
} from '@mikro-orm/postgresql';
import { Case } from '../case/case.entity';
import { CaseStatus } from '../case/case.types';
import { PlanItem } from './plan.entity';
import { PlanItemStatus } from './plan.types';
import { referralFollowerStore, type ReferralEventRecord } from './referral-follower.store';

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

/**
 * The moves a referral makes on its item. Wider than a person's moves: a provider may complete a
 * referral straight from ACCEPTED (REFERRED → DONE), and the Centre may withdraw one in progress
 * (IN_PROGRESS → PLANNED). A DONE or CANCELLED item stays as it is.
 */
const FOLLOWED = workflow<PlanItemStatus>('A plan item', {
  PLANNED: [PlanItemStatus.REFERRED],
  REFERRED: [PlanItemStatus.IN_PROGRESS, PlanItemStatus.DONE, PlanItemStatus.PLANNED],
  IN_PROGRESS: [PlanItemStatus.DONE, PlanItemStatus.PLANNED],
  DONE: [],
  CANCELLED: [],
});

/** Why an event leaves its item as it is, or null when it moves it to `to`. */
function reasonToLeave(
  item: PlanItem | null,
  event: ReferralEventRecord,
  to: PlanItemStatus | undefined,
) {
  if (!to || !item || item.caseId !== event.caseId) {
    return 'not an item of this case';
  }
  // Only the referral the item is waiting on moves it on; a newer referral replaces it.
  if (event.type !== 'REFERRAL_CREATED' && item.referralId !== event.referralId) {
    return 'not the item’s current referral';
  }
  if (!FOLLOWED.allows(item.status, to)) {
    return `no move from ${item.status}`;
  }
  return null;
}

/**
 * Applies the next referral event (written by the services subgraph) to the plan item it carries
 * out, in one transaction with the cursor: each event moves its item exactly once, even with
 * several replicas (the cursor row is locked; a replica that finds it locked leaves the event to
 * the one holding it). The case and the item are locked in the same order as a person's move, so
 * the two never deadlock, and the move is recorded as the item's own event. Returns whether an
 * event was taken.
 */
export async function applyNextReferralEvent(em: EntityManager, log: Logger): Promise<boolean> {
  return em.transactional(async (tx) => {
    const cursor = await referralFollowerStore.lockCursor(tx, FOLLOWER);
    if (cursor === null) {
      return false;
    }
    const event = await referralFollowerStore.nextReferralEvent(tx, cursor);
    if (!event) {
      return false;
    }
    await referralFollowerStore.moveCursor(tx, FOLLOWER, event.id);
    const to = ITEM_STATUS_AFTER[event.type];
    const found = to ? await tx.findOne(PlanItem, { id: event.itemId }) : null;
    const kase = found
      ? await tx.findOne(Case, { id: found.caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    const item =
      found && kase && kase.status !== CaseStatus.CLOSED
        ? await tx.findOneOrFail(
            PlanItem,
            { id: found.id },
            { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
          )
        : null;
    const leave = reasonToLeave(item, event, to);
    if (leave || !item) {
      if (to) {
        log.info(
          { event: event.id, reason: leave ?? 'the case is closed' },
          'plan item left as it is',
        );
      }
      return true;
    }
    item.status = to;
    item.statusChangedAt = new Date();
    item.referralId = to === PlanItemStatus.PLANNED ? null : event.referralId;
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
    return true;
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
  return repeatEvery(async (stopping) => {
    try {
      // Drain: keep going while events come.
      while (!stopping() && (await applyNextReferralEvent(orm.em.fork(), log))) {
        /* next event */
      }
    } catch (error) {
      log.warn({ err: error }, 'following referral events failed; retrying');
    }
  }, intervalMs);
}
