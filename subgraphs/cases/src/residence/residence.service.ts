import {
  changeWithEvent,
  DataCategory,
  ErrorCode,
  forbidden,
  type HubContext,
  HubError,
  notFound,
  requireCaseStaff,
  childrenOf,
  seesAllCases,
  idempotent,
  requirePartners,
} from '@hub/common';
import { openCaseForChange } from '../case/case.workflow';
import { HumanitarianResidence, VoluntaryReturn } from './residence.entity';
import {
  RESIDENCE_WORKFLOW,
  ResidenceStatus,
  RETURN_WORKFLOW,
  ReturnStatus,
  type DecideResidenceInput,
  type MoveReturnInput,
  type RequestReturnInput,
} from './residence.types';

/** The country whose citizens are not "foreign" for humanitarian residence. */
const HOME_COUNTRY = 'RS';

/**
 * Voluntary return (the Centre requests it; the organising partner, such as IOM, reports it in
 * preparation and completed) and humanitarian residence for foreign victims (the Centre records
 * the application and the decisions).
 */
export class ResidenceService {
  constructor(private readonly ctx: HubContext) {}

  returnsForCase(caseId: string): Promise<VoluntaryReturn[]> {
    return childrenOf(this.ctx, VoluntaryReturn, 'case', caseId, { orderBy: { createdAt: 'asc' } });
  }

  residencesForCase(caseId: string): Promise<HumanitarianResidence[]> {
    return childrenOf(this.ctx, HumanitarianResidence, 'case', caseId, {
      orderBy: {
        appliedOn: 'asc',
        createdAt: 'asc',
      },
    });
  }

  async requestReturn(
    input: RequestReturnInput,
    idempotencyKey?: string | null,
  ): Promise<VoluntaryReturn> {
    requireCaseStaff(this.ctx.caller, 'Requesting a voluntary return');
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const kase = await openCaseForChange(em, input.caseId);
        const open = await em.findOne(VoluntaryReturn, {
          case: kase.id,
          status: { $in: [ReturnStatus.REQUESTED, ReturnStatus.IN_PREPARATION] },
        });
        if (open) {
          throw new HubError(ErrorCode.ALREADY_EXISTS, 'A voluntary return is already under way.');
        }
        await requirePartners(em, [{ field: 'partner', value: input.partner }]);
        const request = em.create(VoluntaryReturn, {
          case: kase,
          destinationCountry: input.destinationCountry,
          partnerCode: input.partner,
          plannedOn: input.plannedOn ?? null,
        });
        return {
          result: request,
          event: {
            type: 'VOLUNTARY_RETURN_REQUESTED',
            caseId: kase.id,
            entityType: 'VoluntaryReturn',
            entityId: request.id,
            concerns: input.partner,
          },
        };
      },
      idempotent(idempotencyKey, 'requestVoluntaryReturn', input, VoluntaryReturn),
    );
  }

  async moveReturn(input: MoveReturnInput): Promise<VoluntaryReturn> {
    if (input.status === ReturnStatus.COMPLETED && !input.on) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'Give the day of return.', { field: 'on' });
    }
    return changeWithEvent(this.ctx, async (em) => {
      const request = await em.findOne(VoluntaryReturn, { id: input.id });
      if (!request) {
        throw notFound('The voluntary return');
      }
      if (!seesAllCases(this.ctx.caller)) {
        const consented =
          this.ctx.consent.isPartner &&
          (await this.ctx.consent.check(request.case.id, DataCategory.PLAN)).allowed;
        if (!consented) {
          throw notFound('The voluntary return');
        }
        if (
          request.partnerCode !== this.ctx.caller.partner ||
          input.status === ReturnStatus.CANCELLED
        ) {
          throw forbidden(
            'The organising partner reports a return in preparation and completed; the Centre does the rest.',
          );
        }
      }
      await openCaseForChange(em, request.case.id);
      await em.refresh(request);
      RETURN_WORKFLOW.require(request.status, input.status);
      request.status = input.status;
      if (input.status === ReturnStatus.COMPLETED) {
        request.returnedOn = input.on;
      } else if (input.on) {
        request.plannedOn = input.on;
      }
      return {
        result: request,
        event: {
          type: `VOLUNTARY_RETURN_${input.status}`,
          caseId: request.case.id,
          entityType: 'VoluntaryReturn',
          entityId: request.id,
          concerns: request.partnerCode,
        },
      };
    });
  }

  async applyResidence(
    caseId: string,
    appliedOn: string,
    idempotencyKey?: string | null,
  ): Promise<HumanitarianResidence> {
    requireCaseStaff(this.ctx.caller, 'Applying for humanitarian residence');
    return changeWithEvent(
      this.ctx,
      async (em) => {
        const kase = await openCaseForChange(em, caseId);
        const citizenship = kase.person.citizenship;
        if (!citizenship || citizenship === HOME_COUNTRY) {
          throw new HubError(
            ErrorCode.BAD_USER_INPUT,
            citizenship
              ? 'Humanitarian residence is for foreign victims.'
              : 'Record the person’s citizenship first: humanitarian residence is for foreign victims.',
            { field: 'caseId' },
          );
        }
        const application = em.create(HumanitarianResidence, { case: kase, appliedOn });
        return {
          result: application,
          event: {
            type: 'HUMANITARIAN_RESIDENCE_APPLIED',
            caseId: kase.id,
            entityType: 'HumanitarianResidence',
            entityId: application.id,
          },
        };
      },
      idempotent(
        idempotencyKey,
        'applyForHumanitarianResidence',
        { caseId, appliedOn },
        HumanitarianResidence,
      ),
    );
  }

  async decideResidence(input: DecideResidenceInput): Promise<HumanitarianResidence> {
    requireCaseStaff(this.ctx.caller, 'Recording a residence decision');
    const granted = input.status === ResidenceStatus.GRANTED;
    if (granted !== Boolean(input.validUntil)) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        'A grant (or extension) says until when it is valid; other decisions do not.',
        { field: 'validUntil' },
      );
    }
    if (granted && input.validUntil! <= input.decidedOn) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'validUntil must be after the decision.', {
        field: 'validUntil',
      });
    }
    return changeWithEvent(this.ctx, async (em) => {
      const residence = await em.findOne(HumanitarianResidence, { id: input.id });
      if (!residence) {
        throw notFound('The residence application');
      }
      await openCaseForChange(em, residence.case.id);
      await em.refresh(residence);
      const extension = residence.status === ResidenceStatus.GRANTED && granted;
      RESIDENCE_WORKFLOW.require(residence.status, input.status);
      if (extension && input.validUntil! <= residence.validUntil!) {
        throw new HubError(ErrorCode.BAD_USER_INPUT, 'An extension ends later than the grant.', {
          field: 'validUntil',
        });
      }
      residence.status = input.status;
      residence.decidedOn = input.decidedOn;
      if (granted) {
        residence.validUntil = input.validUntil;
      }
      return {
        result: residence,
        event: {
          type: extension
            ? 'HUMANITARIAN_RESIDENCE_EXTENDED'
            : `HUMANITARIAN_RESIDENCE_${input.status}`,
          caseId: residence.case.id,
          entityType: 'HumanitarianResidence',
          entityId: residence.id,
        },
      };
    });
  }
}
