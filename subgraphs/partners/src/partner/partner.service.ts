import { loader, type HubContext } from '@hub/common';
import { Partner } from './partner.entity';
import type { AgencyType } from './partner.types';

export interface PartnerFilter {
  agencyType?: AgencyType | null;
  municipality?: string | null;
  text?: string | null;
  activeOnly: boolean;
  first: number;
}

/** Reads of the partner directory; one batched statement per request for lookups by id. */
export class PartnerService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<Partner | null> {
    return loader<string, Partner | null>(this.ctx, 'partner.byId', async (ids) => {
      const rows = await this.ctx.em.find(Partner, { id: { $in: [...ids] } });
      const index = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => index.get(id) ?? null);
    }).load(id);
  }

  byCode(code: string): Promise<Partner | null> {
    return loader<string, Partner | null>(this.ctx, 'partner.byCode', async (codes) => {
      const rows = await this.ctx.em.find(Partner, { code: { $in: [...codes] } });
      const index = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => index.get(code) ?? null);
    }).load(code);
  }

  list(filter: PartnerFilter): Promise<Partner[]> {
    // The text is matched literally: its own % and _ are not wildcards.
    const like = `%${(filter.text ?? '').trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.ctx.em.find(
      Partner,
      {
        ...(filter.agencyType ? { agencyType: filter.agencyType } : {}),
        ...(filter.municipality ? { municipality: filter.municipality } : {}),
        ...(filter.activeOnly ? { active: true } : {}),
        ...(filter.text ? { $or: [{ name: { $ilike: like } }, { code: { $ilike: like } }] } : {}),
      },
      { orderBy: { name: 'asc' }, limit: filter.first },
    );
  }
}
