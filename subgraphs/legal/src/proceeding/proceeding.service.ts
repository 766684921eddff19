import { DataCategory, visibleById, groupBy, loader, type HubContext } from '@hub/common';
import { Proceeding } from './proceeding.entity';

/**
 * Reads of proceedings. A proceeding is LEGAL data of its case: reached directly, it exists for the
 * caller only with LEGAL access to the case; reached through `Case.proceedings`, that field's own
 * LEGAL check has already decided.
 */
export class ProceedingService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<Proceeding | null> {
    return visibleById(this.ctx, Proceeding, DataCategory.LEGAL, (row) => row.caseId, id);
  }

  forCase(caseId: string): Promise<Proceeding[]> {
    return loader<string, Proceeding[]>(this.ctx, 'proceeding.byCase', async (caseIds) => {
      const rows = await this.ctx.em.find(
        Proceeding,
        { caseId: { $in: [...caseIds] } },
        { orderBy: { startedOn: 'asc', id: 'asc' } },
      );
      return groupBy(caseIds, rows, (row) => row.caseId);
    }).load(caseId);
  }
}
