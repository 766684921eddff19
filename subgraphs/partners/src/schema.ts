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
    // Other subgraphs point at a partner by id or by its stable code.
    Partner: (reference, ctx) => {
      const service = new PartnerService(ctx);
      return reference.id ? service.byId(reference.id) : service.byCode(reference.code!);
    },
  },
};
