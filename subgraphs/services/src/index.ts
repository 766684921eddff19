export { servicesSubgraph } from './schema';
export { Service } from './service/service.entity';
export { Referral } from './referral/referral.entity';
export { ReferralStatus } from './referral/referral.types';
export { CitizenshipEligibility, ServiceType } from './service/service.types';
export { PersonFact } from './matching/matching.types';
export { matchService } from './matching/matching';
