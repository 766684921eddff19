import {
  CaseStaffOnly,
  Category,
  DataCategory,
  type HubContext,
  IdempotencyKeyArg,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { ConsentService } from './consent.service';
import { ConsentGrant, GrantConsentInput } from './consent.types';

@Resolver(() => ConsentGrant)
export class ConsentResolver {
  @CaseStaffOnly()
  @Mutation(() => ConsentGrant, {
    description: 'Record a consent grant (Centre case workers and supervisors).',
  })
  grantConsent(
    @Arg('input', () => GrantConsentInput, {
      description: 'Who may see which categories, why, on what basis, for how long.',
    })
    input: GrantConsentInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<ConsentGrant> {
    return new ConsentService(ctx).grant(input, idempotencyKey);
  }

  @CaseStaffOnly()
  @Mutation(() => ConsentGrant, {
    description: 'Withdraw a grant, with the reason; it stops applying at once, everywhere.',
  })
  revokeConsent(
    @Arg('grantId', () => ID, {
      description: 'The grant to withdraw; it stops applying at once, everywhere.',
    })
    grantId: string,
    @Arg('reason', { description: 'Why the consent is withdrawn.' }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<ConsentGrant> {
    return new ConsentService(ctx).revoke(grantId, reason);
  }

  @CaseStaffOnly()
  @Mutation(() => Case, {
    description: 'Record whether the person agreed to be counted in statistics (Centre staff).',
  })
  setStatisticsConsent(
    @Arg('caseId', () => ID, { description: 'The case whose statistics consent is recorded.' })
    caseId: string,
    @Arg('consent', { description: 'True when the person agreed.' }) consent: boolean,
    @Ctx() ctx: HubContext,
  ): Promise<Case> {
    return new ConsentService(ctx).setStatisticsConsent(caseId, consent);
  }

  @Query(() => Date, {
    nullable: true,
    description:
      "When your partner's current access to this category of this case ends by time (the latest end of the grants covering it); null when it is not time-limited or you have no such access. Live updates end at that moment.",
  })
  accessExpiresAt(
    @Arg('caseId', () => ID, { description: 'The case.' }) caseId: string,
    @Arg('category', () => DataCategory, { description: 'The data category.' })
    category: DataCategory,
    @Ctx() ctx: HubContext,
  ): Promise<Date | null> {
    return new ConsentService(ctx).accessExpiresAt(caseId, category);
  }

  @Query(() => [ConsentGrant], { description: "The grants in force for your own partner's users." })
  myGrants(@Ctx() ctx: HubContext): Promise<ConsentGrant[]> {
    return new ConsentService(ctx).mine();
  }

  @Category(DataCategory.CORE)
  @FieldResolver(() => Case, {
    nullable: true,
    description:
      'The case the grant is for (its code and status are CORE; the rest as the grants allow). Null when the caller may no longer see the case, e.g. after the grant ended.',
  })
  case(@Root() grant: ConsentGrant, @Ctx() ctx: HubContext): Promise<Case | null> {
    return new CaseService(ctx).byId(grant.caseId);
  }
}

@Resolver(() => Case)
export class CaseConsentsResolver {
  @Category(DataCategory.CORE)
  @FieldResolver(() => [ConsentGrant], {
    nullable: true,
    description:
      'Every consent grant of the case with its history, newest first (Centre staff only; null for others).',
  })
  consents(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<ConsentGrant[] | null> {
    return new ConsentService(ctx).history(kase.id);
  }
}
