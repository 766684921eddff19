export { legalSubgraph } from './schema';
export { Proceeding } from './proceeding/proceeding.entity';
export { ProceedingKind, ProceedingStage, VictimRole } from './proceeding/proceeding.types';
