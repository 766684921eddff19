import { IsDay, workflow } from '@hub/common';
import {
  IsEnum,
  IsInt,
  IsISO4217CurrencyCode,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

export enum CompensationForum {
  CRIMINAL_PROCEEDING = 'CRIMINAL_PROCEEDING',
  CIVIL_COURT = 'CIVIL_COURT',
  STATE_FUND = 'STATE_FUND',
  OTHER = 'OTHER',
}
registerEnumType(CompensationForum, {
  name: 'CompensationForum',
  description: 'Where a compensation claim is made.',
  valuesConfig: {
    CRIMINAL_PROCEEDING: {
      description: 'An adhesion claim of the injured party within the criminal proceeding.',
    },
    CIVIL_COURT: { description: 'A civil action for damages.' },
    STATE_FUND: { description: 'A state compensation scheme for victims of crime.' },
    OTHER: { description: 'Any other forum, e.g. an out-of-court settlement.' },
  },
});

export enum CompensationStatus {
  FILED = 'FILED',
  GRANTED = 'GRANTED',
  PARTLY_GRANTED = 'PARTLY_GRANTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  PAID = 'PAID',
}
registerEnumType(CompensationStatus, {
  name: 'CompensationStatus',
  description:
    'FILED → GRANTED, PARTLY_GRANTED or REJECTED (decided), or WITHDRAWN; GRANTED or PARTLY_GRANTED → PAID.',
  valuesConfig: {
    FILED: { description: 'Filed and waiting for a decision.' },
    GRANTED: { description: 'Granted in full, not yet paid.' },
    PARTLY_GRANTED: { description: 'Granted in part, not yet paid.' },
    REJECTED: { description: 'Rejected.' },
    PAID: { description: 'The granted amount was paid to the victim.' },
    WITHDRAWN: { description: 'Withdrawn by the victim before a decision.' },
  },
});

/** How each step is named when it is refused: deciding, withdrawing, paying. */
const REFUSED_AS: Record<CompensationStatus, string> = {
  FILED: 'filed',
  GRANTED: 'decided',
  PARTLY_GRANTED: 'decided',
  REJECTED: 'decided',
  WITHDRAWN: 'withdrawn',
  PAID: 'paid',
};

export const COMPENSATION_WORKFLOW = workflow<CompensationStatus>(
  'A compensation claim',
  {
    FILED: [
      CompensationStatus.GRANTED,
      CompensationStatus.PARTLY_GRANTED,
      CompensationStatus.REJECTED,
      CompensationStatus.WITHDRAWN,
    ],
    GRANTED: [CompensationStatus.PAID],
    PARTLY_GRANTED: [CompensationStatus.PAID],
    REJECTED: [],
    WITHDRAWN: [],
    PAID: [],
  },
  (from, to) => ({
    message: `A compensation claim that is ${from} cannot be ${REFUSED_AS[to]}.`,
    details: { status: from },
  }),
);

/** Decisions a forum can reach on a filed claim. */
export enum CompensationDecision {
  GRANTED = 'GRANTED',
  PARTLY_GRANTED = 'PARTLY_GRANTED',
  REJECTED = 'REJECTED',
}
registerEnumType(CompensationDecision, {
  name: 'CompensationDecision',
  description: 'The decision on a compensation claim.',
  valuesConfig: {
    GRANTED: { description: 'The claim was granted in full.' },
    PARTLY_GRANTED: { description: 'Part of the claim was granted.' },
    REJECTED: { description: 'The claim was rejected.' },
  },
});

/** Amounts are integers in the currency's minor unit (para for RSD, cent for EUR). */
const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;

@InputType({ description: 'A compensation claim to record as filed.' })
export class FileCompensationClaimInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The proceeding the claim is made in; required for a claim in a criminal proceeding.',
  })
  @IsOptional()
  @IsUUID()
  proceedingId?: string | null;

  @Field(() => CompensationForum, { description: 'Where the claim is made.' })
  @IsEnum(CompensationForum)
  forum!: CompensationForum;

  @Field(() => GraphQLSafeInt, {
    description: 'The amount claimed, in minor units of the currency (100 = 1.00), at least 1.',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  amountClaimed!: number;

  @Field({ description: 'The ISO 4217 currency code, e.g. "RSD" or "EUR".' })
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 currency code, e.g. "RSD"' })
  currency!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When it was filed, YYYY-MM-DD; today when left out.',
  })
  @IsOptional()
  @IsDay('filedOn')
  filedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Anything worth knowing, in plain words.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string | null;
}

@InputType({ description: 'The decision on a filed compensation claim.' })
export class DecideCompensationClaimInput {
  @Field(() => ID, { description: 'The claim.' })
  @IsUUID()
  id!: string;

  @Field(() => CompensationDecision, { description: 'Granted in full, in part, or rejected.' })
  @IsEnum(CompensationDecision)
  decision!: CompensationDecision;

  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description:
      'The amount awarded, in minor units: required for PARTLY_GRANTED (less than claimed); for GRANTED the amount claimed when left out; none for REJECTED.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  amountAwarded?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'When it was decided, YYYY-MM-DD; today when left out.',
  })
  @IsOptional()
  @IsDay('decidedOn')
  decidedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The decision's reference, e.g. the judgment's file number.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  decisionReference?: string | null;
}

@InputType({ description: 'A payment received on a granted compensation claim.' })
export class RecordCompensationPaymentInput {
  @Field(() => ID, { description: 'The claim.' })
  @IsUUID()
  id!: string;

  @Field(() => GraphQLSafeInt, {
    description: 'The amount paid, in minor units; at most the amount awarded.',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  amountPaid!: number;

  @Field(() => String, {
    nullable: true,
    description: 'When it was paid, YYYY-MM-DD; today when left out.',
  })
  @IsOptional()
  @IsDay('paidOn')
  paidOn?: string | null;
}

@InputType({ description: 'The withdrawal of a filed compensation claim.' })
export class WithdrawCompensationClaimInput {
  @Field(() => ID, { description: 'The claim.' })
  @IsUUID()
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When it was withdrawn, YYYY-MM-DD; today when left out.',
  })
  @IsOptional()
  @IsDay('withdrawnOn')
  withdrawnOn?: string | null;
}
