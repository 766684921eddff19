export { servicesSubgraph } from './schema';
export { Service } from './service/service.entity';
export { CitizenshipEligibility, ServiceType } from './service/service.types';
