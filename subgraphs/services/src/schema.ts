import { type SubgraphDefinition } from '@hub/common';
import { migrations } from './migrations';
import { Service } from './service/service.entity';
import { PartnerServicesResolver, ServiceResolver } from './service/service.resolver';
import { ServiceService } from './service/service.service';

/** The services subgraph: the catalogue of what providers offer, and `Partner.services`. */
export const servicesSubgraph: SubgraphDefinition = {
  name: 'services',
  resolvers: [ServiceResolver, PartnerServicesResolver],
  entities: [Service],
  migrations,
  referenceResolvers: {
    Service: (reference, ctx) => new ServiceService(ctx).byId(reference.id!),
  },
};
