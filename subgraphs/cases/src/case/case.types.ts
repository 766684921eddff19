import { Category, DataCategory, Sex, workflow } from '@hub/common';
import { Embeddable, Enum, Property } from '@mikro-orm/postgresql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Disability, FamilyMember, HealthNeed, IdentityDocument } from '../person/person.facts';

export enum CaseStatus {
  REPORTED = 'REPORTED',
  IN_IDENTIFICATION = 'IN_IDENTIFICATION',
  IDENTIFIED = 'IDENTIFIED',
  NOT_IDENTIFIED = 'NOT_IDENTIFIED',
  IN_SUPPORT = 'IN_SUPPORT',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description:
    'Where a case stands: reported → in identification → identified / not identified → in support → closed.',
  valuesConfig: {
    REPORTED: { description: 'A report has come in; identification has not begun.' },
    IN_IDENTIFICATION: { description: 'The Centre is identifying whether the person is a victim.' },
    IDENTIFIED: {
      description: 'The Centre identified the person as a victim (or presumed victim).',
    },
    NOT_IDENTIFIED: {
      description: 'The Centre decided the person is not a victim of trafficking.',
    },
    IN_SUPPORT: { description: 'The person is receiving support under a protection plan.' },
    CLOSED: { description: 'The case is closed (see its closing reason).' },
  },
});

@ObjectType({ description: 'Basic facts about the person a case is about.' })
@Embeddable()
export class Person {
  @Category(DataCategory.IDENTITY)
  @Field(() => String, { nullable: true, description: 'Given name as the person gives it.' })
  @Property({ type: 'text', nullable: true })
  givenName?: string | null;

  @Category(DataCategory.IDENTITY)
  @Field(() => String, { nullable: true, description: 'Family name.' })
  @Property({ type: 'text', nullable: true })
  familyName?: string | null;

  @Category(DataCategory.IDENTITY)
  @Field(() => String, {
    nullable: true,
    description: 'Date of birth, ISO 8601 (YYYY-MM-DD), when known.',
  })
  @Property({ type: 'date', nullable: true })
  dateOfBirth?: string | null;

  @Category(DataCategory.IDENTITY)
  @Field(() => Sex, { nullable: true, description: 'Sex.' })
  @Enum({ items: () => Sex, nullable: true })
  sex?: Sex | null;

  @Category(DataCategory.IDENTITY)
  @Field(() => String, {
    nullable: true,
    description: 'Citizenship, ISO 3166-1 alpha-2 (e.g. "RS"), when known.',
  })
  @Property({ type: 'text', nullable: true })
  citizenship?: string | null;

  @Category(DataCategory.IDENTITY)
  @Field(() => [String], {
    nullable: true,
    description:
      'Languages the person speaks, ISO 639-1 (e.g. ["sr", "ro"]), best first; null when not recorded.',
  })
  @Property({ type: 'text[]', nullable: true })
  languages?: string[] | null;

  // Part of the home address: where the person may be found, so LOCATION (DESIGN §4).
  @Category(DataCategory.LOCATION)
  @Field(() => String, {
    nullable: true,
    description:
      'The municipality (општина) the person lives in, as written (e.g. "Ниш"), when known.',
  })
  @Property({ type: 'text', nullable: true })
  municipality?: string | null;

  @Category(DataCategory.CONTACT)
  @Field(() => String, { nullable: true, description: "The person's phone number." })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Category(DataCategory.CONTACT)
  @Field(() => String, { nullable: true, description: "The person's e-mail address." })
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Category(DataCategory.CONTACT)
  @Field(() => String, {
    nullable: true,
    description: 'Someone through whom the person can be reached (name and how), as written.',
  })
  @Property({ type: 'text', nullable: true })
  contactPerson?: string | null;

  // Every address at which the person may be found is LOCATION, the most dangerous category.
  @Category(DataCategory.LOCATION)
  @Field(() => String, {
    nullable: true,
    description: "The person's home or postal address, as written.",
  })
  @Property({ type: 'text', nullable: true })
  address?: string | null;

  @Category(DataCategory.IDENTITY)
  @Field(() => [IdentityDocument], {
    nullable: true,
    description: "The person's identity documents and who holds them; null when not recorded.",
  })
  @Property({ type: 'json', nullable: true })
  identityDocuments?: IdentityDocument[] | null;

