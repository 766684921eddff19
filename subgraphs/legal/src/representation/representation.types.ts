import { IsDay } from '@hub/common';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A lawyer to appoint for the victim, for the case or one proceeding.' })
export class AppointRepresentationInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The proceeding, when the lawyer represents the victim in that one only.',
  })
  @IsOptional()
  @IsUUID()
  proceedingId?: string | null;

  @Field({ description: "The lawyer's name." })
  @IsString()
  @Length(2, 200)
  lawyerName!: string;

  @Field({ description: 'The code of the partner the lawyer works for, e.g. "astra".' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'partnerCode must be a partner code' })
  partnerCode!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day of the representation, YYYY-MM-DD; today when left out.',
  })
  @IsOptional()
  @IsDay('startedOn')
  startedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the power of attorney was signed, YYYY-MM-DD.',
  })
  @IsOptional()
  @IsDay('powerOfAttorneyOn')
  powerOfAttorneyOn?: string | null;
}

@InputType({ description: 'The end of a representation.' })
export class EndRepresentationInput {
  @Field(() => ID, { description: 'The representation.' })
  @IsUUID()
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The day it ends (no longer active from then), YYYY-MM-DD; today when left out.',
  })
  @IsOptional()
  @IsDay('endedOn')
  endedOn?: string | null;

  @Field({
    description: 'Why it ends, e.g. "the proceeding ended" or "the victim chose another lawyer".',
  })
  @IsString()
  @Length(3, 1000)
  reason!: string;
}
