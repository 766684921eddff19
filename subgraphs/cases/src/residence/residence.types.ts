import { IsDay, PARTNER_CODE, workflow } from '@hub/common';
import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

export enum ReturnStatus {
  REQUESTED = 'REQUESTED',
  IN_PREPARATION = 'IN_PREPARATION',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ReturnStatus, {
  name: 'ReturnStatus',
  description: 'REQUESTED → IN_PREPARATION → COMPLETED, or CANCELLED before it is completed.',
  valuesConfig: {
    REQUESTED: { description: 'The person asked to return.' },
    IN_PREPARATION: { description: 'Being prepared, with IOM: documents, travel, reception.' },
    COMPLETED: { description: 'The person has returned.' },
    CANCELLED: { description: 'Cancelled before the return.' },
  },
});

export const RETURN_WORKFLOW = workflow<ReturnStatus>('A voluntary return', {
  REQUESTED: [ReturnStatus.IN_PREPARATION, ReturnStatus.CANCELLED],
  IN_PREPARATION: [ReturnStatus.COMPLETED, ReturnStatus.CANCELLED],
  COMPLETED: [],
  CANCELLED: [],
});

export enum ResidenceStatus {
  APPLIED = 'APPLIED',
  GRANTED = 'GRANTED',
  REFUSED = 'REFUSED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ResidenceStatus, {
  name: 'ResidenceStatus',
  description:
    'Temporary residence on humanitarian grounds: APPLIED → GRANTED (extendable while valid) or REFUSED; a grant not extended becomes EXPIRED.',
  valuesConfig: {
    APPLIED: { description: 'Applied for; waiting for a decision.' },
    GRANTED: { description: 'Granted; valid until its end date.' },
    REFUSED: { description: 'Refused.' },
    EXPIRED: { description: 'Granted earlier, not extended, and past its end date.' },
  },
});

export const RESIDENCE_WORKFLOW = workflow<ResidenceStatus>('Humanitarian residence', {
  APPLIED: [ResidenceStatus.GRANTED, ResidenceStatus.REFUSED],
  GRANTED: [ResidenceStatus.GRANTED, ResidenceStatus.EXPIRED],
  REFUSED: [],
  EXPIRED: [],
});

@InputType({ description: 'A voluntary return to the country of origin, as requested.' })
export class RequestReturnInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the destination, e.g. "UA".' })
  @Matches(/^[A-Z]{2}$/, { message: 'destinationCountry must be an ISO 3166-1 alpha-2 code' })
  destinationCountry!: string;

  @Field({ description: 'The partner organising it (code), e.g. "iom".' })
  @Matches(PARTNER_CODE, { message: 'partner must be a partner code' })
  partner!: string;

  @Field(() => String, { nullable: true, description: 'Planned date (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay('plannedOn')
  plannedOn?: string | null;
}

@InputType({ description: 'Moving a voluntary return on.' })
export class MoveReturnInput {
  @Field(() => ID, { description: 'The voluntary return.' })
  @IsUUID()
  id!: string;

  @Field(() => ReturnStatus, { description: 'The status to move to.' })
  @IsEnum(ReturnStatus)
  status!: ReturnStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'With COMPLETED: the day of return (YYYY-MM-DD). With IN_PREPARATION: a new planned date.',
  })
  @IsOptional()
  @IsDay('on')
  on?: string | null;
}

@InputType({ description: 'A decision on (or an extension of) humanitarian residence.' })
export class DecideResidenceInput {
  @Field(() => ID, { description: 'The residence application.' })
  @IsUUID()
  id!: string;

  @Field(() => ResidenceStatus, { description: 'The decision.' })
  @IsEnum(ResidenceStatus)
  status!: ResidenceStatus;

  @Field({ description: 'The day of the decision (YYYY-MM-DD).' })
  @IsDay('decidedOn')
  decidedOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'With GRANTED: valid until (YYYY-MM-DD); required.',
  })
  @IsOptional()
  @IsDay('validUntil')
  validUntil?: string | null;
}