  @Category(DataCategory.HEALTH)
  @Field(() => [HealthNeed], {
    nullable: true,
    description: 'Health and psychological needs (needs, not diagnoses); null when not recorded.',
  })
  @Property({ type: 'json', nullable: true })
  healthNeeds?: HealthNeed[] | null;

  @Category(DataCategory.HEALTH)
  @Field(() => [Disability], {
    nullable: true,
    description: 'Disabilities and the support required; null when not recorded.',
  })
  @Property({ type: 'json', nullable: true })
  disabilities?: Disability[] | null;

  @Category(DataCategory.FAMILY)
  @Field(() => [FamilyMember], {
    nullable: true,
    description:
      'Family members and children: relation, age, where they are (LOCATION), whether also at risk; null when not recorded.',
  })
  @Property({ type: 'json', nullable: true })
  familyMembers?: FamilyMember[] | null;
}

@ObjectType({
  description: 'The Centre case worker responsible for a case, with work contacts only.',
})
@Embeddable()
export class CaseWorker {
  @Category(DataCategory.CORE)
  @Field({ description: "The case worker's name." })
  @Property({ type: 'text' })
  name!: string;

  @Category(DataCategory.CORE)
  @Field(() => String, { nullable: true, description: 'Work e-mail.' })
  @Property({ type: 'text', nullable: true })
  workEmail?: string | null;

  @Category(DataCategory.CORE)
  @Field(() => String, { nullable: true, description: 'Work phone.' })
  @Property({ type: 'text', nullable: true })
  workPhone?: string | null;
}

export enum ClosingReason {
  SUPPORT_COMPLETED = 'SUPPORT_COMPLETED',
  NOT_A_VICTIM = 'NOT_A_VICTIM',
  RETURNED_HOME = 'RETURNED_HOME',
  PERSON_DECLINED_SUPPORT = 'PERSON_DECLINED_SUPPORT',
  CONTACT_LOST = 'CONTACT_LOST',
  TRANSFERRED = 'TRANSFERRED',
  DECEASED = 'DECEASED',
  OTHER = 'OTHER',
}
registerEnumType(ClosingReason, {
  name: 'ClosingReason',
  description: 'Why a case was closed.',
  valuesConfig: {
    SUPPORT_COMPLETED: { description: 'The protection plan was carried out.' },
    PERSON_DECLINED_SUPPORT: { description: 'The person no longer wants support.' },
    CONTACT_LOST: { description: 'The Centre lost contact with the person.' },
    NOT_A_VICTIM: { description: 'The identification found the person is not a victim.' },
    DECEASED: { description: 'The person died.' },
    OTHER: { description: 'Another reason, written in the closing note.' },

    RETURNED_HOME: { description: 'Voluntary return to the country of origin was completed.' },
    TRANSFERRED: { description: 'Handed over to a service abroad or another competent body.' },
  },
});

/**
 * How a case moves by hand. IDENTIFIED and NOT_IDENTIFIED are reached only by recording an
 * identification decision; CLOSED only by closing the case (with a reason), never reopened here.
 */
export const CASE_WORKFLOW = workflow<CaseStatus>('A case', {
  REPORTED: [CaseStatus.IN_IDENTIFICATION, CaseStatus.CLOSED],
  IN_IDENTIFICATION: [
    CaseStatus.IDENTIFIED,
    CaseStatus.NOT_IDENTIFIED,
    CaseStatus.IN_SUPPORT,
    CaseStatus.CLOSED,
  ],
  IDENTIFIED: [CaseStatus.IN_SUPPORT, CaseStatus.CLOSED],
  NOT_IDENTIFIED: [CaseStatus.IN_IDENTIFICATION, CaseStatus.CLOSED],
  // A presumed victim in support may be found not to be one after all.
  IN_SUPPORT: [CaseStatus.NOT_IDENTIFIED, CaseStatus.CLOSED],
  CLOSED: [],
});

@InputType({ description: 'Closing a case: why, and a short note for the file.' })
export class CloseCaseInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field(() => ClosingReason, { description: 'Why the case is closed.' })
  @IsEnum(ClosingReason)
  reason!: ClosingReason;

  @Field(() => String, { nullable: true, description: 'Required when the reason is OTHER.' })
  @IsOptional()
  @IsString()
  @Length(3, 2000)
  note?: string | null;
}
