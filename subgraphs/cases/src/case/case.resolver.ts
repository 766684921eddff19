import { Category, DataCategory, type HubContext } from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Report } from '../report/report.entity';
import { ReportService } from '../report/report.service';
import { Case } from './case.entity';
import { CaseService } from './case.service';
import { CaseStatus } from './case.types';

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, {
    nullable: true,
    description: 'A case by id; null when it does not exist or you may not see it.',
  })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<Case | null> {
    return new CaseService(ctx).byId(id);
  }

  @Query(() => Case, {
    nullable: true,
    description: 'A case by its pseudonymous code; null when not visible to you.',
  })
  caseByCode(@Arg('code') code: string, @Ctx() ctx: HubContext): Promise<Case | null> {
    return new CaseService(ctx).byCode(code);
  }

  @Query(() => [Case], { description: 'The cases you may see, newest first.' })
  cases(
    @Ctx() ctx: HubContext,
    @Arg('status', () => CaseStatus, { nullable: true, description: 'Only cases in this status.' })
    status?: CaseStatus | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most this many (1–500).' })
    first: number = 50,
  ): Promise<Case[]> {
    return new CaseService(ctx).list({ status, first: Math.min(Math.max(first, 1), 500) });
  }

  @Category(DataCategory.CORE)
  @FieldResolver(() => [Report], {
    description: 'The reports through which the case came in, oldest first.',
  })
  reports(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<Report[]> {
    return new ReportService(ctx).forCase(kase.id);
  }
}
