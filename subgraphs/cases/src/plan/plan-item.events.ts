import type { PlanItem } from './plan.entity';

/** The event of a change of a plan item, for the case, its plan and its responsible partner. */
export function planItemEvent(type: string, item: PlanItem) {
  return {
    type,
    caseId: item.caseId,
    entityType: 'PlanItem',
    entityId: item.id,
    parentId: item.plan.id,
    concerns: item.responsiblePartnerCode,
  };
}
