import { Category, DataCategory, refTo, type HubContext, IdempotencyKeyArg } from '@hub/common';
import { today } from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Proceeding } from '../proceeding/proceeding.entity';
import { ProceedingService } from '../proceeding/proceeding.service';
import { CaseRef } from '../case/case.ref';
import { Representation } from './representation.entity';
import { RepresentationService } from './representation.service';
import { AppointRepresentationInput, EndRepresentationInput } from './representation.types';

@Resolver(() => Representation)
export class RepresentationResolver {
  @Query(() => Representation, {
    nullable: true,
    description: 'A representation by id; null when not visible to you.',
  })
  representation(
    @Arg('id', () => ID, { description: 'The representation id.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<Representation | null> {
    return new RepresentationService(ctx).byId(id);
  }

  @Mutation(() => Representation, {
    description:
      'Appoint a lawyer for the victim, for the whole case or one proceeding (Centre case workers and supervisors). Refused with INVALID_TRANSITION while another representation of the same scope is not ended.',
  })
  appointRepresentation(
    @Arg('input', () => AppointRepresentationInput, {
      description: 'The case, the lawyer and the scope of the representation.',
    })
    input: AppointRepresentationInput,
    @IdempotencyKeyArg() idempotencyKey: string | null | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Representation> {
    return new RepresentationService(ctx).appoint(input, idempotencyKey);
  }

  @Mutation(() => Representation, {
    description:
      'End a representation (Centre case workers and supervisors); INVALID_TRANSITION when it has already ended.',
  })
  endRepresentation(
    @Arg('input', () => EndRepresentationInput, {
      description: 'The representation and when and why it ended.',
    })
    input: EndRepresentationInput,
    @Ctx() ctx: HubContext,
  ): Promise<Representation> {
    return new RepresentationService(ctx).end(input);
  }

  @Category(DataCategory.LEGAL)
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the representation is in force today.',
  })
  active(@Root() representation: Representation): boolean {
    return representation.activeOn(today());
  }

  @Category(DataCategory.LEGAL)
  @FieldResolver(() => CaseRef, {
    nullable: true,
    description: 'The case of the victim represented.',
  })
  case(@Root() representation: Representation): CaseRef {
    return refTo(CaseRef, representation.caseId)!;
  }

  @Category(DataCategory.LEGAL)
  @FieldResolver(() => Proceeding, {
    nullable: true,
    description: 'The proceeding, when the representation is for one proceeding only.',
  })
  proceeding(
    @Root() representation: Representation,
    @Ctx() ctx: HubContext,
  ): Promise<Proceeding | null> | null {
    return representation.proceeding
      ? new ProceedingService(ctx).byId(representation.proceeding.id)
      : null;
  }
}

@Resolver(() => CaseRef)
export class CaseRepresentationsResolver {
  @Category(DataCategory.LEGAL)
  @FieldResolver(() => [Representation], {
    nullable: true,
    description: "The victim's lawyers in the case, past and present, earliest first.",
  })
  representations(@Root() kase: CaseRef, @Ctx() ctx: HubContext): Promise<Representation[]> {
    return new RepresentationService(ctx).forCase(kase.id);
  }
}

@Resolver(() => Proceeding)
export class ProceedingRepresentationResolver {
  @Category(DataCategory.LEGAL)
  @FieldResolver(() => Representation, {
    nullable: true,
    description:
      "The victim's lawyer in this proceeding today: one appointed for it, else the lawyer for the whole case; null when there is none.",
  })
  representation(
    @Root() proceeding: Proceeding,
    @Ctx() ctx: HubContext,
  ): Promise<Representation | null> {
    return new RepresentationService(ctx).activeFor(proceeding);
  }
}
