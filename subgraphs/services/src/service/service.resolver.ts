import {
  connectionType,
  pageRequest,
  refTo,
  requireFirst,
  type Connection,
  type HubContext,
  IdempotencyKeyArg,
  AfterArg,
  FirstArg,
} from '@hub/common';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PartnerRef } from '../partner/partner.ref';
import { Service } from './service.entity';
import { ServiceService } from './service.service';
import {
  AvailabilityBand,
  CreateServiceInput,
  ServiceFilterArgs,
  UpdateServiceInput,
} from './service.types';

const ServiceConnection = connectionType('Service', Service, {
  totalCount: true,
  description: 'A page of the services catalogue (the catalogue is public: totalCount is given).',
});

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => Service, { nullable: true, description: 'A catalogue service by its id.' })
  service(
    @Arg('id', () => ID, { description: 'The catalogue service id.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<Service | null> {
    return new ServiceService(ctx).byId(id);
  }

  @Query(() => [Service], {
    description: 'The services catalogue; filter by type, region and language.',
  })
  services(
    @Ctx() ctx: HubContext,
    @Args(() => ServiceFilterArgs) filter: ServiceFilterArgs,
    @FirstArg(100) first: number,
  ): Promise<Service[]> {
    requireFirst(first);
    return new ServiceService(ctx).list({ ...filter, first });
  }

  @Query(() => ServiceConnection, {
    description:
      'The services catalogue by name, a page at a time (Relay cursors); filter by type, region and language.',
  })
  servicesConnection(
    @Ctx() ctx: HubContext,
    @Args(() => ServiceFilterArgs) filter: ServiceFilterArgs,
    @FirstArg(100) first: number,
    @AfterArg() after?: string | null,
  ): Promise<Connection<Service>> {
    return new ServiceService(ctx).page(filter, pageRequest(first, after));
  }

  @Mutation(() => Service, {
    description:
      "Add a service to the catalogue: a provider's COORDINATOR for its own partner, or a Centre ADMIN for any.",
  })
  createService(
    @Arg('input', () => CreateServiceInput, {
      description: 'The service as the catalogue lists it.',
    })
    input: CreateServiceInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Service> {
    return new ServiceService(ctx).create(input, idempotencyKey);
  }

  @Mutation(() => Service, {
    description:
      "Change a catalogue service (only the fields given): its provider's COORDINATOR or a Centre ADMIN.",
  })
  updateService(
    @Arg('id', () => ID, { description: 'The catalogue service to change.' }) id: string,
    @Arg('input', () => UpdateServiceInput, {
      description: 'The fields to change; those left out keep their value.',
    })
    input: UpdateServiceInput,
    @Ctx() ctx: HubContext,
  ): Promise<Service> {
    return new ServiceService(ctx).update(id, input);
  }

  @FieldResolver(() => PartnerRef, {
    nullable: true,
    description:
      'The partner that provides the service. Null (with an error) when the partner directory cannot be reached.',
  })
  provider(@Root() service: Service): PartnerRef {
    return refTo(PartnerRef, service.providerCode, 'code')!;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Free places now: capacity minus the places taken — referrals accepted or in progress, and for a SHELTER service the people staying with its provider now (the larger of the two). For Centre case workers and supervisors only (it would tell anyone else how many people are there, down to one): null for everyone else, who read availabilityBand; null when capacity is not limited.',
  })
  availability(@Root() service: Service, @Ctx() ctx: HubContext): Promise<number | null> {
    return new ServiceService(ctx).availability(service);
  }

  @FieldResolver(() => AvailabilityBand, {
    nullable: true,
    description:
      'Free places in words, for everyone: PLACES_FREE or FULL; WITHHELD for a capacity under 11 to callers other than Centre case workers and supervisors (either answer would tell how many people are there). Null when capacity is not limited.',
  })
  availabilityBand(
    @Root() service: Service,
    @Ctx() ctx: HubContext,
  ): Promise<AvailabilityBand | null> {
    return new ServiceService(ctx).availabilityBand(service);
  }
}

@Resolver(() => PartnerRef)
export class PartnerServicesResolver {
  @FieldResolver(() => [Service], {
    nullable: true,
    description:
      'The services this partner provides, by type and name. Null (with an error) when the services catalogue cannot be reached: the rest of the partner still answers.',
  })
  services(@Root() partner: PartnerRef, @Ctx() ctx: HubContext): Promise<Service[]> {
    return new ServiceService(ctx).byProvider(partner.code);
  }
}
