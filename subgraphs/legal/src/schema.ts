import { type SubgraphDefinition } from '@hub/common';
import { migrations } from './migrations';
import { Proceeding } from './proceeding/proceeding.entity';
import { CaseProceedingsResolver, ProceedingResolver } from './proceeding/proceeding.resolver';
import { ProceedingService } from './proceeding/proceeding.service';

/** The legal subgraph: proceedings (later hearings, representation, compensation) and `Case.proceedings`. */
export const legalSubgraph: SubgraphDefinition = {
  name: 'legal',
  resolvers: [ProceedingResolver, CaseProceedingsResolver],
  entities: [Proceeding],
  migrations,
  caseTypes: {
    Case: (kase) => kase.id as string,
    Proceeding: (proceeding) => proceeding.caseId as string,
  },
  referenceResolvers: {
    Proceeding: (reference, ctx) => new ProceedingService(ctx).byId(reference.id!),
  },
};
