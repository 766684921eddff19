import { IsDay, PARTNER_CODE } from '@hub/common';
import { IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

export enum AccommodationKind {
  CENTRE_SHELTER = 'CENTRE_SHELTER',
  NGO_SHELTER = 'NGO_SHELTER',
  SOCIAL_CARE_INSTITUTION = 'SOCIAL_CARE_INSTITUTION',
  FOSTER_CARE = 'FOSTER_CARE',
  OTHER = 'OTHER',
}
registerEnumType(AccommodationKind, {
  name: 'AccommodationKind',
  description:
    'Where a person is accommodated: the Centre’s Shelter (in phases 1–3), an NGO shelter, a social care institution, foster care, or elsewhere.',
  valuesConfig: {
    CENTRE_SHELTER: { description: "The Centre's own Shelter for women and girls (phases 1–3)." },
    NGO_SHELTER: { description: 'A shelter run by an NGO.' },
    SOCIAL_CARE_INSTITUTION: {
      description: 'A social care institution, such as a home for children.',
    },
    FOSTER_CARE: { description: 'A foster family, placed by the social work centre.' },
    OTHER: { description: 'Any other accommodation, such as with relatives.' },
  },
});

@InputType({ description: 'Placing a person in accommodation.' })
export class PlaceInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field({ description: 'The provider partner (code), e.g. "centre" for the Centre’s Shelter.' })
  @Matches(PARTNER_CODE, { message: 'provider must be a partner code' })
  provider!: string;

  @Field(() => AccommodationKind, { description: 'The kind of accommodation.' })
  @IsEnum(AccommodationKind)
  kind!: AccommodationKind;

  @Field(() => Int, {
    nullable: true,
    description: 'The Shelter phase (1–3); only, and always, for CENTRE_SHELTER.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3)
  phase?: number | null;

  @Field({ description: 'From this day (YYYY-MM-DD). A current placement ends that day.' })
  @IsDay('from')
  from!: string;
}
