import { IdempotencyKeyArg, type HubContext } from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Partner } from '../partner/partner.entity';
import { PartnerService } from '../partner/partner.service';
import { CooperationAgreement } from './agreement.entity';
import { AgreementService, agreementStatus } from './agreement.service';
import { AgreementStatus, RecordAgreementInput } from './agreement.types';

@Resolver(() => CooperationAgreement)
export class AgreementResolver {
  @Query(() => [CooperationAgreement], {
    description: 'Cooperation agreements, newest first; filter by status and partner.',
  })
  agreements(
    @Ctx() ctx: HubContext,
    @Arg('status', () => AgreementStatus, {
      nullable: true,
      description: 'Only agreements in this status today.',
    })
    status?: AgreementStatus | null,
    @Arg('partnerCode', () => String, {
      nullable: true,
      description: 'Only agreements this partner is a side of.',
    })
    partnerCode?: string | null,
  ): Promise<CooperationAgreement[]> {
    return new AgreementService(ctx).list({ status, partnerCode });
  }

  @Mutation(() => CooperationAgreement, {
    description: 'Record a cooperation agreement (Centre ADMIN or SUPERVISOR).',
  })
  recordAgreement(
    @Arg('input', () => RecordAgreementInput, {
      description: 'The partner, the dates and the reference of the agreement.',
    })
    input: RecordAgreementInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<CooperationAgreement> {
    return new AgreementService(ctx).record(input, idempotencyKey);
  }

  @Mutation(() => CooperationAgreement, {
    description:
      'Terminate an active agreement early, with the reason (Centre ADMIN or SUPERVISOR).',
  })
  terminateAgreement(
    @Arg('id', () => ID, { description: 'The cooperation agreement to end early.' }) id: string,
    @Arg('reason', { description: 'Why it ends.' }) reason: string,
    @Ctx() ctx: HubContext,
  ): Promise<CooperationAgreement> {
    return new AgreementService(ctx).terminate(id, reason);
  }

  @FieldResolver(() => AgreementStatus, {
    description: 'Where it stands today, derived from its dates and any termination.',
  })
  status(@Root() agreement: CooperationAgreement): AgreementStatus {
    return agreementStatus(agreement);
  }

  @FieldResolver(() => Partner, { description: 'The partner that signed it.' })
  async partner(@Root() agreement: CooperationAgreement, @Ctx() ctx: HubContext): Promise<Partner> {
    return (await new PartnerService(ctx).byId(agreement.partner.id))!;
  }

  @FieldResolver(() => Partner, { description: 'The other side: the Centre or another partner.' })
  async counterpart(
    @Root() agreement: CooperationAgreement,
    @Ctx() ctx: HubContext,
  ): Promise<Partner> {
    return (await new PartnerService(ctx).byId(agreement.counterpart.id))!;
  }
}

@Resolver(() => Partner)
export class PartnerAgreementsResolver {
  @FieldResolver(() => [CooperationAgreement], {
    description: 'Cooperation agreements the partner is a side of, newest first.',
  })
  agreements(
    @Root() partner: Partner,
    @Ctx() ctx: HubContext,
    @Arg('status', () => AgreementStatus, {
      nullable: true,
      description: 'Only agreements in this status today.',
    })
    status?: AgreementStatus | null,
  ): Promise<CooperationAgreement[]> {
    return new AgreementService(ctx).ofPartner(partner.id, status);
  }
}
