import { Category, DataCategory } from '@hub/common';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/*
 * The facts of a person record that come as lists: identity documents (IDENTITY), health and
 * psychological needs and disabilities (HEALTH), family members and children (FAMILY, with where
 * they are as LOCATION). Each is kept as JSON on the case row and replaced whole when corrected;
 * the value it replaced stays in the person's history.
 */

export enum IdentityDocumentKind {
  PASSPORT = 'PASSPORT',
  IDENTITY_CARD = 'IDENTITY_CARD',
  BIRTH_CERTIFICATE = 'BIRTH_CERTIFICATE',
  RESIDENCE_PERMIT = 'RESIDENCE_PERMIT',
  TRAVEL_DOCUMENT = 'TRAVEL_DOCUMENT',
  OTHER = 'OTHER',
}
registerEnumType(IdentityDocumentKind, {
  name: 'IdentityDocumentKind',
  description: 'A kind of identity document.',
  valuesConfig: {
    PASSPORT: { description: 'A passport.' },
    IDENTITY_CARD: { description: 'A national identity card.' },
    BIRTH_CERTIFICATE: { description: 'A birth certificate.' },
    RESIDENCE_PERMIT: { description: 'A residence permit.' },
    TRAVEL_DOCUMENT: { description: 'A travel document (e.g. for refugees or for a return).' },
    OTHER: { description: 'Another identity document.' },
  },
});

export enum DocumentHolder {
  PERSON = 'PERSON',
  WITHHELD = 'WITHHELD',
  AUTHORITIES = 'AUTHORITIES',
  LOST = 'LOST',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(DocumentHolder, {
  name: 'DocumentHolder',
  description:
    'Who has the document now: the person, someone withholding it (an indicator), the authorities, lost, or not known.',
  valuesConfig: {
    PERSON: { description: 'The person has it.' },
    WITHHELD: {
      description: 'Someone withholds it from the person (an indicator of trafficking).',
    },
    AUTHORITIES: { description: 'The authorities hold it.' },
    LOST: { description: 'Lost or destroyed.' },
    UNKNOWN: { description: 'Not known.' },
  },
});

@ObjectType({ description: "One of the person's identity documents." })
export class IdentityDocument {
  @Category(DataCategory.IDENTITY)
  @Field(() => IdentityDocumentKind, { nullable: true, description: 'What kind of document.' })
  kind!: IdentityDocumentKind;

  @Category(DataCategory.IDENTITY)
  @Field(() => String, { nullable: true, description: 'Its number, as written on it.' })
  number?: string | null;

  @Category(DataCategory.IDENTITY)
  @Field(() => String, {
    nullable: true,
    description: 'The issuing country, ISO 3166-1 alpha-2.',
  })
  issuingCountry?: string | null;

  @Category(DataCategory.IDENTITY)
  @Field(() => String, { nullable: true, description: 'Valid until (YYYY-MM-DD), when known.' })
  validUntil?: string | null;

  @Category(DataCategory.IDENTITY)
  @Field(() => DocumentHolder, { nullable: true, description: 'Who has the document now.' })
  heldBy!: DocumentHolder;
}

export enum HealthNeedKind {
  MEDICAL = 'MEDICAL',
  PSYCHOLOGICAL = 'PSYCHOLOGICAL',
  PSYCHIATRIC = 'PSYCHIATRIC',
  REPRODUCTIVE = 'REPRODUCTIVE',
  DENTAL = 'DENTAL',
  SUBSTANCE_USE = 'SUBSTANCE_USE',
  OTHER = 'OTHER',
}
registerEnumType(HealthNeedKind, {
  name: 'HealthNeedKind',
  description: 'What kind of health or psychological need.',
  valuesConfig: {
    MEDICAL: { description: 'General medical care.' },
    PSYCHOLOGICAL: { description: 'Psychological support or counselling.' },
    PSYCHIATRIC: { description: 'Psychiatric care.' },
    REPRODUCTIVE: { description: 'Reproductive and sexual health, including pregnancy.' },
    DENTAL: { description: 'Dental care.' },
    SUBSTANCE_USE: { description: 'Treatment for alcohol or drug use.' },
    OTHER: { description: 'Another health need.' },
  },
});

@ObjectType({
  description:
    'A health or psychological need: what support the person needs, not a diagnosis (the Centre may record one).',
})
export class HealthNeed {
  @Category(DataCategory.HEALTH)
  @Field(() => HealthNeedKind, { nullable: true, description: 'What kind of need.' })
  kind!: HealthNeedKind;

