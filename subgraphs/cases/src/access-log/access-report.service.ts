import {
  breakGlassStore,
  ErrorCode,
  HubError,
  notFound,
  requireCaseStaff,
  UUID,
  verifyAccessLogIn,
  type HubContext,
} from '@hub/common';
import { Case } from '../case/case.entity';
import { toSession } from '../break-glass/break-glass';
import { accessLogStore } from './access-log.store';
import { PartnerRef } from '../partner/partner.ref';
import { AccessLogVerification, AccessReportLine, CaseAccessReport } from './access-report.types';

/**
 * The person's own access report. The chain is re-computed first, and the report counts only
 * entries up to the newest one verified, so what it says is exactly what the verification covers;
 * a broken chain gives no report at all (a report from a log that may have been altered would
 * tell the person something nobody can vouch for).
 */
export class AccessReportService {
  constructor(private readonly ctx: HubContext) {}

  async report(caseId: string, from: Date | null, to: Date | null): Promise<CaseAccessReport> {
    requireCaseStaff(this.ctx.caller, 'Making a person’s access report');
    const end = to ?? new Date();
    if (from && from >= end) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'The period must start before it ends.', {
        field: 'from',
      });
    }
    const kase = UUID.test(caseId) ? await this.ctx.em.findOne(Case, { id: caseId }) : null;
    if (!kase) {
      throw notFound('The case');
    }
    const verification = await this.verify();
    const upTo = verification.lastEntryId ?? '0';
    const { em } = this.ctx;
    const [lines, first, sessions] = await Promise.all([
      accessLogStore.reportLines(em, caseId, upTo, from, end),
      from ?? accessLogStore.firstAt(em, caseId, upTo),
      breakGlassStore.forCase(em, caseId, from, end),
    ]);
    return Object.assign(new CaseAccessReport(), {
      caseId,
      caseCode: kase.code,
      from: first,
      to: end,
      verification,
      lines: lines.map((row) =>
        Object.assign(new AccessReportLine(), {
          partnerCode: row.partner,
          partner: Object.assign(new PartnerRef(), { code: row.partner }),
          category: row.category,
          decision: row.decision,
          basis: row.basis,
          entries: row.entries,
          users: row.users,
          firstAt: row.firstAt,
          lastAt: row.lastAt,
        }),
      ),
      breakGlassSessions: sessions.map(toSession),
    });
  }

  private async verify(): Promise<AccessLogVerification> {
    const checkedAt = new Date();
    const verdict = await verifyAccessLogIn(this.ctx.em);
    if (!verdict.intact) {
      // Operators must hear of it at once; the entry id says where, and carries no personal data.
      this.ctx.log.error(
        { requestId: this.ctx.requestId, brokenAt: verdict.firstBroken?.id },
        'access log failed verification; no access report made',
      );
      throw new HubError(
        ErrorCode.ACCESS_LOG_BROKEN,
        `The access log failed verification at entry ${verdict.firstBroken?.id}, so no report can be made from it. Tell the hub's administrators (hub audit verify).`,
        { brokenAt: verdict.firstBroken?.id },
      );
    }
    return Object.assign(new AccessLogVerification(), {
      checkedAt,
      entries: verdict.rows,
      lastEntryId: verdict.lastIntact?.id ?? null,
      lastEntryAt: verdict.lastIntact?.at ?? null,
    });
  }
}
