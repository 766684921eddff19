import { type SubgraphDefinition } from '@hub/common';
import { CooperationAgreement } from './agreement/agreement.entity';
import { AgreementResolver, PartnerAgreementsResolver } from './agreement/agreement.resolver';
import { Member } from './member/member.entity';
import { MemberResolver, PartnerMembersResolver } from './member/member.resolver';
import { migrations } from './migrations';
import { Partner } from './partner/partner.entity';
import { PartnerResolver } from './partner/partner.resolver';
import { PartnerService } from './partner/partner.service';
import { LocalTeam, LocalTeamMembership } from './team/team.entity';
import { PartnerTeamsResolver, TeamResolver } from './team/team.resolver';

/**
 * The partners subgraph: the directory of agencies in the referral mechanism, their members,
 * local anti-trafficking teams and cooperation agreements. None of it is case data.
 */
export const partnersSubgraph: SubgraphDefinition = {
  name: 'partners',
  resolvers: [
    PartnerResolver,
    MemberResolver,
    PartnerMembersResolver,
    TeamResolver,
    PartnerTeamsResolver,
    AgreementResolver,
    PartnerAgreementsResolver,
  ],
  entities: [Partner, Member, LocalTeam, LocalTeamMembership, CooperationAgreement],
  migrations,
  referenceResolvers: {
    // Other subgraphs point at a partner by id or by its stable code.
    Partner: (reference, ctx) => {
      const service = new PartnerService(ctx);
      return reference.id ? service.byId(reference.id) : service.byCode(reference.code!);
    },
  },
};
