import { raw } from '@mikro-orm/postgresql';
import { type HubContext, requireCaseStaff, rowsOfCase } from '@hub/common';
import { Report } from './report.entity';

export class ReportService {
  constructor(private readonly ctx: HubContext) {}

  /** The reports of a case, oldest first; one statement for every case in the request. */
  forCase(caseId: string): Promise<Report[]> {
    return rowsOfCase(this.ctx, Report, caseId, { receivedAt: 'asc', id: 'asc' });
  }

  /** Reports past their first-contact due time without contact, most urgent first. */
  overdue(first: number): Promise<Report[]> {
    requireCaseStaff(this.ctx.caller, 'Watching overdue reports');
    return this.ctx.em
      .createQueryBuilder(Report, 'r')
      .select('r.*')
      .where({ firstContactAt: null, firstContactDueAt: { $lt: new Date() } })
      .andWhere(`r.case_id in (select id from cases."case" where status <> 'CLOSED')`)
      .orderBy({
        [raw(`case r.urgency when 'IMMEDIATE' then 0 when 'HIGH' then 1 else 2 end`)]: 'asc',
        firstContactDueAt: 'asc',
        id: 'asc',
      })
      .limit(first)
      .getResult();
  }
}
