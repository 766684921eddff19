import {
  CaseStaffOnly,
  Category,
  connectionType,
  DataCategory,
  pageRequest,
  type Connection,
  type HubContext,
  AfterArg,
  FirstArg,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Case } from '../case/case.entity';
import { PersonChange } from './person-change.entity';
import { PersonChangeInput } from './person.input';
import { PersonService } from './person.service';

const PersonChangeConnection = connectionType('PersonChange', PersonChange, {
  totalCount: false,
  description:
    'A page of the person record’s history, oldest first: only the entries you may see (no count, which would tell of the hidden ones).',
});

@Resolver(() => Case)
export class CasePersonResolver {
  @CaseStaffOnly()
  @Mutation(() => Case, {
    description:
      'Enter or correct facts of the person record after intake (Centre case staff). Each changed field is kept in personHistory with the value it replaced; fields given with their current value change nothing.',
  })
  updatePerson(
    @Arg('caseId', () => ID, { description: 'The case whose person record changes.' })
    caseId: string,
    @Arg('input', () => PersonChangeInput, { description: 'The facts to set.' })
    input: PersonChangeInput,
    @Ctx() ctx: HubContext,
  ): Promise<Case> {
    return new PersonService(ctx).change(caseId, input);
  }

  @Category(DataCategory.CORE)
  @FieldResolver(() => [PersonChange], {
    description:
      'Changes to the person record, oldest first: only the entries whose every category you may see.',
  })
  personHistory(@Root() kase: Case, @Ctx() ctx: HubContext): Promise<PersonChange[]> {
    return new PersonService(ctx).history(kase.id);
  }

  @Category(DataCategory.CORE)
  @FieldResolver(() => PersonChangeConnection, {
    description:
      'The person record’s history a page at a time, oldest first (Relay cursors). An entry you may not see is left out, so a page may hold fewer than `first`; hasNextPage still tells whether there is more.',
  })
  personHistoryConnection(
    @Root() kase: Case,
    @Ctx() ctx: HubContext,
    @FirstArg(100) first: number,
    @AfterArg() after?: string | null,
  ): Promise<Connection<PersonChange>> {
    return new PersonService(ctx).historyPage(kase.id, pageRequest(first, after));
  }
}

@Resolver(() => PersonChange)
export class PersonChangeResolver {
  @Category(DataCategory.CORE)
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The value the change replaced, as JSON text; null when there was none. Needs the entry’s categories.',
  })
  previous(@Root() row: PersonChange, @Ctx() ctx: HubContext): Promise<string | null> {
    return new PersonService(ctx).valueOf(row, 'previous');
  }

  @Category(DataCategory.CORE)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The value set, as JSON text; null when it was cleared.',
  })
  value(@Root() row: PersonChange, @Ctx() ctx: HubContext): Promise<string | null> {
    return new PersonService(ctx).valueOf(row, 'value');
  }
}