  @Category(DataCategory.HEALTH)
  @Field(() => String, { nullable: true, description: 'The need, in words (e.g. "sleep").' })
  need!: string;

  @Category(DataCategory.HEALTH)
  @Field(() => String, {
    nullable: true,
    description: 'A diagnosis, only when the Centre records one; null otherwise.',
  })
  diagnosis?: string | null;
}

export enum DisabilityKind {
  PHYSICAL = 'PHYSICAL',
  SENSORY = 'SENSORY',
  INTELLECTUAL = 'INTELLECTUAL',
  PSYCHOSOCIAL = 'PSYCHOSOCIAL',
  OTHER = 'OTHER',
}
registerEnumType(DisabilityKind, {
  name: 'DisabilityKind',
  description: 'A kind of disability.',
  valuesConfig: {
    PHYSICAL: { description: 'A physical disability.' },
    SENSORY: { description: 'A sensory disability: sight or hearing.' },
    INTELLECTUAL: { description: 'An intellectual disability.' },
    PSYCHOSOCIAL: { description: 'A psychosocial disability.' },
    OTHER: { description: 'Another disability.' },
  },
});

@ObjectType({ description: 'A disability and the support the person requires with it.' })
export class Disability {
  @Category(DataCategory.HEALTH)
  @Field(() => DisabilityKind, { nullable: true, description: 'What kind of disability.' })
  kind!: DisabilityKind;

  @Category(DataCategory.HEALTH)
  @Field(() => String, {
    nullable: true,
    description: 'The support required (e.g. "sign-language interpreter").',
  })
  supportRequired?: string | null;
}

export enum FamilyRelation {
  CHILD = 'CHILD',
  MOTHER = 'MOTHER',
  FATHER = 'FATHER',
  SIBLING = 'SIBLING',
  PARTNER = 'PARTNER',
  GRANDPARENT = 'GRANDPARENT',
  OTHER_RELATIVE = 'OTHER_RELATIVE',
  LEGAL_GUARDIAN = 'LEGAL_GUARDIAN',
  OTHER = 'OTHER',
}
registerEnumType(FamilyRelation, {
  name: 'FamilyRelation',
  description:
    'How a family member is related to the person. LEGAL_GUARDIAN: the guardian a social work centre appointed for a child.',
  valuesConfig: {
    CHILD: { description: "The person's child." },
    MOTHER: { description: 'Mother.' },
    FATHER: { description: 'Father.' },
    SIBLING: { description: 'Brother or sister.' },
    PARTNER: { description: 'Spouse or intimate partner.' },
    GRANDPARENT: { description: 'Grandmother or grandfather.' },
    OTHER_RELATIVE: { description: 'Another relative.' },
    LEGAL_GUARDIAN: { description: 'The guardian a social work centre appointed for a child.' },
    OTHER: { description: 'Someone else close to the person.' },
  },
});

@ObjectType({ description: 'A family member or child of the person.' })
export class FamilyMember {
  @Category(DataCategory.FAMILY)
  @Field(() => FamilyRelation, { nullable: true, description: 'How they are related.' })
  relation!: FamilyRelation;

  @Category(DataCategory.FAMILY)
  @Field(() => String, { nullable: true, description: 'Their name, as given, when known.' })
  name?: string | null;

  @Category(DataCategory.FAMILY)
  @Field(() => Int, { nullable: true, description: 'Their age in years, when known.' })
  age?: number | null;

  // Where someone close to the person is can lead to the person: LOCATION, as their own address.
  @Category(DataCategory.LOCATION)
  @Field(() => String, {
    nullable: true,
    description: 'Where they are now, as written (needs LOCATION as well as FAMILY).',
  })
  whereabouts?: string | null;

  @Category(DataCategory.FAMILY)
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether they are also at risk (of trafficking, or of reprisals).',
  })
  alsoAtRisk!: boolean;
}
