import { byKey, loader, seesAllCases, type HubContext } from '@hub/common';
import { Case } from './case.entity';
import type { CaseStatus } from './case.types';

export interface CaseFilter {
  status?: CaseStatus | null;
  first: number;
}

/**
 * Reads of cases. A caller who may not see a case gets null or an empty list, never a hint that
 * the case exists.
 */
export class CaseService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<Case | null> {
    return loader<string, Case | null>(this.ctx, 'case.byId', async (ids) => {
      if (!seesAllCases(this.ctx.caller)) {
        return ids.map(() => null);
      }
      const rows = await this.ctx.em.find(Case, { id: { $in: [...ids] } });
      return byKey(ids, rows, (row) => row.id);
    }).load(id);
  }

  async byCode(code: string): Promise<Case | null> {
    if (!seesAllCases(this.ctx.caller)) {
      return null;
    }
    return this.ctx.em.findOne(Case, { code });
  }

  async list(filter: CaseFilter): Promise<Case[]> {
    if (!seesAllCases(this.ctx.caller)) {
      return [];
    }
    return this.ctx.em.find(Case, filter.status ? { status: filter.status } : {}, {
      orderBy: { openedAt: 'desc', id: 'asc' },
      limit: filter.first,
    });
  }
}
