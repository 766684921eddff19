import { type SubgraphDefinition } from '@hub/common';
import { Case } from './case/case.entity';
import { CaseResolver } from './case/case.resolver';
import { CaseService } from './case/case.service';
import { migrations } from './migrations';
import { Report } from './report/report.entity';
import { ReportResolver } from './report/report.resolver';

/** The cases subgraph: cases and how they came in; later identification, plans, referrals, consent. */
export const casesSubgraph: SubgraphDefinition = {
  name: 'cases',
  resolvers: [CaseResolver, ReportResolver],
  entities: [Case, Report],
  migrations,
  referenceResolvers: {
    Case: (reference, ctx) => new CaseService(ctx).byId(reference.id),
  },
};
