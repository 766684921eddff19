import { Category, DataCategory, type HubContext } from '@hub/common';
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { CaseRef } from '../case/case.ref';
import { ServiceType } from '../service/service.types';
import { MatchingService } from './matching.service';
import { ServiceMatch } from './matching.types';

/** The person's facts matching needs, fetched by the gateway from the cases subgraph. */
export const MATCHING_FACTS = 'person { dateOfBirth sex citizenship languages municipality }';

@Resolver(() => CaseRef)
export class CaseServiceMatchResolver {
  // PLAN: the list of services that fit is part of planning the person's support, and its shape
  // follows their facts.
  @Category(DataCategory.PLAN)
  @Directive(`@requires(fields: "${MATCHING_FACTS}")`)
  @FieldResolver(() => [ServiceMatch], {
    nullable: true,
    description:
      'Active catalogue services of a type that fit the person: age group (from the date of birth, today), sex, citizenship, municipality of residence, languages. A fact you may not see, or that the case does not record, excludes nothing: it is listed in `unchecked`. Services that fit every known fact come first.',
  })
  findServices(
    @Root() kase: CaseRef,
    @Arg('type', () => ServiceType, { description: 'The kind of support needed.' })
    type: ServiceType,
    @Ctx() ctx: HubContext,
  ): Promise<ServiceMatch[]> {
    return new MatchingService(ctx).find(type, kase.person ?? {});
  }
}
