export { legalSubgraph } from './schema';
export { Proceeding } from './proceeding/proceeding.entity';
export { ProceedingKind, ProceedingStage, VictimRole } from './proceeding/proceeding.types';
export { Hearing } from './hearing/hearing.entity';
export { HearingSupport, ProtectiveMeasure } from './hearing/hearing.types';
export { Representation } from './representation/representation.entity';
export { CompensationClaim } from './compensation/compensation.entity';
export { CompensationForum, CompensationStatus } from './compensation/compensation.types';
