import { IdempotencyKeyArg, type HubContext } from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Partner } from '../partner/partner.entity';
import { PartnerService } from '../partner/partner.service';
import { LocalTeam } from './team.entity';
import { TeamService } from './team.service';
import { CreateLocalTeamInput } from './team.types';

@Resolver(() => LocalTeam)
export class TeamResolver {
  @Query(() => [LocalTeam], { description: 'Local anti-trafficking teams, by municipality.' })
  localTeams(
    @Ctx() ctx: HubContext,
    @Arg('municipality', () => String, {
      nullable: true,
      description: 'Only the team of this municipality, as written (e.g. "Ниш").',
    })
    municipality?: string | null,
  ): Promise<LocalTeam[]> {
    return new TeamService(ctx).list(municipality);
  }

  @Query(() => LocalTeam, { nullable: true, description: 'A local team by its id.' })
  localTeam(
    @Arg('id', () => ID, { description: 'The local team id.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<LocalTeam | null> {
    return new TeamService(ctx).byId(id);
  }

  @Mutation(() => LocalTeam, {
    description:
      'Record a local team with its coordinating partner and members (Centre ADMIN or SUPERVISOR).',
  })
  createLocalTeam(
    @Arg('input', () => CreateLocalTeamInput, {
      description: 'The municipality, the coordinating partner and the members.',
    })
    input: CreateLocalTeamInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<LocalTeam> {
    return new TeamService(ctx).create(input, idempotencyKey);
  }

  @Mutation(() => LocalTeam, {
    description: 'Add a partner to a local team (Centre ADMIN or SUPERVISOR).',
  })
  addLocalTeamMember(
    @Arg('teamId', () => ID, { description: 'The local team to add the member to.' })
    teamId: string,
    @Arg('partnerCode', { description: 'The partner joining the team.' }) partnerCode: string,
    @Ctx() ctx: HubContext,
  ): Promise<LocalTeam> {
    return new TeamService(ctx).addMember(teamId, partnerCode);
  }

  @FieldResolver(() => Partner, { description: 'The partner that coordinates the team.' })
  async coordinator(@Root() team: LocalTeam, @Ctx() ctx: HubContext): Promise<Partner> {
    return (await new PartnerService(ctx).byId(team.coordinator.id))!;
  }

  @FieldResolver(() => [Partner], {
    description: 'The member partners, the coordinator included, by name.',
  })
  members(@Root() team: LocalTeam, @Ctx() ctx: HubContext): Promise<Partner[]> {
    return new TeamService(ctx).members(team.id);
  }
}

@Resolver(() => Partner)
export class PartnerTeamsResolver {
  @FieldResolver(() => [LocalTeam], {
    description: 'The local anti-trafficking teams the partner belongs to.',
  })
  localTeams(@Root() partner: Partner, @Ctx() ctx: HubContext): Promise<LocalTeam[]> {
    return new TeamService(ctx).ofPartner(partner.id);
  }
}
