import { Category, DataCategory, refTo, type HubContext, IdempotencyKeyArg } from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Proceeding } from '../proceeding/proceeding.entity';
import { ProceedingService } from '../proceeding/proceeding.service';
import { CaseRef } from '../case/case.ref';
import { CompensationClaim } from './compensation.entity';
import { CompensationService } from './compensation.service';
import {
  DecideCompensationClaimInput,
  FileCompensationClaimInput,
  RecordCompensationPaymentInput,
  WithdrawCompensationClaimInput,
} from './compensation.types';

const WHO =
  'Centre case workers and supervisors, or the partner of an active representation of the victim covering the claim (with LEGAL consent for the case).';

@Resolver(() => CompensationClaim)
export class CompensationResolver {
  @Query(() => CompensationClaim, {
    nullable: true,
    description: 'A compensation claim by id; null when not visible to you.',
  })
  compensationClaim(
    @Arg('id', () => ID, { description: 'The compensation claim id.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<CompensationClaim | null> {
    return new CompensationService(ctx).byId(id);
  }

  @Mutation(() => CompensationClaim, {
    description: `Record a compensation claim as filed (status FILED). By ${WHO}`,
  })
  fileCompensationClaim(
    @Arg('input', () => FileCompensationClaimInput, {
      description: 'The case, the proceeding if any, and the amount claimed.',
    })
    input: FileCompensationClaimInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<CompensationClaim> {
    return new CompensationService(ctx).file(input, idempotencyKey);
  }

  @Mutation(() => CompensationClaim, {
    description: `Record the decision on a FILED claim: GRANTED, PARTLY_GRANTED or REJECTED; INVALID_TRANSITION from any other status. By ${WHO}`,
  })
  decideCompensationClaim(
    @Arg('input', () => DecideCompensationClaimInput, {
      description: 'The claim and the decision on it.',
    })
    input: DecideCompensationClaimInput,
    @Ctx() ctx: HubContext,
  ): Promise<CompensationClaim> {
    return new CompensationService(ctx).decide(input);
  }

  @Mutation(() => CompensationClaim, {
    description: `Record that a FILED claim was withdrawn; INVALID_TRANSITION from any other status. By ${WHO}`,
  })
  withdrawCompensationClaim(
    @Arg('input', () => WithdrawCompensationClaimInput, {
      description: 'The claim and why it is withdrawn.',
    })
    input: WithdrawCompensationClaimInput,
    @Ctx() ctx: HubContext,
  ): Promise<CompensationClaim> {
    return new CompensationService(ctx).withdraw(input.id, input.withdrawnOn);
  }

  @Mutation(() => CompensationClaim, {
    description: `Record the payment of a GRANTED or PARTLY_GRANTED claim (status PAID); INVALID_TRANSITION from any other status. By ${WHO}`,
  })
  recordCompensationPayment(
    @Arg('input', () => RecordCompensationPaymentInput, {
      description: 'The granted claim and the payment made.',
    })
    input: RecordCompensationPaymentInput,
    @Ctx() ctx: HubContext,
  ): Promise<CompensationClaim> {
    return new CompensationService(ctx).recordPayment(input);
  }

  @Category(DataCategory.LEGAL)
  @FieldResolver(() => CaseRef, { nullable: true, description: 'The case of the claimant.' })
  case(@Root() claim: CompensationClaim): CaseRef {
    return refTo(CaseRef, claim.caseId)!;
  }

  @Category(DataCategory.LEGAL)
  @FieldResolver(() => Proceeding, {
    nullable: true,
    description: 'The proceeding the claim is made in, if any.',
  })
  proceeding(
    @Root() claim: CompensationClaim,
    @Ctx() ctx: HubContext,
  ): Promise<Proceeding | null> | null {
    return claim.proceeding ? new ProceedingService(ctx).byId(claim.proceeding.id) : null;
  }
}

@Resolver(() => CaseRef)
export class CaseCompensationClaimsResolver {
  @Category(DataCategory.LEGAL)
  @FieldResolver(() => [CompensationClaim], {
    nullable: true,
    description: 'The compensation claims of the case, in the order filed.',
  })
  compensationClaims(@Root() kase: CaseRef, @Ctx() ctx: HubContext): Promise<CompensationClaim[]> {
    return new CompensationService(ctx).forCase(kase.id);
  }
}

@Resolver(() => Proceeding)
export class ProceedingCompensationClaimsResolver {
  @Category(DataCategory.LEGAL)
  @FieldResolver(() => [CompensationClaim], {
    nullable: true,
    description: 'The compensation claims made in the proceeding, in the order filed.',
  })
  compensationClaims(
    @Root() proceeding: Proceeding,
    @Ctx() ctx: HubContext,
  ): Promise<CompensationClaim[]> {
    return new CompensationService(ctx).forProceeding(proceeding.id);
  }
}
