import { randomInt } from 'node:crypto';
import {
  byKey,
  changeWithEvent,
  idempotent,
  keysetPage,
  loader,
  requireCaseStaff,
  requirePartnerUser,
  seesAllCases,
  UUID,
  type Connection,
  type HubContext,
  type PageRequest,
} from '@hub/common';
import { openNewCase } from '../case/case.workflow';
import { addChecklist, checkChecklist } from '../identification/identification.service';
import { PartnerReport } from './partner-report.entity';
import { type PartnerReportInput } from './partner-report.types';
import { FIRST_CONTACT_WITHIN_MS } from './report.types';
import { Report } from './report.entity';

/** Who a case opened by a partner's report belongs to until a supervisor assigns it. */
export const INTAKE_CASE_WORKER = 'Centre intake (not yet assigned)';

/** Letters and digits that cannot be mistaken for one another when read out on the phone. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const REFERENCE = /^PR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

/** A receipt reference: random, so it tells nothing of how many reports the Centre receives. */
function newReference(): string {
  const part = () =>
    Array.from({ length: 4 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join(
      '',
    );
  return `PR-${part()}-${part()}`;
}

/**
 * Partner intake: a partner reports a possible victim (with or without the checklist). The
 * report opens a case in the Centre's intake with the 24-hour clock started; the partner keeps a
 * receipt and reads back what it wrote, and nothing else of the case.
 */
export class PartnerReportService {
  constructor(private readonly ctx: HubContext) {}

  async submit(input: PartnerReportInput, idempotencyKey?: string | null): Promise<PartnerReport> {
    requirePartnerUser(this.ctx.caller, 'Submitting a report');
    const checklist = input.checklist
      ? { ...input.checklist, otherIndicators: checkChecklist(input.checklist) }
      : null;
    const { caller } = this.ctx;
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const receivedAt = new Date();
        const kase = await openNewCase(em, receivedAt, input.person, INTAKE_CASE_WORKER);
        const report = em.create(Report, {
          case: kase,
          channel: input.channel,
          reportingPartnerCode: caller.partner,
          urgency: input.urgency,
          receivedAt,
        });
        if (checklist) {
          addChecklist(em, kase, checklist, this.ctx);
        }
        const person = input.person ?? {};
        const submitted = em.create(PartnerReport, {
          reference: newReference(),
          case: kase,
          report,
          partnerCode: caller.partner,
          submittedBy: caller.sub,
          channel: input.channel,
          urgency: input.urgency,
          receivedAt,
          // The receipt states the rule the report's own due time follows.
          firstContactDueAt: new Date(receivedAt.getTime() + FIRST_CONTACT_WITHIN_MS),
          givenName: person.givenName ?? null,
          familyName: person.familyName ?? null,
          dateOfBirth: person.dateOfBirth ?? null,
          sex: person.sex ?? null,
          citizenship: person.citizenship ?? null,
          phone: person.phone ?? null,
          email: person.email ?? null,
          contactPerson: person.contactPerson ?? null,
          municipality: person.municipality ?? null,
          address: person.address ?? null,
          account: input.account?.trim() || null,
          indicators: checklist?.indicators ?? null,
          otherIndicators: checklist?.otherIndicators ?? null,
          checklistResult: checklist?.result ?? null,
          checklistAssessedOn: checklist?.assessedOn ?? null,
        });
        return {
          result: submitted,
          event: {
            type: 'PARTNER_REPORT_SUBMITTED',
            caseId: kase.id,
            entityType: 'PartnerReport',
            entityId: submitted.id,
            concerns: caller.partner,
          },
        };
      },
      idempotent(idempotencyKey, 'submitReport', input, PartnerReport),
    );
  }

  /** The caller's partner's own reports, newest first (partner users only). */
  mine(first: number): Promise<PartnerReport[]> {
    requirePartnerUser(this.ctx.caller, 'Listing your own reports');
    return this.ctx.em.find(
      PartnerReport,
      { partnerCode: this.ctx.caller.partner },
      { orderBy: { receivedAt: 'desc', id: 'asc' }, limit: first },
    );
  }

  /** The Centre's intake: every partner's reports, newest first (Centre case staff). */
  intake(first: number): Promise<PartnerReport[]> {
    requireCaseStaff(this.ctx.caller, 'Reading the intake');
    return this.ctx.em.find(
      PartnerReport,
      {},
      { orderBy: { receivedAt: 'desc', id: 'asc' }, limit: first },
    );
  }

  /** The caller's partner's own reports a page at a time, newest first (then by id). */
  minePage(page: PageRequest): Promise<Connection<PartnerReport>> {
    requirePartnerUser(this.ctx.caller, 'Listing your own reports');
    return this.page('where p.partner_code = ?', [this.ctx.caller.partner], page);
  }

  /** The Centre's intake a page at a time, newest first (then by id). */
  intakePage(page: PageRequest): Promise<Connection<PartnerReport>> {
    requireCaseStaff(this.ctx.caller, 'Reading the intake');
    return this.page('', [], page);
  }

  /**
   * A keyset page of reports on (received_at, id), both descending; counted, since the caller
   * sees every report of the list (its own partner's, or, for Centre case staff, all).
   */
  private page(
    where: string,
    params: unknown[],
    page: PageRequest,
  ): Promise<Connection<PartnerReport>> {
    return keysetPage(
      this.ctx.em,
      {
        from: `from cases.partner_report p ${where}`,
        params,
        keys: [{ sql: 'p.received_at', type: 'timestamptz' }],
        id: 'p.id',
        direction: 'desc',
      },
      page,
      async (ids) =>
        byKey(ids, await this.ctx.em.find(PartnerReport, { id: { $in: ids } }), (row) => row.id),
      true,
    );
  }

  /** A report by its receipt reference: for the partner that wrote it and Centre case staff. */
  async byReference(reference: string): Promise<PartnerReport | null> {
    if (!REFERENCE.test(reference)) {
      return null;
    }
    const found = await this.ctx.em.findOne(PartnerReport, { reference });
    return found && this.mayRead(found) ? found : null;
  }

  /** A report by id (how live updates read it): for its author and Centre case staff. */
  byId(id: string): Promise<PartnerReport | null> {
    return loader<string, PartnerReport | null>(this.ctx, 'partnerReport.byId', async (ids) => {
      const valid = ids.filter((key) => UUID.test(key));
      const rows = valid.length
        ? await this.ctx.em.find(PartnerReport, { id: { $in: valid } })
        : [];
      return byKey(ids, rows, (row) => row.id).map((row) =>
        row && this.mayRead(row) ? row : null,
      );
    }).load(id);
  }

  /** Whether the caller may look a report up at all; its fields then follow consent. */
  private mayRead(row: PartnerReport): boolean {
    return seesAllCases(this.ctx.caller) || row.partnerCode === this.ctx.caller.partner;
  }
}
