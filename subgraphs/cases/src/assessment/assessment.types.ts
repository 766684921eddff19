import { Category, DataCategory, IsDay } from '@hub/common';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum AssessmentKind {
  RISK = 'RISK',
  STRENGTH = 'STRENGTH',
  NEED = 'NEED',
}
registerEnumType(AssessmentKind, {
  name: 'AssessmentKind',
  description: 'A risk to the person, a strength to build on, or a need to meet.',
  valuesConfig: {
    RISK: { description: 'A risk to the person.' },
    STRENGTH: { description: 'A strength to build on.' },
    NEED: { description: 'A need to meet.' },
  },
});

export enum AssessmentLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(AssessmentLevel, {
  name: 'AssessmentLevel',
  description: 'How high a risk or need is, or how strong a strength.',
  valuesConfig: {
    LOW: { description: 'Low.' },
    MEDIUM: { description: 'Medium.' },
    HIGH: { description: 'High.' },
  },
});

export enum AssessmentSubject {
  VICTIM = 'VICTIM',
  CHILD = 'CHILD',
  FAMILY = 'FAMILY',
  PARTNER = 'PARTNER',
  OTHER = 'OTHER',
}
registerEnumType(AssessmentSubject, {
  name: 'AssessmentSubject',
  description:
    'Whom a finding is about: the victim, their child, their family, their intimate partner, or someone else around them.',
  valuesConfig: {
    VICTIM: { description: 'The victim themself.' },
    CHILD: { description: "The victim's child." },
    FAMILY: { description: "The victim's family." },
    PARTNER: { description: "The victim's intimate partner." },
    OTHER: { description: 'Someone else around the victim.' },
  },
});

export enum AssessmentArea {
  SAFETY = 'SAFETY',
  HEALTH = 'HEALTH',
  PSYCHOLOGICAL = 'PSYCHOLOGICAL',
  HOUSING = 'HOUSING',
  INCOME = 'INCOME',
  EDUCATION = 'EDUCATION',
  EMPLOYMENT = 'EMPLOYMENT',
  LEGAL = 'LEGAL',
  DOCUMENTS = 'DOCUMENTS',
  FAMILY_RELATIONS = 'FAMILY_RELATIONS',
  SOCIAL_NETWORK = 'SOCIAL_NETWORK',
  OTHER = 'OTHER',
}
registerEnumType(AssessmentArea, {
  name: 'AssessmentArea',
  description: 'The area of life a finding concerns.',
  valuesConfig: {
    SAFETY: { description: 'Safety from the traffickers and anyone else who may harm the person.' },
    HEALTH: { description: 'Physical health.' },
    PSYCHOLOGICAL: { description: 'Psychological wellbeing.' },
    HOUSING: { description: 'A place to live.' },
    INCOME: { description: 'Money to live on.' },
    EDUCATION: { description: 'Schooling and training.' },
    EMPLOYMENT: { description: 'Work.' },
    LEGAL: { description: 'Legal matters: proceedings, status, rights.' },
    DOCUMENTS: { description: 'Identity and other documents.' },
    FAMILY_RELATIONS: { description: 'Relations with the family.' },
    SOCIAL_NETWORK: { description: 'Friends and other people the person can rely on.' },
    OTHER: { description: 'Any other area.' },
  },
});

@ObjectType({ description: 'One finding of an assessment.' })
export class AssessmentFinding {
  @Category(DataCategory.ASSESSMENT)
  @Field(() => AssessmentSubject, { nullable: true, description: 'Whom the finding is about.' })
  subject!: AssessmentSubject;

  @Category(DataCategory.ASSESSMENT)
  @Field(() => AssessmentKind, { nullable: true, description: 'Risk, strength or need.' })
  kind!: AssessmentKind;

  @Category(DataCategory.ASSESSMENT)
  @Field(() => AssessmentArea, { nullable: true, description: 'The area of life.' })
  area!: AssessmentArea;

  @Category(DataCategory.ASSESSMENT)
  @Field(() => AssessmentLevel, { nullable: true, description: 'How high or strong.' })
  level!: AssessmentLevel;

  @Category(DataCategory.ASSESSMENT)
  @Field(() => String, { nullable: true, description: 'What was found, in words.' })
  note?: string | null;
}

@InputType('AssessmentFindingInput', { description: 'One finding of an assessment.' })
export class AssessmentFindingInput {
  @Field(() => AssessmentSubject, { description: 'Whom the finding is about.' })
  @IsEnum(AssessmentSubject)
  subject!: AssessmentSubject;

  @Field(() => AssessmentKind, { description: 'Risk, strength or need.' })
  @IsEnum(AssessmentKind)
  kind!: AssessmentKind;

  @Field(() => AssessmentArea, { description: 'The area of life.' })
  @IsEnum(AssessmentArea)
  area!: AssessmentArea;

  @Field(() => AssessmentLevel, { description: 'How high or strong.' })
  @IsEnum(AssessmentLevel)
  level!: AssessmentLevel;

  @Field(() => String, { nullable: true, description: 'What was found, in words.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string | null;
}

@InputType({
  description:
    'An assessment of risks, strengths and needs. Recording one on a case that has one makes a new version; the earlier stays in the history.',
})
export class RecordAssessmentInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field({ description: 'The day of the assessment (YYYY-MM-DD).' })
  @IsDay('assessedOn')
  assessedOn!: string;

  @Field(() => [AssessmentFindingInput], { description: 'The findings, at least one.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  findings!: AssessmentFindingInput[];
}
