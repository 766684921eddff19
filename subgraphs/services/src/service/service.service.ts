import {
  AgeGroup,
  changeWithEvent,
  DataCategory,
  forbidden,
  hasRole,
  isCentre,
  loader,
  notFound,
  Sex,
  type Caller,
  type HubContext,
  idempotent,
  keysetPage,
  rowForChange,
  seesAllCases,
  SMALL_CELL,
  type Connection,
  type PageRequest,
  requirePartners,
  byKey,
  childrenOf,
} from '@hub/common';
import { ReferralStatus } from '../referral/referral.types';
import { Service } from './service.entity';
import { serviceStore } from './service.store';
import {
  AvailabilityBand,
  CitizenshipEligibility,
  type CreateServiceInput,
  type Eligibility,
  type ServiceType,
  type UpdateServiceInput,
} from './service.types';

export interface ServiceFilter {
  type?: ServiceType | null;
  region?: string | null;
  language?: string | null;
  activeOnly: boolean;
  first: number;
}

/** Referrals in these states hold a place of the service's capacity. */
export const OCCUPYING_STATUSES = [ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS];

/** The Centre's administrators keep the whole catalogue; a provider's coordinator, its own part. */
export const mayManageServicesOf = (caller: Caller, providerCode: string): boolean =>
  (isCentre(caller) && hasRole(caller, 'ADMIN')) ||
  (caller.partner === providerCode && hasRole(caller, 'COORDINATOR'));

