import { Category, DataCategory, refTo, type HubContext, IdempotencyKeyArg } from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CaseRef } from '../case/case.ref';
import { PartnerRef } from '../partner/partner.ref';
import { Proceeding } from './proceeding.entity';
import { ProceedingService } from './proceeding.service';
import { AdvanceProceedingInput, OpenProceedingInput } from './proceeding.types';

@Resolver(() => Proceeding)
export class ProceedingResolver {
  @Query(() => Proceeding, {
    nullable: true,
    description: 'A proceeding by id; null when not visible to you.',
  })
  proceeding(
    @Arg('id', () => ID, { description: 'The proceeding id.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<Proceeding | null> {
    return new ProceedingService(ctx).byId(id);
  }

  @Mutation(() => Proceeding, {
    description:
      'Record a proceeding on a case (Centre case workers and supervisors). Charges are Criminal Code article numbers, e.g. "388".',
  })
  openProceeding(
    @Arg('input', () => OpenProceedingInput, {
      description:
        'The case, the kind and stage of the proceeding, charges, court and prosecution.',
    })
    input: OpenProceedingInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Proceeding> {
    return new ProceedingService(ctx).open(input, idempotencyKey);
  }

  @Mutation(() => Proceeding, {
    description:
      'Move a proceeding to a later stage, or discontinue it before it is FINAL (Centre case workers and supervisors). Any other move is refused with INVALID_TRANSITION.',
  })
  advanceProceeding(
    @Arg('input', () => AdvanceProceedingInput, {
      description: 'The proceeding and the stage it has reached.',
    })
    input: AdvanceProceedingInput,
    @Ctx() ctx: HubContext,
  ): Promise<Proceeding> {
    return new ProceedingService(ctx).advance(input.id, input.stage, input.fileNumber);
  }

  @Category(DataCategory.LEGAL)
  @FieldResolver(() => CaseRef, {
    nullable: true,
    description: 'The case the proceeding concerns.',
  })
  case(@Root() proceeding: Proceeding): CaseRef {
    return refTo(CaseRef, proceeding.caseId)!;
  }

  @Category(DataCategory.LEGAL)
  @FieldResolver(() => PartnerRef, { nullable: true, description: 'The court hearing the case.' })
  court(@Root() proceeding: Proceeding): PartnerRef | null {
    return refTo(PartnerRef, proceeding.courtId);
  }

  @Category(DataCategory.LEGAL)
  @FieldResolver(() => PartnerRef, {
    nullable: true,
    description: 'The public prosecution leading the case.',
  })
  prosecution(@Root() proceeding: Proceeding): PartnerRef | null {
    return refTo(PartnerRef, proceeding.prosecutionId);
  }
}

@Resolver(() => CaseRef)
export class CaseProceedingsResolver {
  @Category(DataCategory.LEGAL)
  @FieldResolver(() => [Proceeding], {
    nullable: true,
    description: 'The legal proceedings of the case, oldest first.',
  })
  proceedings(@Root() kase: CaseRef, @Ctx() ctx: HubContext): Promise<Proceeding[]> {
    return new ProceedingService(ctx).forCase(kase.id);
  }
}
