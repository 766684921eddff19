import { caseOf, type SubgraphDefinition } from '@hub/common';
import { migrations } from './migrations';
import { Service } from './service/service.entity';
import { CaseReferralsResolver, ReferralResolver } from './referral/referral.resolver';
import { Referral } from './referral/referral.entity';
import { ReferralService } from './referral/referral.service';
import { PartnerServicesResolver, ServiceResolver } from './service/service.resolver';
import { ServiceService } from './service/service.service';
import { CaseServiceMatchResolver } from './matching/matching.resolver';

/**
 * The services subgraph: the catalogue, `Partner.services`, referrals of cases to catalogue
 * services, and `Case.findServices` (which services fit the person of a case).
 */
export const servicesSubgraph: SubgraphDefinition = {
  name: 'services',
  resolvers: [
    ServiceResolver,
    PartnerServicesResolver,
    ReferralResolver,
    CaseReferralsResolver,
    CaseServiceMatchResolver,
  ],
  entities: [Service, Referral],
  migrations,
  caseTypes: {
    Case: caseOf((kase: { id: string }) => kase.id),
    Referral: caseOf((referral: Referral) => referral.caseId),
  },
  referenceResolvers: {
    Service: (reference, ctx) => new ServiceService(ctx).byId(reference.id!),
    Referral: (reference, ctx) => new ReferralService(ctx).byId(reference.id!),
  },
};
