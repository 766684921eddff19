import { byKey, groupBy, loader, seesAllCases, type HubContext } from '@hub/common';
import { Proceeding } from './proceeding.entity';

/** Reads of proceedings; a caller who may not see the case's legal data gets nothing. */
export class ProceedingService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<Proceeding | null> {
    return loader<string, Proceeding | null>(this.ctx, 'proceeding.byId', async (ids) => {
      if (!seesAllCases(this.ctx.caller)) {
        return ids.map(() => null);
      }
      const rows = await this.ctx.em.find(Proceeding, { id: { $in: [...ids] } });
      return byKey(ids, rows, (row) => row.id);
    }).load(id);
  }

  forCase(caseId: string): Promise<Proceeding[]> {
    return loader<string, Proceeding[]>(this.ctx, 'proceeding.byCase', async (caseIds) => {
      if (!seesAllCases(this.ctx.caller)) {
        return caseIds.map(() => []);
      }
      const rows = await this.ctx.em.find(
        Proceeding,
        { caseId: { $in: [...caseIds] } },
        { orderBy: { startedOn: 'asc', id: 'asc' } },
      );
      return groupBy(caseIds, rows, (row) => row.caseId);
    }).load(caseId);
  }
}
