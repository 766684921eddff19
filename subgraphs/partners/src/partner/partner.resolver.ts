import {
  connectionType,
  pageRequest,
  requireFirst,
  type HubContext,
  AfterArg,
  FirstArg,
} from '@hub/common';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Connection } from '@hub/common';
import { Partner } from './partner.entity';
import { PartnerService } from './partner.service';
import { AgencyType, PartnerSearch } from './partner.types';

const PartnerConnection = connectionType('Partner', Partner, {
  totalCount: true,
  description: 'A page of the partner directory (the directory is public: totalCount is given).',
});

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => Partner, { nullable: true, description: 'A partner by its id.' })
  partner(
    @Arg('id', () => ID, { description: 'The partner id.' }) id: string,
    @Ctx() ctx: HubContext,
  ): Promise<Partner | null> {
    return new PartnerService(ctx).byId(id);
  }

  @Query(() => Partner, {
    nullable: true,
    description: 'A partner by its stable code, e.g. "astra".',
  })
  partnerByCode(
    @Arg('code', { description: 'The partner code, as in tokens: "astra", "police-beograd".' })
    code: string,
    @Ctx() ctx: HubContext,
  ): Promise<Partner | null> {
    return new PartnerService(ctx).byCode(code);
  }

  @Query(() => [Partner], {
    description:
      'The partner directory, by name; search by agency type, municipality and words of the name.',
  })
  partners(
    @Ctx() ctx: HubContext,
    @Arg('search', () => PartnerSearch, {
      nullable: true,
      description:
        'What to look for. Its agency type and municipality take the place of the arguments of the same name.',
    })
    search: PartnerSearch | null | undefined,
    @Arg('agencyType', () => AgencyType, {
      nullable: true,
      description: 'Only partners of this agency type.',
    })
    agencyType: AgencyType | null | undefined,
    @Arg('municipality', () => String, {
      nullable: true,
      description: 'Only partners in this municipality, as written (e.g. "Ниш").',
    })
    municipality: string | null | undefined,
    @Arg('activeOnly', {
      defaultValue: true,
      description: 'Leave out partners that no longer take part.',
    })
    activeOnly: boolean,
    @FirstArg(100) first: number,
  ): Promise<Partner[]> {
    requireFirst(first);
    return new PartnerService(ctx).list({
      agencyType: search?.agencyType ?? agencyType,
      municipality: search?.municipality ?? municipality,
      text: search?.text,
      activeOnly,
      first,
    });
  }

  @Query(() => PartnerConnection, {
    description:
      'The partner directory by name, a page at a time (Relay cursors). The text is found in either script and any case: "астра", "astra" and "ASTRA" alike, "centar" finds "Центар".',
  })
  partnersConnection(
    @Ctx() ctx: HubContext,
    @Arg('search', () => PartnerSearch, {
      nullable: true,
      description: 'What to look for: agency type, municipality and words of the name or code.',
    })
    search: PartnerSearch | null | undefined,
    @Arg('activeOnly', {
      defaultValue: true,
      description: 'Leave out partners that no longer take part.',
    })
    activeOnly: boolean,
    @FirstArg(100) first: number,
    @AfterArg() after?: string | null,
  ): Promise<Connection<Partner>> {
    return new PartnerService(ctx).page(
      {
        agencyType: search?.agencyType,
        municipality: search?.municipality,
        text: search?.text,
        activeOnly,
      },
      pageRequest(first, after),
    );
  }
}
