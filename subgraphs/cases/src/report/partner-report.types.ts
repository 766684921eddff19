import { IsDay } from '@hub/common';
import {
  ArrayUnique,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MeansOfControl, PreliminaryResult } from '../identification/identification.types';
import { ReportChannel, ReportedPersonInput, ReportUrgency } from './report.types';

@InputType({
  description: "The preliminary identification checklist, as part of a partner's report.",
})
export class ReportChecklistInput {
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

  @Field({ description: 'When the checklist was filled in (YYYY-MM-DD), not in the future.' })
  @IsDay('assessedOn')
  assessedOn!: string;
}

@InputType({
  description:
    'A report of a possible victim, as a partner submits it. Everything but the channel is optional.',
})
export class PartnerReportInput {
  @Field(() => ReportChannel, {
    description: 'How it came to you (e.g. POLICE, HOTLINE, SOCIAL_WORK_CENTRE, NGO).',
  })
  @IsEnum(ReportChannel)
  channel!: ReportChannel;

  @Field(() => ReportUrgency, { defaultValue: ReportUrgency.NORMAL, description: 'How urgent.' })
  @IsEnum(ReportUrgency)
  urgency: ReportUrgency = ReportUrgency.NORMAL;

  @Field(() => ReportedPersonInput, { nullable: true, description: 'What you know of the person.' })
  @IsOptional()
  @ValidateNested()
  person?: ReportedPersonInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'What you observed or were told, in your words (at most 4,000 characters).',
  })
  @IsOptional()
  @IsString()
  @Length(3, 4000)
  account?: string | null;

  @Field(() => ReportChecklistInput, {
    nullable: true,
    description: 'The indicator checklist, if you filled it in.',
  })
  @IsOptional()
  @ValidateNested()
  checklist?: ReportChecklistInput | null;
}