/** Reads and changes of the services catalogue, reads batched per request. */
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
    return childrenOf(this.ctx, Service, 'providerCode', providerCode, {
      orderBy: { type: 'asc', name: 'asc' },
    });
  }

  /** Services of a type still offered, for matching (one statement per type per request). */
  activeOfType(type: ServiceType): Promise<Service[]> {
    return childrenOf(this.ctx, Service, 'type', type, {
      orderBy: { name: 'asc', id: 'asc' },
      where: { active: true },
    });
  }

  /**
   * Free places: capacity minus the places taken. A service's referrals accepted or in progress
   * take places; for a SHELTER service so do the people placed with its provider now (the cases
   * subgraph's `provider_occupancy` view: counts per provider, nothing else). A stay usually
   * follows a referral, so the larger of the two is taken, never their sum. One statement per
   * request for all services. A count over all cases, never a list: it names no case.
   */
  private async free(service: Service & { capacity: number }): Promise<number> {
    const occupied = await loader<string, number>(
      this.ctx,
      'service.occupied',
      async (serviceIds) => {
        const index = await serviceStore.placesTaken(this.ctx.em, serviceIds, OCCUPYING_STATUSES);
        return serviceIds.map((id) => index.get(id) ?? 0);
      },
    ).load(service.id);
    return Math.max(service.capacity - occupied, 0);
  }

  /**
   * The exact number of free places, for Centre case workers and supervisors only (they see
   * every case it counts). Anyone else could read an occupancy of one person from capacity minus
   * it, so gets null and reads `availabilityBand`. Null too when capacity is not limited.
   */
  async availability(service: Service): Promise<number | null> {
    if (service.capacity == null || !seesAllCases(this.ctx.caller)) {
      return null;
    }
    return this.free({ ...service, capacity: service.capacity });
  }

  /**
   * Free places in words. For a capacity of 11 or more, FULL says the service holds exactly its
   * capacity (≥ 11) and PLACES_FREE leaves at least 11 possible occupancies; under 11 either
   * would say too much, so callers who do not see every case get WITHHELD.
   */
  async availabilityBand(service: Service): Promise<AvailabilityBand | null> {
    if (service.capacity == null) {
      return null;
    }
    if (service.capacity < SMALL_CELL && !seesAllCases(this.ctx.caller)) {
      return AvailabilityBand.WITHHELD;
    }
    const free = await this.free({ ...service, capacity: service.capacity });
    return free > 0 ? AvailabilityBand.PLACES_FREE : AvailabilityBand.FULL;
  }

  list(filter: ServiceFilter): Promise<Service[]> {
    // MikroORM writes array elements unquoted unless they hold a special character, and PostgreSQL
    // trims unquoted whitespace: " " made the array literal invalid (a fault, not "no match").
    const region = filter.region?.trim();
    const language = filter.language?.trim();
    return this.ctx.em.find(
      Service,
      {
        ...(filter.type ? { type: filter.type } : {}),
        ...(region ? { regions: { $overlap: [region, '*'] } } : {}),
        ...(language ? { languages: { $contains: [language] } } : {}),
        ...(filter.activeOnly ? { active: true } : {}),
      },
      { orderBy: { type: 'asc', name: 'asc' }, limit: filter.first },
    );
  }

  /** The catalogue by name (then id), a page at a time. */
  page(filter: Omit<ServiceFilter, 'first'>, page: PageRequest): Promise<Connection<Service>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const region = filter.region?.trim();
    const language = filter.language?.trim();
    if (filter.type) {
      where.push('s.type = ?');
      params.push(filter.type);
    }
    if (region) {
      where.push(`s.regions && array[?, '*']::text[]`);
      params.push(region);
    }
    if (language) {
      where.push('? = any(s.languages)');
      params.push(language);
    }
    if (filter.activeOnly) {
      where.push('s.active');
    }
    return keysetPage(
      this.ctx.em,
      {
        from: `from services.service s${where.length ? ` where ${where.join(' and ')}` : ''}`,
        params,
        keys: [{ sql: 's.name', type: 'text' }],
        id: 's.id',
        direction: 'asc',
      },
      page,
      async (ids) =>
        byKey(ids, await this.ctx.em.find(Service, { id: { $in: ids } }), (row) => row.id),
      true,
    );
  }

  async create(input: CreateServiceInput, idempotencyKey?: string | null): Promise<Service> {
    const providerCode = input.providerCode ?? this.ctx.caller.partner;
    if (!mayManageServicesOf(this.ctx.caller, providerCode)) {
      throw forbidden(
        "Only the provider's coordinator or a Centre administrator adds its services.",
      );
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        await requirePartners(em, [{ field: 'providerCode', value: providerCode }]);
        const service = em.create(Service, {
          type: input.type,
          name: input.name.trim(),
          description: input.description ?? null,
          providerCode,
          eligibility: {
            ageGroups: input.eligibility?.ageGroups ?? EVERYONE.ageGroups,
            sexes: input.eligibility?.sexes ?? EVERYONE.sexes,
            citizenship: input.eligibility?.citizenship ?? EVERYONE.citizenship,
          },
          regions: input.regions ?? ['*'],
          languages: input.languages ?? ['sr'],
          capacity: input.capacity ?? null,
          free: input.free ?? true,
          requiredCategories: withCore(input.requiredCategories),
        });
        return {
          result: service,
          event: serviceEvent('SERVICE_CREATED', service),
        };
      },
      idempotent(idempotencyKey, 'createService', input, Service),
    );
  }

  async update(id: string, input: UpdateServiceInput): Promise<Service> {
    const existing = await this.ctx.em.findOne(Service, { id });
    if (!existing) {
      throw notFound('The service');
    }
    if (!mayManageServicesOf(this.ctx.caller, existing.providerCode)) {
      throw forbidden("Only the provider's coordinator or a Centre administrator changes it.");
    }
    return changeWithEvent(this.ctx, async (em) => {
      const service = await rowForChange(em, Service, id, 'The service');
      const { eligibility, requiredCategories, name, ...rest } = input;
      for (const [key, value] of Object.entries(rest)) {
        if (value !== undefined) {
          Object.assign(service, { [key]: value });
        }
      }
      if (name !== undefined) {
        service.name = name.trim();
      }
      if (eligibility) {
        service.eligibility = {
          ageGroups: eligibility.ageGroups,
          sexes: eligibility.sexes,
          citizenship: eligibility.citizenship,
        };
      }
      if (requiredCategories) {
        service.requiredCategories = withCore(requiredCategories);
      }
      return {
        result: service,
        event: serviceEvent(
          input.active === false ? 'SERVICE_WITHDRAWN' : 'SERVICE_UPDATED',
          service,
        ),
      };
    });
  }
}

const EVERYONE: Eligibility = {
  ageGroups: [AgeGroup.ADULT, AgeGroup.CHILD],
  sexes: [Sex.FEMALE, Sex.MALE, Sex.OTHER],
  citizenship: [CitizenshipEligibility.DOMESTIC, CitizenshipEligibility.FOREIGN],
};

const withCore = (categories: DataCategory[] | null | undefined): DataCategory[] => [
  ...new Set([DataCategory.CORE, ...(categories ?? [])]),
];

/** Catalogue events concern no case; they are addressed to the provider. */
const serviceEvent = (type: string, service: Service) => ({
  type,
  caseId: null,
  entityType: 'Service',
  entityId: service.id,
  concerns: service.providerCode,
});
