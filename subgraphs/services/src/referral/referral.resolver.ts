import {
  Category,
  DataCategory,
  refTo,
  requireFirst,
  connectionType,
  pageRequest,
  type Connection,
  type HubContext,
  IdempotencyKeyArg,
  AfterArg,
  FirstArg,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PartnerRef } from '../partner/partner.ref';
import { Service } from '../service/service.entity';
import { ServiceService } from '../service/service.service';
import { CaseRef } from '../case/case.ref';
import { Referral } from './referral.entity';
import { ReferralService } from './referral.service';
import { CreateReferralInput, ReferralStatus } from './referral.types';

const ReferralConnection = connectionType('Referral', Referral, {
  totalCount: false,
  nullableNodes: true,
  description:
    'A page of referrals, newest first. One of a sealed (closed) case is a null node with CONSENT_REQUIRED naming PLAN.',
});

/** The `status` filter of the referral list and its connection. */
const StatusArg = () =>
  Arg('status', () => ReferralStatus, {
    nullable: true,
    description: 'Only referrals in this status.',
  });

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => Referral, {
    nullable: true,
    description: 'A referral by id; null when not visible to you.',
  })
  referral(
    @Arg('id', () => ID, { description: 'The referral id.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<Referral | null> {
    return new ReferralService(ctx).byId(id);
  }

  @Query(() => [Referral], {
    nullable: 'items',
    description:
      'Referrals, newest first: all of them for Centre staff; for a partner, those it provides (with PLAN consent). A referral is PLAN data through and through (its id too): one of a sealed (closed) case is null at its place, with CONSENT_REQUIRED naming PLAN, and the rest of the list still answers.',
  })
  referrals(
    @Ctx() ctx: HubContext,
    @StatusArg() status: ReferralStatus | null | undefined,
    @FirstArg(100) first: number,
  ): Promise<Referral[]> {
    requireFirst(first);
    return new ReferralService(ctx).list(status, first);
  }

  @Query(() => ReferralConnection, {
    description:
      'Referrals, newest first, a page at a time (Relay cursors): all of them for Centre staff; for a partner, those it provides (with PLAN consent).',
  })
  referralsConnection(
    @Ctx() ctx: HubContext,
    @StatusArg() status: ReferralStatus | null | undefined,
    @FirstArg(100) first: number,
    @AfterArg() after?: string | null,
  ): Promise<Connection<Referral>> {
    return new ReferralService(ctx).page(status, pageRequest(first, after));
  }

  @Mutation(() => Referral, {
    description:
      'Refer a case to a catalogue service (Centre staff). Refused unless the provider holds consent covering what the service needs.',
  })
  createReferral(
    @Arg('input', () => CreateReferralInput, {
      description: 'The case, the service, and what the provider should know.',
    })
    input: CreateReferralInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Referral> {
    return new ReferralService(ctx).create(input, idempotencyKey);
  }

  @Mutation(() => Referral, { description: 'Accept a referral (its provider only).' })
  acceptReferral(
    @Arg('id', () => ID, { description: 'The referral to accept (one made to your partner).' })
    id: string,
    @Ctx() ctx: HubContext,
  ): Promise<Referral> {
    return new ReferralService(ctx).act(id, 'accept');
  }

  @Mutation(() => Referral, {
    description: 'Decline a referral, with the reason (its provider only).',
  })
  declineReferral(
    @Arg('id', () => ID, { description: 'The referral to decline (one made to your partner).' })
    id: string,
    @Arg('reason', { description: 'Why it is declined.' }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<Referral> {
    return new ReferralService(ctx).act(id, 'decline', reason);
  }

  @Mutation(() => Referral, {
    description: 'Record progress on an accepted referral (its provider only).',
  })
  reportReferralProgress(
    @Arg('id', () => ID, { description: 'The accepted referral whose service has started.' })
    id: string,
    @Arg('note', { description: 'What was done.' }) note: string,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Referral> {
    return new ReferralService(ctx).act(id, 'progress', note, idempotencyKey);
  }

  @Mutation(() => Referral, {
    description: 'Mark an accepted referral completed (its provider only).',
  })
  completeReferral(
    @Arg('id', () => ID, { description: 'The referral whose service was given.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: 'A closing note.' })
    note: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<Referral> {
    return new ReferralService(ctx).act(id, 'complete', note);
  }

  @Mutation(() => Referral, {
    description: 'Withdraw a referral that is not finished, with the reason (Centre staff).',
  })
  withdrawReferral(
    @Arg('id', () => ID, { description: 'The referral the Centre withdraws.' }) id: string,
    @Arg('reason', { description: 'Why it is withdrawn.' }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<Referral> {
    return new ReferralService(ctx).act(id, 'withdraw', reason);
  }

  @Category(DataCategory.PLAN)
  @FieldResolver(() => Service, { description: 'The catalogue service referred to.' })
  service(@Root() referral: Referral, @Ctx() ctx: HubContext): Promise<Service | null> {
    return new ServiceService(ctx).byId(referral.service.id);
  }

  @Category(DataCategory.PLAN)
  @FieldResolver(() => PartnerRef, {
    nullable: true,
    description:
      'The partner providing the service. Null (with an error) when the partner directory cannot be reached.',
  })
  provider(@Root() referral: Referral): PartnerRef {
    return refTo(PartnerRef, referral.providerCode, 'code')!;
  }

  @Category(DataCategory.PLAN)
  @FieldResolver(() => CaseRef, {
    nullable: true,
    description:
      'The case referred. Null (with an error) when the cases service cannot be reached.',
  })
  case(@Root() referral: Referral): CaseRef {
    return refTo(CaseRef, referral.caseId)!;
  }
}

@Resolver(() => CaseRef)
export class CaseReferralsResolver {
  @Category(DataCategory.PLAN)
  @FieldResolver(() => [Referral], {
    nullable: true,
    description: 'The referrals of the case, oldest first.',
  })
  referrals(@Root() kase: CaseRef, @Ctx() ctx: HubContext): Promise<Referral[]> {
    return new ReferralService(ctx).forCase(kase.id);
  }
}
