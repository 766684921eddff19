import { IsDay, PARTNER_CODE, Sex } from '@hub/common';
import {
  IsEmail,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';

export enum ReportChannel {
  POLICE = 'POLICE',
  HOTLINE = 'HOTLINE',
  SOCIAL_WORK_CENTRE = 'SOCIAL_WORK_CENTRE',
  NGO = 'NGO',
  CITIZEN = 'CITIZEN',
  SELF = 'SELF',
  ABROAD = 'ABROAD',
  OTHER = 'OTHER',
}
registerEnumType(ReportChannel, {
  name: 'ReportChannel',
  description: 'How a case came to the Centre.',
  valuesConfig: {
    POLICE: { description: 'The police.' },
    SOCIAL_WORK_CENTRE: { description: 'A social work centre.' },
    NGO: { description: 'A non-governmental organisation.' },
    CITIZEN: { description: 'A citizen.' },
    OTHER: { description: 'Any other way.' },

    HOTLINE: { description: "An SOS hotline, such as ASTRA's." },
    SELF: { description: 'The person reported themself.' },
    ABROAD: { description: 'A service or institution abroad.' },
  },
});

export enum ReportUrgency {
  IMMEDIATE = 'IMMEDIATE',
  HIGH = 'HIGH',
  NORMAL = 'NORMAL',
}
registerEnumType(ReportUrgency, {
  name: 'ReportUrgency',
  description:
    'How fast the Centre must act. Every report is due a first contact within 24 hours; IMMEDIATE (the person is in danger now) and HIGH come first in the queue.',
  valuesConfig: {
    IMMEDIATE: { description: 'The person is in danger now.' },
    HIGH: { description: 'Urgent; before the normal queue.' },
    NORMAL: {
      description: 'No special urgency: first contact within 24 hours, like every report.',
    },
  },
});

/** The Centre's rapid-response rule: first contact within 24 hours of receiving a report. */
export const FIRST_CONTACT_WITHIN_MS = 24 * 3_600_000;

@InputType({ description: 'A report as the Centre receives it.' })
export class ReportInput {
  @Field(() => ReportChannel, { description: 'How the report came in.' })
  @IsEnum(ReportChannel)
  channel!: ReportChannel;

  @Field(() => String, {
    nullable: true,
    description: 'The code of the partner that reported, when a partner did (e.g. "astra").',
  })
  @IsOptional()
  @Matches(PARTNER_CODE, { message: 'reportingPartner must be a partner code' })
  reportingPartner?: string | null;

  @Field(() => ReportUrgency, { defaultValue: ReportUrgency.NORMAL, description: 'How urgent.' })
  @IsEnum(ReportUrgency)
  urgency: ReportUrgency = ReportUrgency.NORMAL;

  @Field({
    nullable: true,
    description: 'When the Centre received it; now when left out. Never in the future.',
  })
  @IsOptional()
  @IsDate()
  receivedAt?: Date;
}

@InputType({
  description:
    'The little that is known when a new case is reported. Every fact is optional: identification comes later.',
})
export class ReportedPersonInput {
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

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsDay('dateOfBirth')
  dateOfBirth?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Sex.' })
  @IsOptional()
  @IsEnum(Sex)
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. "RS".' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'citizenship must be an ISO 3166-1 alpha-2 code, e.g. RS' })
  citizenship?: string | null;

  @Field(() => String, { nullable: true, description: 'A phone number to reach the person.' })
  @IsOptional()
  @IsString()
  @Length(3, 40)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'An e-mail address to reach the person.' })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Someone through whom the person can be reached (name and how).',
  })
  @IsOptional()
  @IsString()
  @Length(2, 300)
  contactPerson?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The municipality the person lives in, as written (LOCATION).',
  })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  municipality?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The home or postal address, as written (LOCATION).',
  })
  @IsOptional()
  @IsString()
  @Length(3, 300)
  address?: string | null;
}

@InputType({ description: 'A new case, reported to the Centre.' })
export class ReportCaseInput {
  @Field(() => ReportInput, { description: 'How the case was reported.' })
  @ValidateNested()
  report!: ReportInput;

  @Field(() => ReportedPersonInput, { nullable: true, description: 'What is known of the person.' })
  @IsOptional()
  @ValidateNested()
  person?: ReportedPersonInput | null;

  @Field({ description: 'The Centre case worker who takes the case (their name).' })
  @IsString()
  @Length(2, 200)
  caseWorkerName!: string;
}
