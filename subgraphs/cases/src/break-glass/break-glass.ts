import {
  breakGlassStore,
  changeWithEvent,
  Category,
  DataCategory,
  ErrorCode,
  forbidden,
  hasRole,
  HubError,
  isCentre,
  notFound,
  type HubContext,
  IdempotencyKeyArg,
  sealStore,
  type BreakGlassRecord,
} from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Case } from '../case/case.entity';

@ObjectType({
  description:
    'Emergency access by a Centre supervisor to a sealed (closed) case, time-boxed and reviewed.',
})
export class BreakGlassSession {
  @Category(DataCategory.CORE)
  @Field(() => ID, { description: 'Identifies this break glass session across the hub (a UUID).' })
  id!: string;

  @Category(DataCategory.CORE)
  @Field(() => ID, { description: 'The case opened.' })
  caseId!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'The supervisor who opened it.' })
  supervisor!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'The written justification.' })
  justification!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'When access began.' })
  startedAt!: Date;

  @Category(DataCategory.CORE)
  @Field({ description: 'When access ends by itself.' })
  expiresAt!: Date;

  @Category(DataCategory.CORE)
  @Field(() => String, { nullable: true, description: 'The second supervisor who reviewed it.' })
  reviewedBy?: string | null;

  @Category(DataCategory.CORE)
  @Field(() => Date, { nullable: true, description: 'When it was reviewed.' })
  reviewedAt?: Date | null;

  @Category(DataCategory.CORE)
  @Field(() => String, { nullable: true, description: "The reviewer's note." })
  reviewNote?: string | null;

  @Category(DataCategory.CORE)
  @Field(() => Int, { description: 'How many access-log rows this session produced.' })
  accesses!: number;
}

export const toSession = (record: BreakGlassRecord) =>
  Object.assign(new BreakGlassSession(), record);

/** Longest a break-glass session may last, in minutes. */
const MAX_MINUTES = 240;

/**
 * Break-glass: a Centre supervisor opens a sealed case with a written justification for a limited
 * time (default one hour). Every access under it is flagged in the access log, and the session
 * stays on `breakGlassReviews` until another supervisor reviews it. Partners never.
 */
export class BreakGlassService {
  constructor(private readonly ctx: HubContext) {}

  private requireSupervisor(): void {
    if (!isCentre(this.ctx.caller) || !hasRole(this.ctx.caller, 'SUPERVISOR')) {
      throw forbidden('Only a Centre supervisor may use break-glass access.');
    }
  }

  async open(
    caseId: string,
    justification: string,
    minutes: number,
    idempotencyKey?: string | null,
  ): Promise<BreakGlassSession> {
    this.requireSupervisor();
    if (justification.trim().length < 20) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        'Write a justification of at least 20 characters.',
        { field: 'justification' },
      );
    }
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MINUTES) {
      throw new HubError(
        ErrorCode.BAD_USER_INPUT,
        `Break-glass lasts 1 to ${MAX_MINUTES} minutes.`,
        { field: 'minutes' },
      );
    }
    if (!(await this.ctx.em.findOne(Case, { id: caseId }))) {
      throw notFound('The case');
    }
    if (!(await sealStore.isSealed(this.ctx.em, caseId))) {
      throw new HubError(
        ErrorCode.NOT_SEALED,
        'This case is open to Centre staff already; break-glass is for sealed cases.',
      );
    }
    const made = await changeWithEvent(
      this.ctx,
      async (em) => {
        const id = randomUUID();
        await breakGlassStore.open(em, {
          id,
          caseId,
          supervisor: this.ctx.caller.sub,
          justification: justification.trim(),
          minutes,
        });
        return {
          result: { id },
          event: {
            type: 'BREAK_GLASS_OPENED',
            caseId,
            entityType: 'BreakGlassSession',
            entityId: id,
          },
        };
      },
      {
        key: idempotencyKey,
        operation: 'openBreakGlass',
        input: { caseId, justification, minutes },
        replay: async (_em, id) => ({ id }),
      },
    );
    return toSession((await breakGlassStore.byId(this.ctx.em, made.id))!);
  }

  async review(id: string, note: string): Promise<BreakGlassSession> {
    this.requireSupervisor();
    const row = await breakGlassStore.byId(this.ctx.em, id);
    if (!row) {
      throw notFound('The break-glass session');
    }
    if (row.supervisor === this.ctx.caller.sub) {
      throw forbidden('A second supervisor reviews break-glass use, not the one who opened it.');
    }
    if (row.reviewedBy) {
      throw new HubError(ErrorCode.ALREADY_REVIEWED, 'This session was already reviewed.');
    }
    await changeWithEvent(this.ctx, async (em) => {
      if (!(await breakGlassStore.review(em, id, this.ctx.caller.sub, note.trim()))) {
        throw new HubError(ErrorCode.ALREADY_REVIEWED, 'This session was already reviewed.');
      }
      return {
        result: undefined,
        event: {
          type: 'BREAK_GLASS_REVIEWED',
          caseId: row.caseId,
          entityType: 'BreakGlassSession',
          entityId: id,
        },
      };
    });
    return toSession((await breakGlassStore.byId(this.ctx.em, id))!);
  }

  async awaitingReview(): Promise<BreakGlassSession[]> {
    this.requireSupervisor();
    return (await breakGlassStore.awaitingReview(this.ctx.em)).map(toSession);
  }
}

@Resolver()
export class BreakGlassResolver {
  @Mutation(() => BreakGlassSession, {
    description:
      'Open a sealed case for a limited time, with a written justification (Centre supervisors).',
  })
  openBreakGlass(
    @Arg('caseId', () => ID, { description: 'The case to open in an emergency.' }) caseId: string,
    @Arg('justification', { description: 'Why access is needed; at least 20 characters.' })
    justification: string,
    @Arg('minutes', () => Int, {
      defaultValue: 60,
      description: 'How long access lasts (1–240 minutes).',
    })
    minutes: number,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<BreakGlassSession> {
    return new BreakGlassService(ctx).open(caseId, justification, minutes, idempotencyKey);
  }

  @Mutation(() => BreakGlassSession, {
    description: 'Record the review of a break-glass session by a second supervisor.',
  })
  reviewBreakGlass(
    @Arg('id', () => ID, { description: 'The break-glass session to review.' }) id: string,
    @Arg('note', { description: "The reviewer's conclusion." }) note: string,
    @Ctx() ctx: HubContext,
  ): Promise<BreakGlassSession> {
    return new BreakGlassService(ctx).review(id, note);
  }

  @Query(() => [BreakGlassSession], {
    nullable: true,
    description: 'Break-glass sessions not yet reviewed, oldest first (Centre supervisors).',
  })
  breakGlassReviews(@Ctx() ctx: HubContext): Promise<BreakGlassSession[] | null> {
    return new BreakGlassService(ctx).awaitingReview();
  }
}
