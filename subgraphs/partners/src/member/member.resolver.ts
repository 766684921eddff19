import { IdempotencyKeyArg, type HubContext } from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Partner } from '../partner/partner.entity';
import { PartnerService } from '../partner/partner.service';
import { Member } from './member.entity';
import { MemberService } from './member.service';
import { AddMemberInput } from './member.types';

@Resolver(() => Member)
export class MemberResolver {
  @Mutation(() => Member, {
    description:
      "Add a person to a partner's members: Centre ADMIN or SUPERVISOR, or the partner's own COORDINATOR.",
  })
  addMember(
    @Arg('input', () => AddMemberInput, {
      description: 'The partner and the member’s work contact.',
    })
    input: AddMemberInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Member> {
    return new MemberService(ctx).add(input, idempotencyKey);
  }

  @Mutation(() => Member, {
    description:
      'Mark a member as no longer active (kept for the record): the same people who may add one.',
  })
  deactivateMember(
    @Arg('id', () => ID, { description: 'The member who no longer works with the partner.' })
    id: string,
    @Ctx() ctx: HubContext,
  ): Promise<Member> {
    return new MemberService(ctx).deactivate(id);
  }

  @FieldResolver(() => Partner, { description: 'The partner the person works for.' })
  async partner(@Root() member: Member, @Ctx() ctx: HubContext): Promise<Partner> {
    return (await new PartnerService(ctx).byId(member.partner.id))!;
  }
}

@Resolver(() => Partner)
export class PartnerMembersResolver {
  @FieldResolver(() => [Member], { description: 'The people working for the partner, by name.' })
  members(
    @Root() partner: Partner,
    @Ctx() ctx: HubContext,
    @Arg('activeOnly', { defaultValue: true, description: 'Leave out deactivated members.' })
    activeOnly: boolean = true,
  ): Promise<Member[]> {
    return new MemberService(ctx).ofPartner(partner.id, activeOnly);
  }
}
