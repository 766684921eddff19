import { IsArray, IsDate, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

export enum HearingSupport {
  ESCORT = 'ESCORT',
  PSYCHOLOGIST = 'PSYCHOLOGIST',
  INTERPRETER = 'INTERPRETER',
  LAWYER = 'LAWYER',
}
registerEnumType(HearingSupport, {
  name: 'HearingSupport',
  description: 'Support the victim needs at a hearing.',
});

export enum ProtectiveMeasure {
  VIDEO_LINK = 'VIDEO_LINK',
  NO_CONFRONTATION = 'NO_CONFRONTATION',
  SEPARATE_WAITING_ROOM = 'SEPARATE_WAITING_ROOM',
  CLOSED_TO_PUBLIC = 'CLOSED_TO_PUBLIC',
  RECORDED_TESTIMONY = 'RECORDED_TESTIMONY',
}
registerEnumType(ProtectiveMeasure, {
  name: 'ProtectiveMeasure',
  description: 'A measure protecting the victim as a witness (e.g. testimony by video link).',
});

@InputType({ description: 'A hearing to schedule in a proceeding.' })
export class ScheduleHearingInput {
  @Field(() => ID, { description: 'The proceeding.' })
  @IsUUID()
  proceedingId!: string;

  @Field({ description: 'When the hearing takes place.' })
  @IsDate()
  scheduledAt!: Date;

  @Field({ description: 'What the hearing is for, e.g. "testimony of the injured party".' })
  @IsString()
  @Length(3, 500)
  purpose!: string;

  @Field(() => [HearingSupport], {
    defaultValue: [],
    description: 'Support the victim needs there.',
  })
  @IsArray()
  @IsEnum(HearingSupport, { each: true })
  supportNeeded!: HearingSupport[];

  @Field(() => [ProtectiveMeasure], {
    defaultValue: [],
    description: 'Protective measures ordered or requested.',
  })
  @IsArray()
  @IsEnum(ProtectiveMeasure, { each: true })
  protectiveMeasures!: ProtectiveMeasure[];

  @Field(() => String, {
    nullable: true,
    description: 'The interpreter’s language (ISO 639-1), when one is needed.',
  })
  @IsOptional()
  @IsString()
  @Length(2, 3)
  interpreterLanguage?: string | null;
}
