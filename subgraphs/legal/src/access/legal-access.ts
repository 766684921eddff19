import {
  DataCategory,
  forbidden,
  notFound,
  seesAllCases,
  type HubContext,
  requireCaseStaff,
} from '@hub/common';
import { today } from '@hub/common';
import { Representation } from '../representation/representation.entity';

/**
 * Who may change the legal record of a case. Centre case workers and supervisors do all of it.
 * The partner a representation names (the lawyer's organisation) may also record what happens in
 * what it represents — hearing outcomes and compensation claims — while the representation is
 * active and the partner holds an active LEGAL grant for the case. Everyone else is refused.
 */
export class LegalAccess {
  constructor(private readonly ctx: HubContext) {}

  /** Only Centre case staff: opening proceedings, moving stages, appointing lawyers, hearings. */
  requireCaseStaff(doing: string): void {
    requireCaseStaff(this.ctx.caller, {
      refusal: `Only Centre case workers and supervisors ${doing}.`,
    });
  }

  /**
   * The caller must see the case's LEGAL data (a Centre user: the case is not sealed; a partner:
   * an active LEGAL grant). For a change to something that exists (`what`), it otherwise reads as
   * not found, as it would in a query; for something new on the case, the change is forbidden.
   */
  async requireLegalView(caseId: string, what: string | null): Promise<void> {
    if (!(await this.ctx.consent.check(caseId, DataCategory.LEGAL)).allowed) {
      throw what
        ? notFound(what)
        : forbidden(
            'This needs access to the legal data of the case (a sealed case, or no LEGAL consent).',
          );
    }
  }

  /** Before anything is looked up: Centre analysts and administrators never record legal data. */
  requireRecorderRole(): void {
    if (!seesAllCases(this.ctx.caller) && !this.ctx.consent.isPartner) {
      throw forbidden('Only Centre case workers and supervisors, or the victim’s lawyer, do this.');
    }
  }

  /**
   * Centre case staff, or the representing partner, for LEGAL data of `caseId` (within
   * `proceedingId`, when the data belongs to a proceeding).
   */
  async requireRecorder(
    caseId: string,
    proceedingId: string | null,
    what: string | null,
  ): Promise<void> {
    const { caller } = this.ctx;
    this.requireRecorderRole();
    await this.requireLegalView(caseId, what);
    if (seesAllCases(caller)) {
      return;
    }
    if (!(await this.represents(caller.partner, caseId, proceedingId))) {
      throw forbidden(
        'Only Centre case workers and supervisors, or the partner of an active representation of the victim here, do this.',
      );
    }
  }

  /**
   * Whether `partner` holds an active representation covering `proceedingId` of the case (one
   * for the whole case covers every proceeding; one for a proceeding covers only that one).
   */
  private async represents(
    partner: string,
    caseId: string,
    proceedingId: string | null,
  ): Promise<boolean> {
    const day = today();
    const rows = await this.ctx.em.find(Representation, {
      caseId,
      partnerCode: partner,
      startedOn: { $lte: day },
      $and: [
        { $or: [{ endedOn: null }, { endedOn: { $gt: day } }] },
        proceedingId
          ? { $or: [{ proceeding: null }, { proceeding: proceedingId }] }
          : { proceeding: null },
      ],
    });
    return rows.length > 0;
  }
}
