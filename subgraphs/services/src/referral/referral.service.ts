import {
  changeWithEvent,
  DataCategory,
  ErrorCode,
  forbidden,
  grantStore,
  HubError,
  notFound,
  seesAllCases,
  visibleById,
  type HubContext,
  idempotent,
  rowForChange,
  byKey,
  keysetPage,
  type Connection,
  type PageRequest,
  childrenOf,
  requireCaseStaff,
} from '@hub/common';
import { Service } from '../service/service.entity';
import { Referral } from './referral.entity';
import { REFERRAL_WORKFLOW, ReferralStatus, type CreateReferralInput } from './referral.types';

type Action = 'accept' | 'decline' | 'progress' | 'complete' | 'withdraw';

/** What each action leads to and who may take it; REFERRAL_WORKFLOW says from which states. */
const ACTIONS: Record<Action, { to: ReferralStatus; by: 'provider' | 'centre' }> = {
  accept: { to: ReferralStatus.ACCEPTED, by: 'provider' },
  decline: { to: ReferralStatus.DECLINED, by: 'provider' },
  progress: { to: ReferralStatus.IN_PROGRESS, by: 'provider' },
  complete: { to: ReferralStatus.COMPLETED, by: 'provider' },
  withdraw: { to: ReferralStatus.WITHDRAWN, by: 'centre' },
};

/**
 * Referrals to catalogue services. A referral is made only when the provider holds an active
 * consent grant for the case covering everything the service needs (its required categories, and
 * PLAN, since the referral itself is plan data); only the provider answers it; only the Centre
 * withdraws it.
 */
export class ReferralService {
  constructor(private readonly ctx: HubContext) {}

