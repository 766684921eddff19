import { type SubgraphDefinition } from '@hub/common';
import { Hearing } from './hearing/hearing.entity';
import { HearingResolver, ProceedingHearingsResolver } from './hearing/hearing.resolver';
import { HearingService } from './hearing/hearing.service';
import { migrations } from './migrations';
import { Proceeding } from './proceeding/proceeding.entity';
import { CaseProceedingsResolver, ProceedingResolver } from './proceeding/proceeding.resolver';
import { ProceedingService } from './proceeding/proceeding.service';

/** The legal subgraph: proceedings and their hearings (later representation, compensation), and `Case.proceedings`. */
export const legalSubgraph: SubgraphDefinition = {
  name: 'legal',
  resolvers: [
    ProceedingResolver,
    CaseProceedingsResolver,
    HearingResolver,
    ProceedingHearingsResolver,
  ],
  entities: [Proceeding, Hearing],
  migrations,
  caseTypes: {
    Case: (kase) => kase.id as string,
    Proceeding: (proceeding) => proceeding.caseId as string,
    Hearing: (hearing) => hearing.caseId as string,
  },
  referenceResolvers: {
    Proceeding: (reference, ctx) => new ProceedingService(ctx).byId(reference.id!),
    Hearing: (reference, ctx) => new HearingService(ctx).byId(reference.id!),
  },
};
