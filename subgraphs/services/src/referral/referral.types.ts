import { Category, DataCategory, workflow } from '@hub/common';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum ReferralStatus {
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description:
    'SENT → ACCEPTED or DECLINED (by the provider); ACCEPTED → IN_PROGRESS → COMPLETED; the Centre may withdraw until completed.',
  valuesConfig: {
    SENT: { description: 'Sent to the provider; waiting for its answer.' },
    ACCEPTED: { description: 'The provider accepted it.' },
    DECLINED: { description: 'The provider declined it.' },
    IN_PROGRESS: { description: 'The provider is giving the service.' },
    COMPLETED: { description: 'The service was given.' },
    WITHDRAWN: { description: 'The Centre withdrew it.' },
  },
});

/** How each move is named when it is refused: the provider's answers and the Centre's withdrawal. */
const REFUSED_AS: Record<ReferralStatus, string> = {
  SENT: 'sent',
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  IN_PROGRESS: 'given progress',
  COMPLETED: 'completed',
  WITHDRAWN: 'withdrawn',
};

export const REFERRAL_WORKFLOW = workflow<ReferralStatus>(
  'A referral',
  {
    SENT: [ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.WITHDRAWN],
    // Progress notes keep a referral IN_PROGRESS; the Centre may withdraw until it is completed.
    ACCEPTED: [ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN],
    IN_PROGRESS: [ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN],
    DECLINED: [],
    COMPLETED: [],
    WITHDRAWN: [],
  },
  (from, to) => ({
    message: `A referral that is ${from} cannot be ${REFUSED_AS[to]}.`,
    details: { status: from },
  }),
);

@ObjectType({ description: 'A progress note the provider recorded on a referral.' })
export class ReferralNote {
  @Category(DataCategory.PLAN)
  @Field({ description: 'When it was recorded (ISO 8601).' })
  at!: string;

  @Category(DataCategory.PLAN)
  @Field({ description: 'Who recorded it (token subject).' })
  by!: string;

  @Category(DataCategory.PLAN)
  @Field({ description: 'The note, as written.' })
  text!: string;
}

@InputType({ description: 'A referral of a case to a catalogue service.' })
export class CreateReferralInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field(() => ID, { description: 'The catalogue service.' })
  @IsUUID()
  serviceId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The protection-plan item the referral carries out, if any.',
  })
  @IsOptional()
  @IsUUID()
  planItemId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the provider should know, in plain words.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string | null;
}