  async create(input: CreateReferralInput, idempotencyKey?: string | null): Promise<Referral> {
    requireCaseStaff(this.ctx.caller, {
      refusal: 'Only Centre case workers and supervisors make referrals.',
    });
    const service = await this.ctx.em.findOne(Service, { id: input.serviceId });
    if (!service) {
      throw notFound('The service');
    }
    const required = [
      ...new Set([DataCategory.CORE, DataCategory.PLAN, ...service.requiredCategories]),
    ];
    const granted = await grantStore.grantedCategories(
      this.ctx.em,
      service.providerCode,
      input.caseId,
    );
    const missing = required.filter((category) => !granted.has(category));
    if (missing.length > 0) {
      throw new HubError(
        ErrorCode.REFERRAL_CONSENT_MISSING,
        `The provider "${service.providerCode}" holds no active consent for this case covering ${missing.join(', ')}. Record that consent before referring.`,
        { provider: service.providerCode, missingCategories: missing },
      );
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const referral = em.create(Referral, {
          caseId: input.caseId,
          service,
          providerCode: service.providerCode,
          planItemId: input.planItemId ?? null,
          note: input.note ?? null,
          createdBy: this.ctx.caller.sub,
        });
        return {
          result: referral,
          event: {
            type: 'REFERRAL_CREATED',
            caseId: input.caseId,
            entityType: 'Referral',
            entityId: referral.id,
            // The plan item it carries out: the cases subgraph follows these events to move it.
            parentId: referral.planItemId,
            concerns: service.providerCode,
          },
        };
      },
      idempotent(idempotencyKey, 'createReferral', input, Referral),
    );
  }

  /** `idempotencyKey`: progress notes only (the one answer that adds something each time). */
  async act(
    id: string,
    action: Action,
    text?: string | null,
    idempotencyKey?: string | null,
  ): Promise<Referral> {
    const referral = await this.ctx.em.findOne(Referral, { id });
    if (!referral || !(await this.ctx.consent.check(referral.caseId, DataCategory.PLAN)).allowed) {
      throw notFound('The referral');
    }
    const rule = ACTIONS[action];
    const mayAct =
      rule.by === 'provider'
        ? this.ctx.caller.partner === referral.providerCode
        : seesAllCases(this.ctx.caller);
    if (!mayAct) {
      throw forbidden(
        rule.by === 'provider'
          ? "Only the referral's provider answers it."
          : 'Only Centre case workers and supervisors withdraw a referral.',
      );
    }
    const needsText = action === 'decline' || action === 'withdraw' || action === 'progress';
    const trimmed = text?.trim() ?? '';
    if (needsText && trimmed.length < 3) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        action === 'progress' ? 'Write the progress note.' : 'Give the reason.',
        {
          field: action === 'progress' ? 'note' : 'reason',
        },
      );
    }
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const row = await rowForChange(em, Referral, referral.id, 'The referral');
        // Decided under the lock, on the row as it is now: of simultaneous answers, one wins.
        REFERRAL_WORKFLOW.require(row.status, rule.to);
        row.status = rule.to;
        if (action === 'decline') {
          row.declineReason = trimmed;
        } else if (action === 'withdraw') {
          row.withdrawReason = trimmed;
        } else if (trimmed) {
          row.notes = [
            ...row.notes,
            { at: new Date().toISOString(), by: this.ctx.caller.sub, text: trimmed },
          ];
        }
        return {
          result: row,
          event: {
            type: `REFERRAL_${rule.to}`,
            caseId: row.caseId,
            entityType: 'Referral',
            entityId: row.id,
            parentId: row.planItemId,
            concerns: row.providerCode,
          },
        };
      },
      idempotent(idempotencyKey, `referral.${action}`, { id, text }, Referral),
    );
  }

  byId(id: string): Promise<Referral | null> {
    return visibleById(this.ctx, Referral, DataCategory.PLAN, (row) => row.caseId, id);
  }

  forCase(caseId: string): Promise<Referral[]> {
    return childrenOf(this.ctx, Referral, 'caseId', caseId, {
      orderBy: { createdAt: 'asc', id: 'asc' },
    });
  }

  /** The Centre's referrals, or a partner's own as provider, for cases it holds PLAN consent for. */
  async list(status: ReferralStatus | null | undefined, first: number): Promise<Referral[]> {
    const { consent, caller } = this.ctx;
    const qb = this.ctx.em
      .createQueryBuilder(Referral, 'r')
      .select('*')
      .orderBy({ createdAt: 'desc', id: 'asc' })
      .limit(first);
    if (status) {
      qb.andWhere({ status });
    }
    if (!consent.isCentreCaseStaff) {
      if (!consent.isPartner) {
        return [];
      }
      const granted = grantStore.grantedCases('r.case_id', caller.partner, DataCategory.PLAN);
      qb.andWhere({ providerCode: caller.partner }).andWhere(granted.sql, granted.params);
    }
    return qb.getResult();
  }

  /** The same list a page at a time, newest first (created, then id). */
  page(
    status: ReferralStatus | null | undefined,
    page: PageRequest,
  ): Promise<Connection<Referral>> {
    const { consent, caller } = this.ctx;
    const where: string[] = [];
    const params: unknown[] = [];
    if (status) {
      where.push('r.status = ?');
      params.push(status);
    }
    if (!consent.isCentreCaseStaff) {
      // Analysts and administrators see none; a partner, what it provides with PLAN consent.
      if (consent.isPartner) {
        const granted = grantStore.grantedCases('r.case_id', caller.partner, DataCategory.PLAN);
        where.push(`r.provider_code = ? and ${granted.sql}`);
        params.push(caller.partner, ...granted.params);
      } else {
        where.push('false');
      }
    }
    return keysetPage(
      this.ctx.em,
      {
        from: `from services.referral r${where.length ? ` where ${where.join(' and ')}` : ''}`,
        params,
        keys: [{ sql: 'r.created_at', type: 'timestamptz' }],
        id: 'r.id',
        direction: 'desc',
      },
      page,
      async (ids) =>
        byKey(ids, await this.ctx.em.find(Referral, { id: { $in: ids } }), (row) => row.id),
    );
  }
}
