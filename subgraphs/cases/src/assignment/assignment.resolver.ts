import { Category, DataCategory, SupervisorOnly, type HubContext } from '@hub/common';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import { CaseWorkerAssignment } from './assignment.entity';
import { AssignmentService } from './assignment.service';
import { ReassignCaseInput } from './assignment.types';

@Resolver(() => Case)
export class AssignmentResolver {
  @SupervisorOnly()
  @Mutation(() => Case, {
    description:
      'Give an open case to another Centre case worker (Centre supervisors). The case then shows the new case worker; Case.caseWorkerHistory records who made the change and when.',
  })
  reassignCase(
    @Arg('input', () => ReassignCaseInput, {
      description: 'The case and its new responsible case worker.',
    })
    input: ReassignCaseInput,
    @Ctx() ctx: HubContext,
  ): Promise<Case> {
    return new AssignmentService(ctx).reassign(input);
  }

  @Category(DataCategory.CORE)
  @FieldResolver(() => [CaseWorkerAssignment], {
    nullable: true,
    description:
      'Who was made responsible for the case, by whom and when, oldest first (Centre case staff only; null for others).',
  })
  caseWorkerHistory(
    @Root() kase: Case,
    @Ctx() ctx: HubContext,
  ): Promise<CaseWorkerAssignment[] | null> {
    return new AssignmentService(ctx).history(kase.id);
  }
}
