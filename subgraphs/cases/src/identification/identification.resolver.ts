import {
  CaseStaffOnly,
  Category,
  DataCategory,
  type HubContext,
  IdempotencyKeyArg,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import { Identification, PreliminaryIdentification } from './identification.entity';
import { IdentificationService } from './identification.service';
import { IdentificationInput, PreliminaryIdentificationInput } from './identification.types';

@Resolver(() => Case)
export class IdentificationResolver {
  @Mutation(() => PreliminaryIdentification, {
    description:
      'Record a preliminary identification checklist. Centre case staff, or a partner with EXPLOITATION consent on the case. With indicators present a REPORTED case moves to IN_IDENTIFICATION.',
  })
  recordPreliminaryIdentification(
    @Arg('input', () => PreliminaryIdentificationInput, {
      description: 'The case and the indicators observed.',
    })
    input: PreliminaryIdentificationInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<PreliminaryIdentification> {
    return new IdentificationService(ctx).recordPreliminary(input, idempotencyKey);
  }

  @CaseStaffOnly()
  @Mutation(() => Identification, {
    description:
      'Record the formal identification decision (Centre case staff only). IDENTIFIED moves the case to IDENTIFIED, NOT_A_VICTIM to NOT_IDENTIFIED; PRESUMED keeps it IN_IDENTIFICATION.',
  })
  identifyVictim(
    @Arg('input', () => IdentificationInput, {
      description: 'The case and the decision with its grounds.',
    })
    input: IdentificationInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Identification> {
    return new IdentificationService(ctx).identify(input, idempotencyKey);
  }

  @Category(DataCategory.EXPLOITATION)
  @FieldResolver(() => [PreliminaryIdentification], {
    nullable: true,
    description: 'Preliminary identification checklists, oldest first.',
  })
  preliminaryIdentifications(
    @Root() kase: Case,
    @Ctx() ctx: HubContext,
  ): Promise<PreliminaryIdentification[]> {
    return new IdentificationService(ctx).preliminaryForCase(kase.id);
  }

  @Category(DataCategory.EXPLOITATION)
  @FieldResolver(() => Identification, {
    nullable: true,
    description: 'The identification decision that stands (the latest); null before one is made.',
  })
  async identification(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<Identification | null> {
    const decisions = await new IdentificationService(ctx).decisionsForCase(kase.id);
    return decisions.at(-1) ?? null;
  }

  @Category(DataCategory.EXPLOITATION)
  @FieldResolver(() => [Identification], {
    nullable: true,
    description: 'Every identification decision on the case, oldest first.',
  })
  identificationHistory(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<Identification[]> {
    return new IdentificationService(ctx).decisionsForCase(kase.id);
  }
}
