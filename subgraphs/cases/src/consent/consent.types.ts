import { Category, DataCategory, PARTNER_CODE } from '@hub/common';
import {
  ArrayMinSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MinLength,
} from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerRef } from '../partner/partner.ref';

export enum ConsentPurpose {
  PROTECTION_COORDINATION = 'PROTECTION_COORDINATION',
  SERVICE_DELIVERY = 'SERVICE_DELIVERY',
  CRIMINAL_PROCEEDINGS = 'CRIMINAL_PROCEEDINGS',
  SAFE_RETURN = 'SAFE_RETURN',
  GUARDIANSHIP = 'GUARDIANSHIP',
  HEALTH_CARE = 'HEALTH_CARE',
}
registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description: 'What the shared data may be used for.',
  valuesConfig: {
    PROTECTION_COORDINATION: { description: "Coordinating the person's protection and support." },
    SERVICE_DELIVERY: { description: 'Delivering a service the person was referred to.' },
    CRIMINAL_PROCEEDINGS: { description: 'Criminal proceedings against the traffickers.' },
    SAFE_RETURN: { description: 'A safe, voluntary return to the country of origin.' },
    HEALTH_CARE: { description: 'Medical and psychological care.' },
    GUARDIANSHIP: { description: "A child's guardianship by the social work centre." },
  },
});

export enum LegalBasis {
  CONSENT = 'CONSENT',
  LEGAL_OBLIGATION = 'LEGAL_OBLIGATION',
  VITAL_INTEREST = 'VITAL_INTEREST',
}
registerEnumType(LegalBasis, {
  name: 'LegalBasis',
  description:
    'Why sharing is lawful: the consent of the victim or guardian, a legal obligation, or a vital interest.',
  valuesConfig: {
    CONSENT: { description: 'The victim, or for a child the guardian, consented.' },
    LEGAL_OBLIGATION: { description: 'A law obliges the sharing; cite the provision.' },
    VITAL_INTEREST: { description: "Needed to protect the person's life or safety." },
  },
});

export enum GivenBy {
  VICTIM = 'VICTIM',
  LEGAL_GUARDIAN = 'LEGAL_GUARDIAN',
  AUTHORITY = 'AUTHORITY',
}
registerEnumType(GivenBy, {
  name: 'GivenBy',
  description:
    'Who gave the consent, or, for a legal basis other than consent, that an authority decided it.',
  valuesConfig: {
    VICTIM: { description: 'The victim gave the consent.' },
    LEGAL_GUARDIAN: { description: "A child's legal guardian gave the consent." },
    AUTHORITY: {
      description: 'An authority decided it (for a legal obligation or vital interest).',
    },
  },
});

@ObjectType({
  description: 'A recorded permission for one partner to see some categories of one case.',
})
export class ConsentGrant {
  @Category(DataCategory.CORE)
  @Field(() => ID, { description: 'Identifies this consent grant across the hub (a UUID).' })
  id!: string;

  caseId!: string;
  granteeCode!: string;

  @Category(DataCategory.CORE)
  @Field(() => PartnerRef, {
    nullable: true,
    description:
      'The partner (an organisation) the grant is to. Null (with an error) only when the partner directory cannot be reached.',
  })
  grantee!: PartnerRef;

  @Category(DataCategory.CORE)
  @Field(() => [DataCategory], {
    description: 'The categories the partner may see; always includes CORE.',
  })
  categories!: DataCategory[];

  @Category(DataCategory.CORE)
  @Field(() => ConsentPurpose, { description: 'What the data may be used for.' })
  purpose!: ConsentPurpose;

  @Category(DataCategory.CORE)
  @Field(() => LegalBasis, { description: 'Why sharing is lawful.' })
  legalBasis!: LegalBasis;

  @Category(DataCategory.CORE)
  @Field(() => String, {
    nullable: true,
    description: 'The provision cited, for LEGAL_OBLIGATION.',
  })
  legalProvision?: string | null;

  @Category(DataCategory.CORE)
  @Field(() => GivenBy, { description: 'Who gave the consent.' })
  givenBy!: GivenBy;

  @Category(DataCategory.CORE)
  @Field(() => String, {
    nullable: true,
    description: 'The authority that decided, for a basis other than consent.',
  })
  authority?: string | null;

  @Category(DataCategory.CORE)
  @Field({ description: 'From when the grant is in force.' })
  validFrom!: Date;

  @Category(DataCategory.CORE)
  @Field(() => Date, {
    nullable: true,
    description: 'Until when the grant is in force; null for no end date.',
  })
  validUntil?: Date | null;

  @Category(DataCategory.CORE)
  @Field({ description: 'Reference to the signed form or decision.' })
  evidence!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'The Centre user who recorded the grant.' })
  recordedBy!: string;

  @Category(DataCategory.CORE)
  @Field({ description: 'When it was recorded.' })
  recordedAt!: Date;

  @Category(DataCategory.CORE)
  @Field(() => Date, {
    nullable: true,
    description: 'When it was revoked; it stops applying at once, everywhere.',
  })
  revokedAt?: Date | null;

  @Category(DataCategory.CORE)
  @Field(() => String, { nullable: true, description: 'Who revoked it.' })
  revokedBy?: string | null;

  @Category(DataCategory.CORE)
  @Field(() => String, { nullable: true, description: 'Why it was revoked.' })
  revocationReason?: string | null;

  @Category(DataCategory.CORE)
  @Field({
    description: 'True while the grant is in force: within its validity period and not revoked.',
  })
  active!: boolean;
}

@InputType({
  description: 'A new consent grant. A change of scope is a revocation plus a new grant.',
})
export class GrantConsentInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field({ description: 'The code of the partner the grant is to, e.g. "astra".' })
  @Matches(PARTNER_CODE, { message: 'grantee must be a partner code' })
  grantee!: string;

  @Field(() => [DataCategory], { description: 'Categories to share; CORE is always included.' })
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(DataCategory, { each: true })
  categories!: DataCategory[];

  @Field(() => ConsentPurpose, { description: 'What the data may be used for.' })
  @IsEnum(ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => LegalBasis, { description: 'Why sharing is lawful.' })
  @IsEnum(LegalBasis)
  legalBasis!: LegalBasis;

  @Field(() => String, {
    nullable: true,
    description: 'The provision cited; required for LEGAL_OBLIGATION.',
  })
  @IsOptional()
  @IsString()
  @Length(3, 300)
  legalProvision?: string | null;

  @Field(() => GivenBy, {
    description: 'Who gave the consent (VICTIM, LEGAL_GUARDIAN), or AUTHORITY for other bases.',
  })
  @IsEnum(GivenBy)
  givenBy!: GivenBy;

  @Field(() => String, {
    nullable: true,
    description: 'The deciding authority; required unless the basis is CONSENT.',
  })
  @IsOptional()
  @IsString()
  @Length(2, 300)
  authority?: string | null;

  @Field(() => Date, { nullable: true, description: 'Start of validity; now when omitted.' })
  @IsOptional()
  @IsDate()
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of validity; open-ended when omitted.' })
  @IsOptional()
  @IsDate()
  validUntil?: Date | null;

  @Field({ description: 'Reference to the signed form or decision, e.g. a document number.' })
  @IsString()
  @MinLength(3)
  evidence!: string;
}
