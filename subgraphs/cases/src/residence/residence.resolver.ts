import {
  Category,
  DataCategory,
  IsDay,
  refTo,
  type HubContext,
  IdempotencyKeyArg,
} from '@hub/common';
import { IsUUID } from 'class-validator';
import {
  Args,
  ArgsType,
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { Case } from '../case/case.entity';
import { PartnerRef } from '../partner/partner.ref';
import { HumanitarianResidence, VoluntaryReturn } from './residence.entity';
import { ResidenceService } from './residence.service';
import { DecideResidenceInput, MoveReturnInput, RequestReturnInput } from './residence.types';

@ArgsType()
class ApplyResidenceArgs {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field({ description: 'The day of the application (YYYY-MM-DD).' })
  @IsDay('appliedOn')
  appliedOn!: string;
}

@Resolver(() => VoluntaryReturn)
export class VoluntaryReturnResolver {
  @Mutation(() => VoluntaryReturn, {
    description: 'Request a voluntary return with an organising partner (Centre case staff).',
  })
  requestVoluntaryReturn(
    @Arg('input', () => RequestReturnInput, { description: 'The case and the organising partner.' })
    input: RequestReturnInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<VoluntaryReturn> {
    return new ResidenceService(ctx).requestReturn(input, idempotencyKey);
  }

  @Mutation(() => VoluntaryReturn, {
    description:
      'Move a voluntary return on: the organising partner (with PLAN consent) reports IN_PREPARATION and COMPLETED; Centre case staff make every move.',
  })
  moveVoluntaryReturn(
    @Arg('input', () => MoveReturnInput, {
      description: 'The voluntary return and the status it moves to.',
    })
    input: MoveReturnInput,
    @Ctx() ctx: HubContext,
  ): Promise<VoluntaryReturn> {
    return new ResidenceService(ctx).moveReturn(input);
  }

  @Category(DataCategory.PLAN)
  @FieldResolver(() => PartnerRef, { nullable: true, description: 'The organising partner.' })
  partner(@Root() request: VoluntaryReturn): PartnerRef | null {
    return refTo(PartnerRef, request.partnerCode, 'code');
  }
}

@Resolver(() => HumanitarianResidence)
export class HumanitarianResidenceResolver {
  @Mutation(() => HumanitarianResidence, {
    description:
      'Record an application for humanitarian residence for a foreign victim (Centre case staff).',
  })
  applyForHumanitarianResidence(
    @Args(() => ApplyResidenceArgs) args: ApplyResidenceArgs,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<HumanitarianResidence> {
    return new ResidenceService(ctx).applyResidence(args.caseId, args.appliedOn, idempotencyKey);
  }

  @Mutation(() => HumanitarianResidence, {
    description:
      'Record a decision on humanitarian residence: grant, refusal, extension (a new grant while granted) or expiry (Centre case staff).',
  })
  decideHumanitarianResidence(
    @Arg('input', () => DecideResidenceInput, {
      description: 'The application and the decision on it.',
    })
    input: DecideResidenceInput,
    @Ctx() ctx: HubContext,
  ): Promise<HumanitarianResidence> {
    return new ResidenceService(ctx).decideResidence(input);
  }
}

@Resolver(() => Case)
export class CaseResidenceResolver {
  @Category(DataCategory.PLAN)
  @FieldResolver(() => [VoluntaryReturn], {
    nullable: true,
    description: 'Voluntary returns requested, oldest first.',
  })
  voluntaryReturns(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<VoluntaryReturn[]> {
    return new ResidenceService(ctx).returnsForCase(kase.id);
  }

  @Category(DataCategory.LEGAL)
  @FieldResolver(() => [HumanitarianResidence], {
    nullable: true,
    description: 'Humanitarian residence applications and their decisions, oldest first.',
  })
  humanitarianResidence(
    @Root() kase: Case,
    @Ctx() ctx: HubContext,
  ): Promise<HumanitarianResidence[]> {
    return new ResidenceService(ctx).residencesForCase(kase.id);
  }
}
