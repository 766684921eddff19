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
  /** Reports partners submit (the Centre's intake). */
  intake?: true;
}

/** The event entity type of the Centre's intake. */
export const INTAKE_ENTITY = 'PartnerReport';

export const matches = (filter: EventFilter, event: HubEventRow): boolean => {
  if (filter.caseId && event.caseId !== filter.caseId) {
    return false;
  }
  if (filter.parentId && event.parentId !== filter.parentId) {
    return false;
  }
  if (filter.intake) {
    return event.entityType === INTAKE_ENTITY;
  }
  if (filter.referralsFor) {
    return (
      event.entityType === 'Referral' &&
      (filter.referralsFor === 'all' || event.concerns === filter.referralsFor)
    );
  }
  return true;
};
