import { workflow } from '@hub/common';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { PARTNER_CODE } from '../member/member.types';

export enum AgreementStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description:
    'ACTIVE until the day after `validUntil` (EXPIRED, derived from the dates) unless TERMINATED early.',
  valuesConfig: {
    ACTIVE: {
      description: 'In force: its period has begun and not ended, and it was not terminated.',
    },
    EXPIRED: { description: 'Its `validUntil` day has passed.' },
    TERMINATED: { description: 'Ended early by one of the parties.' },
  },
});

/** Only an active agreement is terminated; EXPIRED follows from the dates, not from a move. */
export const AGREEMENT_WORKFLOW = workflow<AgreementStatus>(
  'An agreement',
  { ACTIVE: [AgreementStatus.TERMINATED], EXPIRED: [], TERMINATED: [] },
  (from) => ({
    message: `An agreement that is ${from} cannot be terminated.`,
    details: { status: from },
  }),
);

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType({ description: 'A cooperation agreement to record.' })
export class RecordAgreementInput {
  @Field({ description: 'The partner that signed it.' })
  @Matches(PARTNER_CODE, { message: 'partnerCode must be a partner code' })
  partnerCode!: string;

  @Field({
    defaultValue: 'centre',
    description: 'The other side: the Centre ("centre", the default) or another partner.',
  })
  @Matches(PARTNER_CODE, { message: 'counterpartCode must be a partner code' })
  counterpartCode: string = 'centre';

  @Field({ description: 'The title, as written.' })
  @IsString()
  @Length(3, 300)
  title!: string;

  @Field({ description: 'The day it was signed (YYYY-MM-DD).' })
  @Matches(ISO_DATE, { message: 'signedOn must be a date YYYY-MM-DD' })
  signedOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The last day it is valid (YYYY-MM-DD); leave out when open-ended.',
  })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'validUntil must be a date YYYY-MM-DD' })
  validUntil?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The registry number or document reference.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reference?: string | null;
}

export const isIsoDate = (value: string) => ISO_DATE.test(value);
