import {
  CaseStaffOnly,
  Category,
  DataCategory,
  type HubContext,
  IdempotencyKeyArg,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import { Assessment } from './assessment.entity';
import { AssessmentService } from './assessment.service';
import { RecordAssessmentInput } from './assessment.types';

@Resolver(() => Case)
export class AssessmentResolver {
  @CaseStaffOnly()
  @Mutation(() => Assessment, {
    description:
      'Record an assessment (Centre case staff). On a case already assessed it is the next version.',
  })
  recordAssessment(
    @Arg('input', () => RecordAssessmentInput, {
      description: 'The case, the day and the findings.',
    })
    input: RecordAssessmentInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Assessment> {
    return new AssessmentService(ctx).record(input, idempotencyKey);
  }

  @Category(DataCategory.ASSESSMENT)
  @FieldResolver(() => Assessment, {
    nullable: true,
    description: 'The current assessment (the latest version); null before the first.',
  })
  async assessment(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<Assessment | null> {
    return (await new AssessmentService(ctx).forCase(kase.id)).at(-1) ?? null;
  }

  @Category(DataCategory.ASSESSMENT)
  @FieldResolver(() => [Assessment], {
    nullable: true,
    description: 'Every version of the assessment, first to latest.',
  })
  assessments(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<Assessment[]> {
    return new AssessmentService(ctx).forCase(kase.id);
  }
}
