import {
  keysetPage,
  loader,
  searchKey,
  searchKeySql,
  searchPattern,
  type Connection,
  type HubContext,
  type PageRequest,
  byKey,
} from '@hub/common';
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
    return this.page(filter, { first: filter.first, after: null }).then((page) => page.nodes);
  }

  /** The directory by name (then id), a page at a time; text in either script, any case. */
  page(filter: Omit<PartnerFilter, 'first'>, page: PageRequest): Promise<Connection<Partner>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.agencyType) {
      where.push('p.agency_type = ?');
      params.push(filter.agencyType);
    }
    if (filter.municipality) {
      where.push(`${searchKeySql('p.municipality')} = ?`);
      params.push(searchKey(filter.municipality.trim()));
    }
    if (filter.activeOnly) {
      where.push('p.active');
    }
    if (filter.text) {
      where.push(`p.search_key like ?`);
      params.push(searchPattern(filter.text));
    }
    return keysetPage(
      this.ctx.em,
      {
        from: `from partners.partner p${where.length ? ` where ${where.join(' and ')}` : ''}`,
        params,
        keys: [{ sql: 'p.name', type: 'text' }],
        id: 'p.id',
        direction: 'asc',
      },
      page,
      async (ids) =>
        byKey(ids, await this.ctx.em.find(Partner, { id: { $in: ids } }), (row) => row.id),
      true,
    );
  }
}
