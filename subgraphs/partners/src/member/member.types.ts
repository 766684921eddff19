import { IsEmail, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

export const PARTNER_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

@InputType({ description: 'A person to add to a partner’s members (work contacts only).' })
export class AddMemberInput {
  @Field({ description: 'The partner the person works for.' })
  @Matches(PARTNER_CODE, { message: 'partnerCode must be a partner code' })
  partnerCode!: string;

  @Field({ description: 'Name, as the person writes it.' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field({ description: 'Function or position at the partner.' })
  @IsString()
  @Length(2, 200)
  position!: string;

  @Field(() => String, { nullable: true, description: 'Work e-mail (never a private one).' })
  @IsOptional()
  @IsEmail()
  @Length(3, 200)
  workEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Work phone, e.g. "+381 11 000 0000".' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()/-]{5,30}$/, { message: 'workPhone must be a phone number' })
  workPhone?: string | null;
}
