import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { PARTNER_CODE } from '../member/member.types';

@InputType({ description: 'A new local anti-trafficking team.' })
export class CreateLocalTeamInput {
  @Field({ description: 'The team’s name as it writes it.' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field({ description: 'The municipality or city, as written (e.g. "Ниш"); one team each.' })
  @IsString()
  @Length(2, 100)
  municipality!: string;

  @Field({ description: 'The partner that coordinates the team; it is a member too.' })
  @Matches(PARTNER_CODE, { message: 'coordinatorCode must be a partner code' })
  coordinatorCode!: string;

  @Field(() => [String], { nullable: true, description: 'Further member partners, by code.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(PARTNER_CODE, { each: true, message: 'memberCodes must be partner codes' })
  memberCodes?: string[];
}
