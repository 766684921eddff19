import { DataCategory, IsDay, Sex } from '@hub/common';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
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
import { Field, InputType, Int } from 'type-graphql';
import {
  DisabilityKind,
  DocumentHolder,
  FamilyRelation,
  HealthNeedKind,
  IdentityDocumentKind,
} from './person.facts';

const COUNTRY = /^[A-Z]{2}$/;

@InputType({ description: 'An identity document.' })
export class IdentityDocumentInput {
  @Field(() => IdentityDocumentKind, { description: 'What kind of document.' })
  @IsEnum(IdentityDocumentKind)
  kind!: IdentityDocumentKind;

  @Field(() => String, { nullable: true, description: 'Its number, as written on it.' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'Issuing country, ISO 3166-1 alpha-2.' })
  @IsOptional()
  @Matches(COUNTRY, { message: 'issuingCountry must be an ISO 3166-1 alpha-2 code, e.g. RS' })
  issuingCountry?: string | null;

  @Field(() => String, { nullable: true, description: 'Valid until (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay('validUntil')
  validUntil?: string | null;

  @Field(() => DocumentHolder, {
    defaultValue: DocumentHolder.UNKNOWN,
    description: 'Who has it now.',
  })
  @IsEnum(DocumentHolder)
  heldBy: DocumentHolder = DocumentHolder.UNKNOWN;
}

@InputType({ description: 'A health or psychological need.' })
export class HealthNeedInput {
  @Field(() => HealthNeedKind, { description: 'What kind of need.' })
  @IsEnum(HealthNeedKind)
  kind!: HealthNeedKind;

  @Field({ description: 'The need, in words: what support the person needs.' })
  @IsString()
  @Length(2, 500)
  need!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A diagnosis: recorded by the Centre only, when it records one.',
  })
  @IsOptional()
  @IsString()
  @Length(2, 300)
  diagnosis?: string | null;
}

@InputType({ description: 'A disability and the support required.' })
export class DisabilityInput {
  @Field(() => DisabilityKind, { description: 'What kind of disability.' })
  @IsEnum(DisabilityKind)
  kind!: DisabilityKind;

  @Field(() => String, { nullable: true, description: 'The support required.' })
  @IsOptional()
  @IsString()
  @Length(2, 500)
  supportRequired?: string | null;
}

@InputType({ description: 'A family member or child.' })
export class FamilyMemberInput {
  @Field(() => FamilyRelation, { description: 'How they are related to the person.' })
  @IsEnum(FamilyRelation)
  relation!: FamilyRelation;

  @Field(() => String, { nullable: true, description: 'Their name, as given.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Their age in years (0–120).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  age?: number | null;

  @Field(() => String, { nullable: true, description: 'Where they are now, as written.' })
  @IsOptional()
  @IsString()
  @Length(2, 300)
  whereabouts?: string | null;

  @Field({ defaultValue: false, description: 'Whether they are also at risk.' })
  @IsBoolean()
  alsoAtRisk: boolean = false;
}

/**
 * A change to the person record: every field given is set (null clears it); a field left out
 * stays as it is. Lists are replaced whole. Each changed field is recorded in the person's
 * history with the value it replaced, and announced as an event of its category.
 */
@InputType({
  description:
    'Facts to enter or correct. A field given is set (null clears it); a field left out stays. Lists are replaced whole.',
})
export class PersonChangeInput {
  @Field(() => String, { nullable: true, description: 'Given name.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of birth, YYYY-MM-DD.' })
  @IsOptional()
  @IsDay('dateOfBirth')
  dateOfBirth?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Sex.' })
  @IsOptional()
  @IsEnum(Sex)
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: 'Citizenship, ISO 3166-1 alpha-2.' })
  @IsOptional()
  @Matches(COUNTRY, { message: 'citizenship must be an ISO 3166-1 alpha-2 code, e.g. RS' })
  citizenship?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Languages the person speaks, ISO 639-1, best first.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be ISO 639-1 codes, e.g. sr' })
  languages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The municipality, as written.' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  municipality?: string | null;

  @Field(() => String, { nullable: true, description: 'The home or postal address.' })
  @IsOptional()
  @IsString()
  @Length(3, 300)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'A phone number.' })
  @IsOptional()
  @IsString()
  @Length(3, 40)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'An e-mail address.' })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'A contact person (name and how).' })
  @IsOptional()
  @IsString()
  @Length(2, 300)
  contactPerson?: string | null;

  @Field(() => [IdentityDocumentInput], { nullable: true, description: 'Identity documents.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  identityDocuments?: IdentityDocumentInput[] | null;

  @Field(() => [HealthNeedInput], {
    nullable: true,
    description: 'Health and psychological needs.',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  healthNeeds?: HealthNeedInput[] | null;

  @Field(() => [DisabilityInput], {
    nullable: true,
    description: 'Disabilities and support required.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  disabilities?: DisabilityInput[] | null;

  @Field(() => [FamilyMemberInput], { nullable: true, description: 'Family members, children.' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  familyMembers?: FamilyMemberInput[] | null;
}

/**
 * The category of each field of the person record: what it, its events and its history entries
 * need to be seen. Family members carry their whereabouts, so their history needs LOCATION too.
 */
export const PERSON_FIELD_CATEGORY: Record<keyof PersonChangeInput, DataCategory> = {
  givenName: DataCategory.IDENTITY,
  familyName: DataCategory.IDENTITY,
  dateOfBirth: DataCategory.IDENTITY,
  sex: DataCategory.IDENTITY,
  citizenship: DataCategory.IDENTITY,
  languages: DataCategory.IDENTITY,
  identityDocuments: DataCategory.IDENTITY,
  municipality: DataCategory.LOCATION,
  address: DataCategory.LOCATION,
  phone: DataCategory.CONTACT,
  email: DataCategory.CONTACT,
  contactPerson: DataCategory.CONTACT,
  healthNeeds: DataCategory.HEALTH,
  disabilities: DataCategory.HEALTH,
  familyMembers: DataCategory.FAMILY,
};

/** Every category a history entry of `field` needs. */
export const historyCategories = (field: keyof PersonChangeInput): DataCategory[] =>
  field === 'familyMembers'
    ? [DataCategory.FAMILY, DataCategory.LOCATION]
    : [PERSON_FIELD_CATEGORY[field]];
