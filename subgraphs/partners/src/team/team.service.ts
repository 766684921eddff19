import {
  changeWithEvent,
  ErrorCode,
  HubError,
  notFound,
  type HubContext,
  idempotent,
  rowForChange,
  childrenOf,
} from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireDirectoryKeeper } from '../partner/partner.access';
import { Partner } from '../partner/partner.entity';
import { directoryEvent } from '../partner/partner.events';
import { LocalTeam, LocalTeamMembership } from './team.entity';
import type { CreateLocalTeamInput } from './team.types';

/** Local anti-trafficking teams: read by anyone in the hub, kept by the Centre. */
export class TeamService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<LocalTeam | null> {
    return this.ctx.em.findOne(LocalTeam, { id });
  }

  list(municipality?: string | null): Promise<LocalTeam[]> {
    return this.ctx.em.find(LocalTeam, municipality ? { municipality } : {}, {
      orderBy: { municipality: 'asc' },
    });
  }

  /** The member partners of each team asked for, in one statement per request. */
  async members(teamId: string): Promise<Partner[]> {
    const memberships = await childrenOf(this.ctx, LocalTeamMembership, 'team', teamId, {
      orderBy: { partner: { name: 'asc' } },
      populate: ['partner'],
    });
    return memberships.map((row) => row.partner.getEntity());
  }

  /** The teams a partner belongs to, in one statement per request. */
  async ofPartner(partnerId: string): Promise<LocalTeam[]> {
    const memberships = await childrenOf(this.ctx, LocalTeamMembership, 'partner', partnerId, {
      orderBy: { team: { municipality: 'asc' } },
      populate: ['team'],
    });
    return memberships.map((row) => row.team.getEntity());
  }

  async create(input: CreateLocalTeamInput, idempotencyKey?: string | null): Promise<LocalTeam> {
    requireDirectoryKeeper(this.ctx.caller);
    const municipality = input.municipality.trim();
    if (await this.ctx.em.findOne(LocalTeam, { municipality })) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        'This municipality has a local team already; add members to it instead.',
        { field: 'municipality' },
      );
    }
    const codes = [...new Set([input.coordinatorCode, ...(input.memberCodes ?? [])])];
    const partners = await this.partnersByCode(codes);
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const team = em.create(LocalTeam, {
          name: input.name.trim(),
          municipality,
          coordinator: em.getReference(Partner, partners.get(input.coordinatorCode)!.id),
        });
        for (const partner of partners.values()) {
          this.join(em, team, partner);
        }
        return {
          result: team,
          event: directoryEvent('LOCAL_TEAM_CREATED', 'LocalTeam', team.id, input.coordinatorCode),
        };
      },
      idempotent(idempotencyKey, 'createLocalTeam', input, LocalTeam),
    );
  }

  async addMember(teamId: string, partnerCode: string): Promise<LocalTeam> {
    requireDirectoryKeeper(this.ctx.caller);
    const team = await this.ctx.em.findOne(LocalTeam, { id: teamId });
    if (!team) {
      throw notFound('The local team');
    }
    const partner = (await this.partnersByCode([partnerCode])).get(partnerCode)!;
    return changeWithEvent(this.ctx, async (em) => {
      const row = await rowForChange(em, LocalTeam, team.id, 'The local team');
      // Checked under the team's lock, so two simultaneous additions make one membership.
      if (await em.findOne(LocalTeamMembership, { team: team.id, partner: partner.id })) {
        throw new HubError(
          ErrorCode.BAD_USER_INPUT,
          'The partner is a member of the team already.',
          { field: 'partnerCode' },
        );
      }
      this.join(em, row, partner);
      return {
        result: row,
        event: directoryEvent('LOCAL_TEAM_MEMBER_ADDED', 'LocalTeam', row.id, partnerCode),
      };
    });
  }

  private join(em: EntityManager, team: LocalTeam, partner: Partner): void {
    em.create(LocalTeamMembership, { team, partner: em.getReference(Partner, partner.id) });
  }

  /** Partners by code; an unknown code is refused, naming it. */
  private async partnersByCode(codes: string[]): Promise<Map<string, Partner>> {
    const rows = await this.ctx.em.find(Partner, { code: { $in: codes } });
    const found = new Map(rows.map((row) => [row.code, row]));
    const unknown = codes.filter((code) => !found.has(code));
    if (unknown.length) {
      throw new HubError(ErrorCode.NOT_FOUND, `No partner has the code ${unknown.join(', ')}.`, {
        partnerCodes: unknown,
      });
    }
    return found;
  }
}
