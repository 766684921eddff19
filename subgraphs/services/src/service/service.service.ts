import { groupBy, loader, type HubContext } from '@hub/common';
import { Service } from './service.entity';
import type { ServiceType } from './service.types';

export interface ServiceFilter {
  type?: ServiceType | null;
  region?: string | null;
  language?: string | null;
  first: number;
}

/** Reads of the services catalogue, batched per request. */
export class ServiceService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<Service | null> {
    return loader<string, Service | null>(this.ctx, 'service.byId', async (ids) => {
      const rows = await this.ctx.em.find(Service, { id: { $in: [...ids] } });
      const index = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => index.get(id) ?? null);
    }).load(id);
  }

  byProvider(providerCode: string): Promise<Service[]> {
    return loader<string, Service[]>(this.ctx, 'service.byProvider', async (providerCodes) => {
      const rows = await this.ctx.em.find(
        Service,
        { providerCode: { $in: [...providerCodes] } },
        { orderBy: { type: 'asc', name: 'asc' } },
      );
      return groupBy(providerCodes, rows, (row) => row.providerCode);
    }).load(providerCode);
  }

  list(filter: ServiceFilter): Promise<Service[]> {
    return this.ctx.em.find(
      Service,
      {
        ...(filter.type ? { type: filter.type } : {}),
        ...(filter.region ? { regions: { $overlap: [filter.region, '*'] } } : {}),
        ...(filter.language ? { languages: { $contains: [filter.language] } } : {}),
      },
      { orderBy: { type: 'asc', name: 'asc' }, limit: filter.first },
    );
  }
}
