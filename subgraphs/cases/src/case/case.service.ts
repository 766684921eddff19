import { byKey, grantStore, loader, UUID, type HubContext } from '@hub/common';
import { Case } from './case.entity';
import type { CaseStatus } from './case.types';

/** The id of no case: what a lookup that found nothing is checked (and logged) against. */
const NO_CASE = '00000000-0000-0000-0000-000000000000';

export interface CaseFilter {
  status?: CaseStatus | null;
  first: number;
}

/**
 * Reads of cases. A case is invisible to a caller without access to it: null or absent from a
 * list, never a hint that it exists. Lists for partners are filtered in SQL by their active grants.
 */
export class CaseService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<Case | null> {
    return loader<string, Case | null>(this.ctx, 'case.byId', async (ids) => {
      // An id that is not a UUID names no case (and must not reach PostgreSQL's uuid parser).
      const visible = await this.visible(ids.filter((id) => UUID.test(id)));
      const rows = visible.length ? await this.ctx.em.find(Case, { id: { $in: visible } }) : [];
      return byKey(ids, rows, (row) => row.id);
    }).load(id);
  }

  /**
   * A hidden case and a missing one do the same work, so the time of the answer does not tell
   * them apart: one lookup, then the same consent check (and its access-log row) on the case
   * found or, when there is none, on the nil id, which names no case.
   */
  async byCode(code: string): Promise<Case | null> {
    const kase = await this.ctx.em.findOne(Case, { code });
    const visible = await this.ctx.consent.canSeeCase(kase?.id ?? NO_CASE);
    return kase && visible ? kase : null;
  }

  async list(filter: CaseFilter): Promise<Case[]> {
    const { consent } = this.ctx;
    if (!consent.enforce || consent.isCentreCaseStaff) {
      return this.ctx.em.find(Case, filter.status ? { status: filter.status } : {}, {
        orderBy: { openedAt: 'desc', id: 'asc' },
        limit: filter.first,
      });
    }
    if (!consent.isPartner) {
      return [];
    }
    const granted = grantStore.grantedCases('c.id', this.ctx.caller.partner);
    const qb = this.ctx.em
      .createQueryBuilder(Case, 'c')
      .select('*')
      .where(granted.sql, granted.params)
      .orderBy({ openedAt: 'desc', id: 'asc' })
      .limit(filter.first);
    if (filter.status) {
      qb.andWhere({ status: filter.status });
    }
    return qb.getResult();
  }

  /** The ids among `ids` the caller may know of; each decision is recorded. */
  private async visible(ids: readonly string[]): Promise<string[]> {
    const allowed = await Promise.all(ids.map((id) => this.ctx.consent.canSeeCase(id)));
    return ids.filter((_, index) => allowed[index]);
  }
}
