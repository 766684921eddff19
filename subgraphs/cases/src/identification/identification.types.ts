import { IsDay } from '@hub/common';
import {
  ArrayMaxSize,
  ArrayUnique,
  Equals,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

/*
 * The vocabularies below follow IOM's Human Trafficking Case Data Standard (HTCDS) and the CTDC
 * data dictionary; schema/htcds-mapping.md lists the code each value maps to.
 */

export enum MeansOfControl {
  DEBT_BONDAGE = 'DEBT_BONDAGE',
  TAKES_EARNINGS = 'TAKES_EARNINGS',
  RESTRICTS_FINANCIAL_ACCESS = 'RESTRICTS_FINANCIAL_ACCESS',
  THREATS = 'THREATS',
  PSYCHOLOGICAL_ABUSE = 'PSYCHOLOGICAL_ABUSE',
  PHYSICAL_ABUSE = 'PHYSICAL_ABUSE',
  SEXUAL_ABUSE = 'SEXUAL_ABUSE',
  FALSE_PROMISES = 'FALSE_PROMISES',
  PSYCHOACTIVE_SUBSTANCES = 'PSYCHOACTIVE_SUBSTANCES',
  RESTRICTS_MOVEMENT = 'RESTRICTS_MOVEMENT',
  RESTRICTS_MEDICAL_CARE = 'RESTRICTS_MEDICAL_CARE',
  EXCESSIVE_WORKING_HOURS = 'EXCESSIVE_WORKING_HOURS',
  USES_CHILDREN = 'USES_CHILDREN',
  THREAT_OF_LAW_ENFORCEMENT = 'THREAT_OF_LAW_ENFORCEMENT',
  WITHHOLDS_NECESSITIES = 'WITHHOLDS_NECESSITIES',
  WITHHOLDS_DOCUMENTS = 'WITHHOLDS_DOCUMENTS',
  OTHER = 'OTHER',
}
registerEnumType(MeansOfControl, {
  name: 'MeansOfControl',
  description:
    'An indicator of the preliminary identification checklist: a means of control (HTCDS meansOfControl*).',
  valuesConfig: {
    DEBT_BONDAGE: { description: 'Debt bondage: a debt the person is made to work off.' },
    TAKES_EARNINGS: { description: "The trafficker takes the person's earnings." },
    RESTRICTS_FINANCIAL_ACCESS: { description: 'The person is kept from their own money.' },
    THREATS: { description: 'Threats against the person or their family.' },
    PSYCHOLOGICAL_ABUSE: { description: 'Psychological abuse.' },
    PHYSICAL_ABUSE: { description: 'Physical abuse.' },
    SEXUAL_ABUSE: { description: 'Sexual abuse.' },
    FALSE_PROMISES: { description: 'False promises, e.g. of work, pay or marriage.' },
    PSYCHOACTIVE_SUBSTANCES: { description: 'Drugs or alcohol given to control the person.' },
    RESTRICTS_MOVEMENT: { description: 'The person is confined or watched.' },
    RESTRICTS_MEDICAL_CARE: { description: 'The person is kept from medical care.' },
    EXCESSIVE_WORKING_HOURS: { description: 'Excessive working hours.' },
    USES_CHILDREN: { description: "The person's children are used to control them." },
    THREAT_OF_LAW_ENFORCEMENT: { description: 'Threats of the police, deportation or prison.' },
    WITHHOLDS_NECESSITIES: { description: 'Food, sleep or other necessities are withheld.' },
    WITHHOLDS_DOCUMENTS: { description: "The person's documents are withheld." },
    OTHER: { description: 'Another means of control.' },
  },
});

export enum PreliminaryResult {
  INDICATORS_PRESENT = 'INDICATORS_PRESENT',
  UNCLEAR = 'UNCLEAR',
  NO_INDICATORS = 'NO_INDICATORS',
}
registerEnumType(PreliminaryResult, {
  name: 'PreliminaryResult',
  description:
    'What the checklist suggests: indicators of trafficking present (go on to identification), unclear, or none.',
  valuesConfig: {
    INDICATORS_PRESENT: {
      description: 'Indicators of trafficking are present: go on to identification.',
    },
    UNCLEAR: { description: 'Not clear yet; gather more information.' },
    NO_INDICATORS: { description: 'No indicator of trafficking.' },
  },
});

export enum IdentificationDecision {
  IDENTIFIED = 'IDENTIFIED',
  PRESUMED = 'PRESUMED',
  NOT_A_VICTIM = 'NOT_A_VICTIM',
}
registerEnumType(IdentificationDecision, {
  name: 'IdentificationDecision',
  description:
    'The Centre’s professional decision: identified as a victim, presumed victim (support while identification goes on), or not a victim.',
  valuesConfig: {
    IDENTIFIED: { description: 'Identified as a victim of trafficking.' },
    PRESUMED: { description: 'Presumed victim: supported while the identification goes on.' },
    NOT_A_VICTIM: { description: 'Not a victim of trafficking.' },
  },
});

export enum ExploitationType {
  SEXUAL = 'SEXUAL',
  LABOUR = 'LABOUR',
  FORCED_BEGGING = 'FORCED_BEGGING',
  FORCED_CRIMINALITY = 'FORCED_CRIMINALITY',
  FORCED_MARRIAGE = 'FORCED_MARRIAGE',
  ORGAN_REMOVAL = 'ORGAN_REMOVAL',
  ILLEGAL_ADOPTION = 'ILLEGAL_ADOPTION',
  PORNOGRAPHY = 'PORNOGRAPHY',
  OTHER = 'OTHER',
}
registerEnumType(ExploitationType, {
  name: 'ExploitationType',
  description: 'A type of exploitation (HTCDS/CTDC isSexualExploit, isForcedLabour, …).',
  valuesConfig: {
    SEXUAL: { description: 'Sexual exploitation.' },
    LABOUR: { description: 'Forced labour.' },
    FORCED_BEGGING: { description: 'Forced begging.' },
    FORCED_CRIMINALITY: { description: 'Forced to commit crimes (theft, drug dealing, …).' },
    FORCED_MARRIAGE: { description: 'Forced marriage.' },
    ORGAN_REMOVAL: { description: 'Removal of organs.' },
    ILLEGAL_ADOPTION: { description: 'Illegal adoption.' },
    PORNOGRAPHY: { description: 'Use in pornography.' },
    OTHER: { description: 'Another form of exploitation.' },
  },
});

export enum TraffickingScope {
  INTERNAL = 'INTERNAL',
  TRANSNATIONAL = 'TRANSNATIONAL',
}
registerEnumType(TraffickingScope, {
  name: 'TraffickingScope',
  description: 'Within Serbia only, or across a border.',
  valuesConfig: {
    INTERNAL: { description: 'Within Serbia only.' },
    TRANSNATIONAL: { description: 'Across a border.' },
  },
});

export enum RecruitmentMethod {
  JOB_OFFER = 'JOB_OFFER',
  ROMANTIC_RELATIONSHIP = 'ROMANTIC_RELATIONSHIP',
  FAMILY_ARRANGEMENT = 'FAMILY_ARRANGEMENT',
  ONLINE = 'ONLINE',
  ABDUCTION = 'ABDUCTION',
  SOLD_BY_FAMILY = 'SOLD_BY_FAMILY',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(RecruitmentMethod, {
  name: 'RecruitmentMethod',
  description: 'How the person was recruited.',
  valuesConfig: {
    JOB_OFFER: { description: 'An offer of work.' },
    ROMANTIC_RELATIONSHIP: { description: 'A romantic relationship ("loverboy").' },
    FAMILY_ARRANGEMENT: { description: 'Arranged through the family, e.g. a marriage.' },
    ONLINE: { description: 'Online: social networks, chat or adverts.' },
    ABDUCTION: { description: 'Abduction.' },
    SOLD_BY_FAMILY: { description: 'Sold by the family.' },
    OTHER: { description: 'Another way.' },
    UNKNOWN: { description: 'Not known.' },
  },
});

export enum RecruiterRelation {
  INTIMATE_PARTNER = 'INTIMATE_PARTNER',
  FRIEND = 'FRIEND',
  FAMILY = 'FAMILY',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(RecruiterRelation, {
  name: 'RecruiterRelation',
  description: 'The relation of the recruiter to the person (HTCDS recruiterRelation*).',
  valuesConfig: {
    INTIMATE_PARTNER: { description: 'An intimate partner.' },
    FRIEND: { description: 'A friend or acquaintance.' },
    FAMILY: { description: 'A family member.' },
    OTHER: { description: 'Someone else.' },
    UNKNOWN: { description: 'Not known.' },
  },
});

@InputType('RecruitmentInput', { description: 'How the person was recruited.' })
export class RecruitmentInput {
  @Field(() => RecruitmentMethod, { description: 'The method of recruitment.' })
  @IsEnum(RecruitmentMethod)
  method!: RecruitmentMethod;

  @Field(() => RecruiterRelation, { description: 'The recruiter in relation to the person.' })
  @IsEnum(RecruiterRelation)
  recruiterRelation!: RecruiterRelation;
}

@InputType({ description: 'The preliminary identification checklist, as filled in.' })
export class PreliminaryIdentificationInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field(() => [MeansOfControl], { description: 'The indicators observed.' })
  @IsArray()
  @ArrayUnique()
  @IsEnum(MeansOfControl, { each: true })
  indicators!: MeansOfControl[];

  @Field(() => String, {
    nullable: true,
    description: 'Other indicators, in words; required when OTHER is ticked.',
  })
  @IsOptional()
  @IsString()
  @Length(3, 2000)
  otherIndicators?: string | null;

  @Field(() => PreliminaryResult, { description: 'What the checklist suggests.' })
  @IsEnum(PreliminaryResult)
  result!: PreliminaryResult;

  @Field({ description: 'When the checklist was filled in (YYYY-MM-DD).' })
  @IsDay('assessedOn')
  assessedOn!: string;
}

@InputType({ description: 'The formal identification decision.' })
export class IdentificationInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field(() => IdentificationDecision, { description: 'The decision.' })
  @IsEnum(IdentificationDecision)
  decision!: IdentificationDecision;

  @Field({ description: 'The date of the decision (YYYY-MM-DD).' })
  @IsDay('decidedOn')
  decidedOn!: string;

  @Field({ description: 'The finding and opinion (налаз и мишљење), as written.' })
  @IsString()
  @Length(20, 20_000)
  finding!: string;

  @Field(() => [ExploitationType], {
    description: 'Types of exploitation; at least one unless the decision is NOT_A_VICTIM.',
  })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(9)
  @IsEnum(ExploitationType, { each: true })
  exploitationTypes!: ExploitationType[];

  @Field(() => TraffickingScope, { nullable: true, description: 'Internal or transnational.' })
  @IsOptional()
  @IsEnum(TraffickingScope)
  scope?: TraffickingScope | null;

  @Field(() => RecruitmentInput, { nullable: true, description: 'How the person was recruited.' })
  @IsOptional()
  @ValidateNested()
  recruitment?: RecruitmentInput | null;

  @Field({
    description:
      'Identification is always made with the person taking part; confirm that they did (must be true).',
  })
  @IsBoolean()
  @Equals(true, { message: 'identification is made with the person taking part' })
  personParticipated!: boolean;
}
