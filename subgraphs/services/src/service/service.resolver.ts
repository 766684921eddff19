import { refTo, type HubContext } from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PartnerRef } from '../partner/partner.ref';
import { Service } from './service.entity';
import { ServiceService } from './service.service';
import { ServiceType } from './service.types';

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => Service, { nullable: true, description: 'A catalogue service by its id.' })
  service(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<Service | null> {
    return new ServiceService(ctx).byId(id);
  }

  @Query(() => [Service], {
    description: 'The services catalogue; filter by type, region and language.',
  })
  services(
    @Ctx() ctx: HubContext,
    @Arg('type', () => ServiceType, { nullable: true, description: 'Only services of this type.' })
    type?: ServiceType | null,
    @Arg('region', () => String, {
      nullable: true,
      description: 'Services offered here or country-wide.',
    })
    region?: string | null,
    @Arg('language', () => String, { nullable: true, description: 'ISO 639-1 code, e.g. "en".' })
    language?: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many (1–500).' })
    first: number = 100,
  ): Promise<Service[]> {
    return new ServiceService(ctx).list({
      type,
      region,
      language,
      first: Math.min(Math.max(first, 1), 500),
    });
  }

  @FieldResolver(() => PartnerRef, { description: 'The partner that provides the service.' })
  provider(@Root() service: Service): PartnerRef {
    return refTo(PartnerRef, service.providerCode, 'code')!;
  }
}

@Resolver(() => PartnerRef)
export class PartnerServicesResolver {
  @FieldResolver(() => [Service], {
    description: 'The services this partner provides, by type and name.',
  })
  services(@Root() partner: PartnerRef, @Ctx() ctx: HubContext): Promise<Service[]> {
    return new ServiceService(ctx).byProvider(partner.code);
  }
}
