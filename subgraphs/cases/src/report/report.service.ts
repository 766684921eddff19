import { groupBy, loader, type HubContext } from '@hub/common';
import { Report } from './report.entity';

export class ReportService {
  constructor(private readonly ctx: HubContext) {}

  /** The reports of a case, oldest first; one statement for every case in the request. */
  forCase(caseId: string): Promise<Report[]> {
    return loader<string, Report[]>(this.ctx, 'report.byCase', async (caseIds) => {
      const rows = await this.ctx.em.find(
        Report,
        { case: { $in: [...caseIds] } },
        { orderBy: { receivedAt: 'asc', id: 'asc' } },
      );
      return groupBy(caseIds, rows, (row) => row.case.id);
    }).load(caseId);
  }
}
