import {
  CaseStaffOnly,
  Category,
  Count,
  DataCategory,
  IsDay,
  refTo,
  type HubContext,
  IdempotencyKeyArg,
} from '@hub/common';
import { IsUUID } from 'class-validator';
import {
  Arg,
  ArgsType,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Case } from '../case/case.entity';
import { PartnerRef } from '../partner/partner.ref';
import { Accommodation } from './accommodation.entity';
import { AccommodationService, type OccupancyRow } from './accommodation.service';
import { AccommodationKind, PlaceInput } from './accommodation.types';

@ObjectType({
  description:
    'How many people a provider accommodates now, of one kind and Shelter phase. A count, not case data; compare with the provider’s SHELTER services for capacity.',
})
export class Occupancy {
  providerCode!: string;

  @Field(() => AccommodationKind, { description: 'The kind of accommodation.' })
  kind!: AccommodationKind;

  @Field(() => Int, { nullable: true, description: 'The Shelter phase, for the Shelter.' })
  phase?: number | null;

  @Field(() => Count, {
    description:
      'People accommodated now: exact for Centre case workers and supervisors (they see every case); for anyone else under 11 is withheld, as every count about people is.',
  })
  occupied!: Count;
}

@ArgsType()
class EndStayArgs {
  @Field(() => ID, { description: 'The stay.' })
  @IsUUID()
  id!: string;

  @Field({ description: 'The last day (YYYY-MM-DD).' })
  @IsDay('on')
  on!: string;
}

@Resolver(() => Occupancy)
export class OccupancyResolver {
  @Query(() => [Occupancy], {
    description:
      'Current occupancy per provider, kind and Shelter phase (Centre staff and analysts; a provider for itself).',
  })
  accommodationOccupancy(
    @Ctx() ctx: HubContext,
    @Arg('provider', () => String, { nullable: true, description: 'Only this provider (code).' })
    provider?: string | null,
  ): Promise<OccupancyRow[]> {
    return new AccommodationService(ctx).occupancy(provider);
  }

  @FieldResolver(() => PartnerRef, {
    nullable: true,
    description: 'The provider. Null (with an error) when the partner directory cannot be reached.',
  })
  provider(@Root() row: Occupancy): PartnerRef | null {
    return refTo(PartnerRef, row.providerCode, 'code');
  }
}

@Resolver(() => Accommodation)
export class AccommodationResolver {
  @CaseStaffOnly()
  @Mutation(() => Accommodation, {
    description:
      'Place the person in accommodation, or move them on (Centre case staff): a current stay ends the day the new one starts. Moving on in the Shelter to a later phase is a new stay too.',
  })
  placeInAccommodation(
    @Arg('input', () => PlaceInput, { description: 'The case, the provider and the stay.' })
    input: PlaceInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Accommodation> {
    return new AccommodationService(ctx).place(input, idempotencyKey);
  }

  @CaseStaffOnly()
  @Mutation(() => Accommodation, { description: 'End a stay (Centre case staff).' })
  endAccommodation(@Args(() => EndStayArgs) args: EndStayArgs, @Ctx() ctx: HubContext) {
    return new AccommodationService(ctx).end(args.id, args.on);
  }

  @Category(DataCategory.LOCATION)
  @FieldResolver(() => PartnerRef, { nullable: true, description: 'The provider.' })
  provider(@Root() stay: Accommodation): PartnerRef | null {
    return refTo(PartnerRef, stay.providerCode, 'code');
  }
}

@Resolver(() => Case)
export class CaseAccommodationResolver {
  @Category(DataCategory.LOCATION)
  @FieldResolver(() => [Accommodation], {
    nullable: true,
    description: 'Every stay in accommodation, oldest first.',
  })
  accommodations(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<Accommodation[]> {
    return new AccommodationService(ctx).forCase(kase.id);
  }

  @Category(DataCategory.LOCATION)
  @FieldResolver(() => Accommodation, {
    nullable: true,
    description: 'Where the person is accommodated now; null when nowhere the Centre arranged.',
  })
  async accommodation(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<Accommodation | null> {
    const stays = await new AccommodationService(ctx).forCase(kase.id);
    return stays.find((stay) => !stay.to) ?? null;
  }
}
