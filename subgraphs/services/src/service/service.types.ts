import { AgeGroup, DataCategory, ServiceType, Sex } from '@hub/common';
import {
  Allow,
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

// The kinds of support are shared vocabulary (plan items in the cases subgraph name them too).
export { ServiceType } from '@hub/common';

export enum CitizenshipEligibility {
  DOMESTIC = 'DOMESTIC',
  FOREIGN = 'FOREIGN',
}
registerEnumType(CitizenshipEligibility, {
  name: 'CitizenshipEligibility',
  description: 'Whether a service is open to Serbian citizens, foreign nationals, or both.',
  valuesConfig: {
    DOMESTIC: { description: 'Serbian citizens.' },
    FOREIGN: { description: 'Foreign nationals and stateless people.' },
  },
});

/**
 * Free places in words, for callers who may not learn how many people a service holds. No band
 * lets an occupancy under 11 be worked out from the published capacity.
 */
export enum AvailabilityBand {
  PLACES_FREE = 'PLACES_FREE',
  FULL = 'FULL',
  WITHHELD = 'WITHHELD',
}
registerEnumType(AvailabilityBand, {
  name: 'AvailabilityBand',
  description:
    'Free places in words: PLACES_FREE (at least one), FULL (none), or WITHHELD when the capacity is under 11, so that either answer would tell how many people the service holds (ask the Centre).',
  valuesConfig: {
    PLACES_FREE: { description: 'At least one place is free.' },
    FULL: { description: 'No place is free.' },
    WITHHELD: { description: 'Not said, because the capacity is under 11; ask the Centre.' },
  },
});

@ObjectType({ description: 'Who a service is for.' })
export class Eligibility {
  @Field(() => [AgeGroup], { description: 'Children, adults, or both.' })
  ageGroups!: AgeGroup[];

  @Field(() => [Sex], {
    description: 'The sexes served; all three when the service is open to everyone.',
  })
  sexes!: Sex[];

  @Field(() => [CitizenshipEligibility], {
    description: 'Domestic citizens, foreign nationals, or both.',
  })
  citizenship!: CitizenshipEligibility[];
}

@InputType({ description: 'Who a service is for; every list needs at least one value.' })
export class EligibilityInput {
  @Field(() => [AgeGroup], { description: 'Children, adults, or both.' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(AgeGroup, { each: true })
  ageGroups!: AgeGroup[];

  @Field(() => [Sex], { description: 'The sexes served; all three for everyone.' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(Sex, { each: true })
  sexes!: Sex[];

  @Field(() => [CitizenshipEligibility], {
    description: 'Domestic citizens, foreign nationals, or both.',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(CitizenshipEligibility, { each: true })
  citizenship!: CitizenshipEligibility[];
}

const PARTNER_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LANGUAGE_CODE = /^[a-z]{2}$/;

/** The fields a provider describes a service with; shared by create and update. */
@InputType({ description: 'The fields a provider describes a service with.' })
abstract class ServiceFields {
  @Field(() => String, {
    nullable: true,
    description: "What the service does, in the provider's words.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  description?: string | null;

  @Field(() => EligibilityInput, { nullable: true, description: 'Who the service is for.' })
  @IsOptional()
  @ValidateNested()
  eligibility?: EligibilityInput;

  @Field(() => [String], {
    nullable: true,
    description: 'Municipalities served, as written (e.g. "Ниш"), or ["*"] for the whole country.',
  })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  regions?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Languages the service is offered in, ISO 639-1 lower case (e.g. ["sr", "en"]).',
  })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(LANGUAGE_CODE, { each: true, message: 'languages must be ISO 639-1 codes such as "sr"' })
  languages?: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'How many people it can serve at once (1–100000); null when not limited.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @Field({ nullable: true, description: 'True when the service costs the person nothing.' })
  @IsOptional()
  @IsBoolean()
  free?: boolean;

  @Field(() => [DataCategory], {
    nullable: true,
    description:
      'The case data categories the provider must be granted before a referral (CORE is always included).',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(DataCategory, { each: true })
  requiredCategories?: DataCategory[];
}

@InputType({ description: 'A new service in the catalogue.' })
export class CreateServiceInput extends ServiceFields {
  @Field(() => ServiceType, { description: 'The kind of support.' })
  @IsEnum(ServiceType)
  type!: ServiceType;

  @Field(() => String, {
    nullable: true,
    description:
      "The provider's partner code; defaults to your own partner (only the Centre's administrators name another).",
  })
  @IsOptional()
  @Matches(PARTNER_CODE, { message: 'providerCode must be a partner code' })
  providerCode?: string | null;

  @Field({ description: 'The name the provider gives the service.' })
  @IsString()
  @Length(2, 200)
  name!: string;
}

@InputType({ description: 'Changes to a catalogue service; only the fields given change.' })
export class UpdateServiceInput extends ServiceFields {
  @Field({ nullable: true, description: 'The name the provider gives the service.' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  name?: string;

  @Field({ nullable: true, description: 'False to take the service out of the catalogue.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/**
 * What the catalogue's list and its connection filter by. The fields stand in the order the
 * schema has always published these arguments (last parameter first, as type-graphql read them).
 */
@ArgsType()
export class ServiceFilterArgs {
  @Field({ defaultValue: true, description: 'Leave out services no longer offered.' })
  @Allow()
  activeOnly!: boolean;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code, e.g. "en".' })
  @Allow()
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'Services offered here or country-wide.' })
  @Allow()
  region?: string | null;

  @Field(() => ServiceType, { nullable: true, description: 'Only services of this type.' })
  @Allow()
  type?: ServiceType | null;
}
