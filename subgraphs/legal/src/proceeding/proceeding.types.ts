import { IsDay, workflow } from '@hub/common';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

export enum ProceedingKind {
  CRIMINAL = 'CRIMINAL',
  MISDEMEANOUR = 'MISDEMEANOUR',
  CIVIL_COMPENSATION = 'CIVIL_COMPENSATION',
}
registerEnumType(ProceedingKind, {
  name: 'ProceedingKind',
  description: 'The kind of proceeding.',
  valuesConfig: {
    CRIMINAL: {
      description:
        'A criminal proceeding (e.g. Criminal Code art. 388, trafficking in human beings).',
    },
    MISDEMEANOUR: { description: 'A misdemeanour proceeding.' },
    CIVIL_COMPENSATION: { description: 'A civil proceeding for compensation.' },
  },
});

export enum ProceedingStage {
  PRE_INVESTIGATION = 'PRE_INVESTIGATION',
  INVESTIGATION = 'INVESTIGATION',
  INDICTMENT = 'INDICTMENT',
  TRIAL = 'TRIAL',
  FIRST_INSTANCE_JUDGMENT = 'FIRST_INSTANCE_JUDGMENT',
  APPEAL = 'APPEAL',
  FINAL = 'FINAL',
  DISCONTINUED = 'DISCONTINUED',
}
registerEnumType(ProceedingStage, {
  name: 'ProceedingStage',
  description:
    'Where a proceeding stands, from pre-investigation to a final judgment. It moves only forward (stages may be skipped); it may be DISCONTINUED from any stage before FINAL.',
  valuesConfig: {
    PRE_INVESTIGATION: { description: 'Pre-investigation by the police and prosecutor.' },
    INVESTIGATION: { description: 'Investigation led by the prosecutor.' },
    INDICTMENT: { description: 'The indictment was filed.' },
    TRIAL: { description: 'The main trial is under way.' },
    FIRST_INSTANCE_JUDGMENT: { description: 'The court of first instance has judged.' },
    APPEAL: { description: 'An appeal is being decided.' },
    FINAL: { description: 'The judgment is final.' },
    DISCONTINUED: { description: 'Discontinued before a final judgment.' },
  },
});

export enum VictimRole {
  INJURED_PARTY = 'INJURED_PARTY',
  WITNESS = 'WITNESS',
  INJURED_PARTY_AND_WITNESS = 'INJURED_PARTY_AND_WITNESS',
}
registerEnumType(VictimRole, {
  name: 'VictimRole',
  description: "The victim's role in the proceeding.",
  valuesConfig: {
    INJURED_PARTY: { description: 'The injured party (оштећени), who may claim compensation.' },
    WITNESS: { description: 'A witness.' },
    INJURED_PARTY_AND_WITNESS: { description: 'Both injured party and witness.' },
  },
});

/** The stages a proceeding passes through, in order; it may skip stages but never go back. */
export const STAGE_ORDER: readonly ProceedingStage[] = [
  ProceedingStage.PRE_INVESTIGATION,
  ProceedingStage.INVESTIGATION,
  ProceedingStage.INDICTMENT,
  ProceedingStage.TRIAL,
  ProceedingStage.FIRST_INSTANCE_JUDGMENT,
  ProceedingStage.APPEAL,
  ProceedingStage.FINAL,
];

/** Stages a proceeding does not leave. */
export const FINAL_STAGES: readonly ProceedingStage[] = [
  ProceedingStage.FINAL,
  ProceedingStage.DISCONTINUED,
];

/** Every later stage of `from` (stages may be skipped), or DISCONTINUED. */
const onwardFrom = (from: ProceedingStage): ProceedingStage[] => [
  ...STAGE_ORDER.slice(STAGE_ORDER.indexOf(from) + 1),
  ProceedingStage.DISCONTINUED,
];

/** A proceeding moves only forward or is DISCONTINUED, until it is FINAL or DISCONTINUED. */
export const PROCEEDING_WORKFLOW = workflow<ProceedingStage>(
  'A proceeding',
  {
    PRE_INVESTIGATION: onwardFrom(ProceedingStage.PRE_INVESTIGATION),
    INVESTIGATION: onwardFrom(ProceedingStage.INVESTIGATION),
    INDICTMENT: onwardFrom(ProceedingStage.INDICTMENT),
    TRIAL: onwardFrom(ProceedingStage.TRIAL),
    FIRST_INSTANCE_JUDGMENT: onwardFrom(ProceedingStage.FIRST_INSTANCE_JUDGMENT),
    APPEAL: onwardFrom(ProceedingStage.APPEAL),
    FINAL: [],
    DISCONTINUED: [],
  },
  (from, to) => ({
    message: FINAL_STAGES.includes(from)
      ? `A proceeding that is ${from} does not change stage.`
      : `A proceeding moves only forward: it cannot go from ${from} to ${to}.`,
    details: { stage: from },
  }),
);

/**
 * A Criminal Code (Кривични законик) article number as charged: 1–999, optionally with the letter
 * of an inserted article ("388", "185б", "185b").
 */
export const ARTICLE_PATTERN = /^[1-9]\d{0,2}[a-zа-ш]?$/;

@InputType({ description: 'A proceeding to record on a case.' })
export class OpenProceedingInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field(() => ProceedingKind, { description: 'Criminal, misdemeanour or civil compensation.' })
  @IsEnum(ProceedingKind)
  kind!: ProceedingKind;

  @Field(() => ProceedingStage, {
    defaultValue: ProceedingStage.PRE_INVESTIGATION,
    description:
      'The stage it has reached when recorded (a proceeding the Centre learns of late may already be at trial); not FINAL or DISCONTINUED.',
  })
  @IsEnum(ProceedingStage)
  stage!: ProceedingStage;

  @Field(() => [String], {
    defaultValue: [],
    description:
      'Criminal Code articles charged, as article numbers, e.g. ["388"]; only for criminal proceedings.',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(ARTICLE_PATTERN, {
    each: true,
    message: 'each charge must be a Criminal Code article number, e.g. "388"',
  })
  charges!: string[];

  @Field(() => String, { nullable: true, description: "The court's or prosecution's file number." })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  fileNumber?: string | null;

  @Field(() => VictimRole, { description: "The victim's role in the proceeding." })
  @IsEnum(VictimRole)
  victimRole!: VictimRole;

  @Field(() => ID, { nullable: true, description: 'The court hearing the case (a partner id).' })
  @IsOptional()
  @IsUUID()
  courtId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The public prosecution leading the case (a partner id).',
  })
  @IsOptional()
  @IsUUID()
  prosecutionId?: string | null;

  @Field(() => String, { nullable: true, description: 'When it started, YYYY-MM-DD.' })
  @IsOptional()
  @IsDay('startedOn')
  startedOn?: string | null;
}

@InputType({ description: 'A proceeding moving to a later stage, or discontinued.' })
export class AdvanceProceedingInput {
  @Field(() => ID, { description: 'The proceeding.' })
  @IsUUID()
  id!: string;

  @Field(() => ProceedingStage, {
    description: 'The stage it moves to: later than the current one, or DISCONTINUED.',
  })
  @IsEnum(ProceedingStage)
  stage!: ProceedingStage;

  @Field(() => String, {
    nullable: true,
    description: "The court's or prosecution's file number, when the new stage brings one.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  fileNumber?: string | null;
}
