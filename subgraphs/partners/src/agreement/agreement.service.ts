import {
  changeWithEvent,
  ErrorCode,
  HubError,
  loader,
  notFound,
  type HubContext,
  idempotent,
  rowForChange,
} from '@hub/common';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { requireDirectoryKeeper } from '../partner/partner.access';
import { Partner } from '../partner/partner.entity';
import { directoryEvent } from '../partner/partner.events';
import { CooperationAgreement } from './agreement.entity';
import {
  AGREEMENT_WORKFLOW,
  AgreementStatus,
  isIsoDate,
  type RecordAgreementInput,
} from './agreement.types';

/** Today as YYYY-MM-DD in Serbia, the day agreements expire by. */
export const today = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Belgrade' }).format(now);

/** Derived from the dates, never stored: an agreement expires on its own. */
export function agreementStatus(agreement: CooperationAgreement, on = today()): AgreementStatus {
  if (agreement.terminatedOn) {
    return AgreementStatus.TERMINATED;
  }
  return agreement.validUntil && agreement.validUntil < on
    ? AgreementStatus.EXPIRED
    : AgreementStatus.ACTIVE;
}

/** The same rule as a filter, so lists by status are filtered in SQL. */
function statusFilter(status: AgreementStatus, on: string): FilterQuery<CooperationAgreement> {
  switch (status) {
    case AgreementStatus.TERMINATED:
      return { terminatedOn: { $ne: null } };
    case AgreementStatus.EXPIRED:
      return { terminatedOn: null, validUntil: { $lt: on } };
    case AgreementStatus.ACTIVE:
      return { terminatedOn: null, $or: [{ validUntil: null }, { validUntil: { $gte: on } }] };
  }
}

/** Cooperation agreements: read by anyone in the hub, recorded and terminated by the Centre. */
export class AgreementService {
  constructor(private readonly ctx: HubContext) {}

  async list(filter: {
    status?: AgreementStatus | null;
    partnerCode?: string | null;
  }): Promise<CooperationAgreement[]> {
    const where: FilterQuery<CooperationAgreement>[] = [];
    if (filter.status) {
      where.push(statusFilter(filter.status, today()));
    }
    if (filter.partnerCode) {
      const partner = await this.ctx.em.findOne(Partner, { code: filter.partnerCode });
      if (!partner) {
        return [];
      }
      where.push({ $or: [{ partner: partner.id }, { counterpart: partner.id }] });
    }
    return this.ctx.em.find(CooperationAgreement, where.length ? { $and: where } : {}, {
      orderBy: { signedOn: 'desc', id: 'asc' },
    });
  }

  /** A partner's agreements (either side), one statement per request. */
  ofPartner(partnerId: string, status?: AgreementStatus | null): Promise<CooperationAgreement[]> {
    return loader<string, CooperationAgreement[]>(
      this.ctx,
      `agreement.ofPartner.${status ?? 'any'}`,
      async (partnerIds) => {
        const ids = [...partnerIds];
        const rows = await this.ctx.em.find(
          CooperationAgreement,
          {
            $and: [
              { $or: [{ partner: { $in: ids } }, { counterpart: { $in: ids } }] },
              ...(status ? [statusFilter(status, today())] : []),
            ],
          },
          { orderBy: { signedOn: 'desc', id: 'asc' } },
        );
        return ids.map((id) =>
          rows.filter((row) => row.partner.id === id || row.counterpart.id === id),
        );
      },
    ).load(partnerId);
  }

  async record(
    input: RecordAgreementInput,
    idempotencyKey?: string | null,
  ): Promise<CooperationAgreement> {
    requireDirectoryKeeper(this.ctx.caller);
    if (input.partnerCode === input.counterpartCode) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'An agreement needs two different partners.', {
        field: 'counterpartCode',
      });
    }
    if (!validDate(input.signedOn) || (input.validUntil && !validDate(input.validUntil))) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'That day does not exist in the calendar.', {
        field: validDate(input.signedOn) ? 'validUntil' : 'signedOn',
      });
    }
    if (input.validUntil && input.validUntil < input.signedOn) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'validUntil is before signedOn.', {
        field: 'validUntil',
      });
    }
    const partners = await this.ctx.em.find(Partner, {
      code: { $in: [input.partnerCode, input.counterpartCode] },
    });
    const partner = partners.find((row) => row.code === input.partnerCode);
    const counterpart = partners.find((row) => row.code === input.counterpartCode);
    if (!partner || !counterpart) {
      throw notFound('The partner');
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const agreement = em.create(CooperationAgreement, {
          partner: em.getReference(Partner, partner.id),
          counterpart: em.getReference(Partner, counterpart.id),
          title: input.title.trim(),
          signedOn: input.signedOn,
          validUntil: input.validUntil ?? null,
          reference: input.reference?.trim() ?? null,
          recordedBy: this.ctx.caller.sub,
        });
        return {
          result: agreement,
          event: directoryEvent(
            'AGREEMENT_RECORDED',
            'CooperationAgreement',
            agreement.id,
            partner.code,
          ),
        };
      },
      idempotent(idempotencyKey, 'recordAgreement', input, CooperationAgreement),
    );
  }

  async terminate(id: string, reason: string): Promise<CooperationAgreement> {
    requireDirectoryKeeper(this.ctx.caller);
    const agreement = await this.ctx.em.findOne(
      CooperationAgreement,
      { id },
      {
        populate: ['partner'],
      },
    );
    if (!agreement) {
      throw notFound('The agreement');
    }
    const trimmed = reason.trim();
    if (trimmed.length < 3) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'Give the reason.', { field: 'reason' });
    }
    return changeWithEvent(this.ctx, async (em) => {
      const row = await rowForChange(em, CooperationAgreement, id, 'The agreement');
      // Decided under the lock: of two simultaneous terminations, the second is refused.
      AGREEMENT_WORKFLOW.require(agreementStatus(row), AgreementStatus.TERMINATED);
      row.terminatedOn = today();
      row.terminationReason = trimmed;
      return {
        result: row,
        event: directoryEvent(
          'AGREEMENT_TERMINATED',
          'CooperationAgreement',
          row.id,
          agreement.partner.getEntity().code,
        ),
      };
    });
  }
}

function validDate(value: string): boolean {
  if (!isIsoDate(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
