import { caseOf, type SubgraphDefinition } from '@hub/common';
import { CompensationClaim } from './compensation/compensation.entity';
import {
  CaseCompensationClaimsResolver,
  CompensationResolver,
  ProceedingCompensationClaimsResolver,
} from './compensation/compensation.resolver';
import { CompensationService } from './compensation/compensation.service';
import { Hearing } from './hearing/hearing.entity';
import { HearingResolver, ProceedingHearingsResolver } from './hearing/hearing.resolver';
import { HearingService } from './hearing/hearing.service';
import { migrations } from './migrations';
import { Proceeding } from './proceeding/proceeding.entity';
import { CaseProceedingsResolver, ProceedingResolver } from './proceeding/proceeding.resolver';
import { ProceedingService } from './proceeding/proceeding.service';
import { Representation } from './representation/representation.entity';
import {
  CaseRepresentationsResolver,
  ProceedingRepresentationResolver,
  RepresentationResolver,
} from './representation/representation.resolver';
import { RepresentationService } from './representation/representation.service';

/**
 * The legal subgraph: proceedings, their hearings, the victim's lawyers and compensation claims,
 * and `Case.proceedings`, `Case.representations`, `Case.compensationClaims`.
 */
export const legalSubgraph: SubgraphDefinition = {
  name: 'legal',
  resolvers: [
    ProceedingResolver,
    CaseProceedingsResolver,
    HearingResolver,
    ProceedingHearingsResolver,
    RepresentationResolver,
    CaseRepresentationsResolver,
    ProceedingRepresentationResolver,
    CompensationResolver,
    CaseCompensationClaimsResolver,
    ProceedingCompensationClaimsResolver,
  ],
  entities: [Proceeding, Hearing, Representation, CompensationClaim],
  migrations,
  caseTypes: {
    Case: caseOf((kase: { id: string }) => kase.id),
    Proceeding: caseOf((proceeding: Proceeding) => proceeding.caseId),
    Hearing: caseOf((hearing: Hearing) => hearing.caseId),
    Representation: caseOf((representation: Representation) => representation.caseId),
    CompensationClaim: caseOf((claim: CompensationClaim) => claim.caseId),
  },
  referenceResolvers: {
    Proceeding: (reference, ctx) => new ProceedingService(ctx).byId(reference.id!),
    Hearing: (reference, ctx) => new HearingService(ctx).byId(reference.id!),
    Representation: (reference, ctx) => new RepresentationService(ctx).byId(reference.id!),
    CompensationClaim: (reference, ctx) => new CompensationService(ctx).byId(reference.id!),
  },
};
