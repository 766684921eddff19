import { IsDay, PARTNER_CODE, ServiceType, workflow } from '@hub/common';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

export enum PlanItemStatus {
  PLANNED = 'PLANNED',
  REFERRED = 'REFERRED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PlanItemStatus, {
  name: 'PlanItemStatus',
  description:
    'PLANNED → REFERRED (to a catalogue service) → IN_PROGRESS → DONE, or CANCELLED before it is done. A declined or withdrawn referral puts the item back to PLANNED.',
  valuesConfig: {
    PLANNED: { description: 'Agreed in the plan; not yet referred or started.' },
    REFERRED: { description: 'Referred to a catalogue service; waiting for the provider.' },
    IN_PROGRESS: { description: 'The support is being given.' },
    DONE: { description: 'Done.' },
    CANCELLED: { description: 'Cancelled before it was done.' },
  },
});

export const PLAN_ITEM_WORKFLOW = workflow<PlanItemStatus>('A plan item', {
  PLANNED: [PlanItemStatus.REFERRED, PlanItemStatus.IN_PROGRESS, PlanItemStatus.CANCELLED],
  REFERRED: [PlanItemStatus.PLANNED, PlanItemStatus.IN_PROGRESS, PlanItemStatus.CANCELLED],
  IN_PROGRESS: [PlanItemStatus.DONE, PlanItemStatus.CANCELLED],
  DONE: [],
  CANCELLED: [],
});

/** Statuses in which an item is still to be done (and so can be overdue). */
export const OPEN_ITEM_STATUSES = [
  PlanItemStatus.PLANNED,
  PlanItemStatus.REFERRED,
  PlanItemStatus.IN_PROGRESS,
];

@InputType({ description: 'A plan item: which support, from whom, by when.' })
export class PlanItemInput {
  @Field({ description: 'What is to be done, in words.' })
  @IsString()
  @Length(3, 2000)
  description!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The goal it serves: its position in the plan’s goals, from 0.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  goal?: number | null;

  @Field(() => ServiceType, { nullable: true, description: 'The kind of support.' })
  @IsOptional()
  @IsEnum(ServiceType)
  serviceType?: ServiceType | null;

  @Field(() => ID, { nullable: true, description: 'The catalogue service, when chosen.' })
  @IsOptional()
  @IsUUID()
  serviceId?: string | null;

  @Field({ description: 'The partner responsible (code), e.g. "csw-beograd" or "centre".' })
  @Matches(PARTNER_CODE, { message: 'responsiblePartner must be a partner code' })
  responsiblePartner!: string;

  @Field({ description: 'Due date (YYYY-MM-DD).' })
  @IsDay('dueOn')
  dueOn!: string;
}

@InputType({
  description:
    'A new version of a case’s individual protection plan. The version before it is superseded.',
})
export class AdoptPlanInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field(() => [String], { description: 'The goals: the changes the person wants to reach.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(3, 1000, { each: true })
  goals!: string[];

  @Field(() => [PlanItemInput], { defaultValue: [], description: 'The items of the new version.' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  items!: PlanItemInput[];

  @Field({
    defaultValue: true,
    description:
      'Carry the open items (not DONE or CANCELLED) of the superseded version into this one.',
  })
  @IsBoolean()
  carryOpenItems!: boolean;
}

@InputType({ description: 'Moving a plan item on.' })
export class MovePlanItemInput {
  @Field(() => ID, { description: 'The plan item.' })
  @IsUUID()
  itemId!: string;

  @Field(() => PlanItemStatus, { description: 'The status to move to.' })
  @IsEnum(PlanItemStatus)
  status!: PlanItemStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'With REFERRED: the referral made for it (services subgraph).',
  })
  @IsOptional()
  @IsUUID()
  referralId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required with CANCELLED: why.' })
  @IsOptional()
  @IsString()
  @Length(3, 1000)
  reason?: string | null;
}
