import { type SubgraphDefinition } from '@hub/common';
import { migrations } from './migrations';
import { Partner } from './partner/partner.entity';
import { PartnerResolver } from './partner/partner.resolver';
import { PartnerService } from './partner/partner.service';

/** The partners subgraph: the directory of agencies in the referral mechanism. */
export const partnersSubgraph: SubgraphDefinition = {
  name: 'partners',
  resolvers: [PartnerResolver],
  entities: [Partner],
  migrations,
  referenceResolvers: {
    Partner: (reference, ctx) => new PartnerService(ctx).byId(reference.id),
  },
};
