import {
  changeWithEvent,
  notFound,
  forbidden,
  type HubContext,
  idempotent,
  rowForChange,
  childrenOf,
} from '@hub/common';
import { keepsMembersOf } from '../partner/partner.access';
import { Partner } from '../partner/partner.entity';
import { directoryEvent } from '../partner/partner.events';
import { Member } from './member.entity';
import type { AddMemberInput } from './member.types';

/** The people of each partner: read by anyone in the hub, kept by the Centre or the partner's coordinator. */
export class MemberService {
  constructor(private readonly ctx: HubContext) {}

  ofPartner(partnerId: string, activeOnly: boolean): Promise<Member[]> {
    return childrenOf(this.ctx, Member, 'partner', partnerId, {
      orderBy: { name: 'asc', id: 'asc' },
      where: activeOnly ? { active: true } : {},
    });
  }

  async add(input: AddMemberInput, idempotencyKey?: string | null): Promise<Member> {
    if (!keepsMembersOf(this.ctx.caller, input.partnerCode)) {
      throw forbidden(
        "Only the partner's coordinator or Centre administrators and supervisors add its members.",
      );
    }
    const partner = await this.ctx.em.findOne(Partner, { code: input.partnerCode });
    if (!partner) {
      throw notFound('The partner');
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const member = em.create(Member, {
          partner: em.getReference(Partner, partner.id),
          name: input.name.trim(),
          position: input.position.trim(),
          workEmail: input.workEmail?.trim() ?? null,
          workPhone: input.workPhone?.trim() ?? null,
        });
        return {
          result: member,
          event: directoryEvent('MEMBER_ADDED', 'Member', member.id, partner.code),
        };
      },
      idempotent(idempotencyKey, 'addMember', input, Member),
    );
  }

  async deactivate(id: string): Promise<Member> {
    const member = await this.ctx.em.findOne(Member, { id }, { populate: ['partner'] });
    if (!member) {
      throw notFound('The member');
    }
    const partnerCode = member.partner.getEntity().code;
    if (!keepsMembersOf(this.ctx.caller, partnerCode)) {
      throw forbidden(
        "Only the partner's coordinator or Centre administrators and supervisors deactivate its members.",
      );
    }
    return changeWithEvent(this.ctx, async (em) => {
      const row = await rowForChange(em, Member, id, 'The member');
      if (row.active) {
        row.active = false;
        row.deactivatedAt = new Date();
      }
      return {
        result: row,
        event: directoryEvent('MEMBER_DEACTIVATED', 'Member', row.id, partnerCode),
      };
    });
  }
}
