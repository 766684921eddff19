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
  valuesConfig: {
    ESCORT: { description: 'Someone to accompany the victim to and from court.' },
    INTERPRETER: { description: 'An interpreter into a language the victim speaks.' },
    PSYCHOLOGIST: { description: 'A psychologist with the victim before, during and after.' },
    LAWYER: { description: "The victim's lawyer." },
  },
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
  valuesConfig: {
    VIDEO_LINK: { description: 'The victim testifies by video link.' },
    NO_CONFRONTATION: { description: 'The victim is not confronted with the accused.' },
    SEPARATE_WAITING_ROOM: { description: 'The victim waits apart from the accused.' },
    CLOSED_TO_PUBLIC: { description: 'The hearing is closed to the public.' },
    RECORDED_TESTIMONY: {
      description: "The victim's recorded testimony is used instead of testifying again.",
    },
  },
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
