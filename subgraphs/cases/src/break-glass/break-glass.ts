import {
  asDate,
  changeWithEvent,
  execute,
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

export interface SessionRow {
  id: string;
  case_id: string;
  supervisor: string;
  justification: string;
  started_at: Date;
  expires_at: Date;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_note: string | null;
  accesses: string;
}

export const SELECT_SESSIONS = `select b.*, (select count(*) from hub.access_log l where l.basis = 'BREAK_GLASS:' || b.id) as accesses from hub.break_glass b`;

export const toSession = (row: SessionRow) =>
  Object.assign(new BreakGlassSession(), {
    id: row.id,
    caseId: row.case_id,
    supervisor: row.supervisor,
    justification: row.justification,
    startedAt: asDate(row.started_at)!,
    expiresAt: asDate(row.expires_at)!,
    reviewedBy: row.reviewed_by,
    reviewedAt: asDate(row.reviewed_at),
    reviewNote: row.review_note,
    accesses: Number(row.accesses),
  });

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

  private get connection() {
    return this.ctx.em.getConnection();
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
    const sealed = await this.connection.execute<{ case_id: string }[]>(
      'select case_id from hub.case_seal where case_id = ?',
      [caseId],
    );
    if (sealed.length === 0) {
      throw new HubError(
        ErrorCode.NOT_SEALED,
        'This case is open to Centre staff already; break-glass is for sealed cases.',
      );
    }
    const made = await changeWithEvent(
      this.ctx,
      async (em) => {
        const id = randomUUID();
        await execute(
          em,
          `insert into hub.break_glass (id, case_id, supervisor, justification, started_at, expires_at)
       values (?, ?, ?, ?, now(), now() + make_interval(mins => ?))`,
          [id, caseId, this.ctx.caller.sub, justification.trim(), minutes],
        );
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
    return toSession(
      (
        await this.connection.execute<SessionRow[]>(`${SELECT_SESSIONS} where b.id = ?`, [made.id])
      )[0],
    );
  }

  async review(id: string, note: string): Promise<BreakGlassSession> {
    this.requireSupervisor();
    const [row] = await this.connection.execute<SessionRow[]>(`${SELECT_SESSIONS} where b.id = ?`, [
      id,
    ]);
    if (!row) {
      throw notFound('The break-glass session');
    }
    if (row.supervisor === this.ctx.caller.sub) {
      throw forbidden('A second supervisor reviews break-glass use, not the one who opened it.');
    }
    if (row.reviewed_by) {
      throw new HubError(ErrorCode.ALREADY_REVIEWED, 'This session was already reviewed.');
    }
    await changeWithEvent(this.ctx, async (em) => {
      // The row lock decides between simultaneous reviews: the later one updates nothing.
      const { affectedRows } = (await execute(
        em,
        'update hub.break_glass set reviewed_by = ?, reviewed_at = now(), review_note = ? where id = ? and reviewed_by is null',
        [this.ctx.caller.sub, note.trim(), id],
      )) as { affectedRows: number };
      if (affectedRows !== 1) {
        throw new HubError(ErrorCode.ALREADY_REVIEWED, 'This session was already reviewed.');
      }
      return {
        result: undefined,
        event: {
          type: 'BREAK_GLASS_REVIEWED',
          caseId: row.case_id,
          entityType: 'BreakGlassSession',
          entityId: id,
        },
      };
    });
    return toSession(
      (await this.connection.execute<SessionRow[]>(`${SELECT_SESSIONS} where b.id = ?`, [id]))[0],
    );
  }

  async awaitingReview(): Promise<BreakGlassSession[]> {
    this.requireSupervisor();
    const rows = await this.connection.execute<SessionRow[]>(
      `${SELECT_SESSIONS} where b.reviewed_by is null order by b.started_at`,
    );
    return rows.map(toSession);
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
