import type { DomainEvent } from '@hub/common';

/** Directory events concern no case; `concerns` names the partner they are about. */
export const directoryEvent = (
  type: string,
  entityType: string,
  entityId: string,
  concerns: string,
): DomainEvent => ({ type, caseId: null, entityType, entityId, concerns });
