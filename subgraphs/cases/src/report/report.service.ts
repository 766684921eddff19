import { raw } from '@mikro-orm/postgresql';
import {
  byKey,
  keysetPage,
  requireCaseStaff,
  childrenOf,
  type Connection,
  type HubContext,
  type PageRequest,
} from '@hub/common';
import { Report } from './report.entity';

export class ReportService {
  constructor(private readonly ctx: HubContext) {}

  /** The reports of a case, oldest first; one statement for every case in the request. */
  forCase(caseId: string): Promise<Report[]> {
    return childrenOf(this.ctx, Report, 'case', caseId, {
      orderBy: { receivedAt: 'asc', id: 'asc' },
    });
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
        [raw(URGENCY_RANK)]: 'asc',
        firstContactDueAt: 'asc',
        id: 'asc',
      })
      .limit(first)
      .getResult();
  }

  /** The same, a page at a time: by urgency, then the longest overdue, then id. */
  overduePage(page: PageRequest): Promise<Connection<Report>> {
    requireCaseStaff(this.ctx.caller, 'Watching overdue reports');
    return keysetPage(
      this.ctx.em,
      {
        from: `from cases.report r where r.first_contact_at is null and r.first_contact_due_at < now()
          and r.case_id in (select id from cases."case" where status <> 'CLOSED')`,
        params: [],
        keys: [
          { sql: URGENCY_RANK, type: 'int' },
          { sql: 'r.first_contact_due_at', type: 'timestamptz' },
        ],
        id: 'r.id',
        direction: 'asc',
      },
      page,
      async (ids) =>
        byKey(ids, await this.ctx.em.find(Report, { id: { $in: ids } }), (row) => row.id),
    );
  }
}

const URGENCY_RANK = `(case r.urgency when 'IMMEDIATE' then 0 when 'HIGH' then 1 else 2 end)`;
