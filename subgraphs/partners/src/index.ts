export { partnersSubgraph } from './schema';
export { Partner } from './partner/partner.entity';
export { AgencyType, ContactKind } from './partner/partner.types';
export { Member } from './member/member.entity';
export { LocalTeam, LocalTeamMembership } from './team/team.entity';
export { CooperationAgreement } from './agreement/agreement.entity';
export { AgreementStatus } from './agreement/agreement.types';
