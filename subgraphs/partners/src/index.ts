export { partnersSubgraph } from './schema';
export { Partner } from './partner/partner.entity';
export { AgencyType, ContactKind } from './partner/partner.types';
