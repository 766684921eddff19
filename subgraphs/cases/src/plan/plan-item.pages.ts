import {
  byKey,
  DataCategory,
  forbidden,
  grantStore,
  keysetPage,
  seesAllCases,
  today,
  type Connection,
  type HubContext,
  type PageRequest,
} from '@hub/common';
import { PlanItem } from './plan.entity';
import { OPEN_ITEM_STATUSES } from './plan.types';

/**
 * Open items past their due date on open cases, earliest due first (then id), a page at a time:
 * the Centre sees all; a partner, the items it is responsible for on cases it holds PLAN consent
 * for (the same rule as `PlanService.overdue`).
 */
export function overduePlanItemsPage(
  ctx: HubContext,
  page: PageRequest,
): Promise<Connection<PlanItem>> {
  const { caller } = ctx;
  const where = [
    `i.status in (${OPEN_ITEM_STATUSES.map(() => '?').join(', ')})`,
    'i.due_on < ?',
    `i.plan_id in (select id from cases.protection_plan where superseded_at is null)`,
    `i.case_id in (select id from cases."case" where status <> 'CLOSED')`,
  ];
  const params: unknown[] = [...OPEN_ITEM_STATUSES, today()];
  if (!seesAllCases(caller)) {
    if (!ctx.consent.isPartner) {
      throw forbidden('Overdue plan items are shown to case staff and responsible partners.');
    }
    const granted = grantStore.grantedCases('i.case_id', caller.partner, DataCategory.PLAN);
    where.push(`i.responsible_partner_code = ?`, granted.sql);
    params.push(caller.partner, ...granted.params);
  }
  return keysetPage(
    ctx.em,
    {
      from: `from cases.plan_item i where ${where.join(' and ')}`,
      params,
      keys: [{ sql: 'i.due_on', type: 'date' }],
      id: 'i.id',
      direction: 'asc',
    },
    page,
    async (ids) => byKey(ids, await ctx.em.find(PlanItem, { id: { $in: ids } }), (row) => row.id),
  );
}
