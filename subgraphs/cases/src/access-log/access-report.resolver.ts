import { CaseStaffOnly, type HubContext } from '@hub/common';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { AccessReportService } from './access-report.service';
import { CaseAccessReport } from './access-report.types';

@Resolver()
export class AccessReportResolver {
  @CaseStaffOnly()
  @Query(() => CaseAccessReport, {
    nullable: true,
    description:
      'A person’s own access report for one case, for a Centre case worker or supervisor to give to the person: who saw or was refused what, per partner and category, with break-glass sessions. The access log’s chain is verified first; if it does not verify there is no report (ACCESS_LOG_BROKEN). Everyone else: FORBIDDEN. The PDF: GET /reports/access/<caseId>.pdf on the gateway.',
  })
  caseAccessReport(
    @Arg('caseId', () => ID, { description: 'The case.' }) caseId: string,
    @Arg('from', () => Date, {
      nullable: true,
      description: 'Start of the period (inclusive); from the first entry when left out.',
    })
    from: Date | null | undefined,
    @Arg('to', () => Date, {
      nullable: true,
      description: 'End of the period (exclusive); now when left out.',
    })
    to: Date | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<CaseAccessReport> {
    return new AccessReportService(ctx).report(caseId, from ?? null, to ?? null);
  }
}
