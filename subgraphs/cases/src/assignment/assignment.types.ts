import { IsEmail, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Giving a case to another Centre case worker.' })
export class ReassignCaseInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field({ description: 'The case worker who is responsible from now on.' })
  @IsString()
  @Length(2, 200)
  caseWorkerName!: string;

  @Field(() => String, { nullable: true, description: "The case worker's work e-mail." })
  @IsOptional()
  @IsEmail()
  workEmail?: string | null;

  @Field(() => String, { nullable: true, description: "The case worker's work phone." })
  @IsOptional()
  @IsString()
  @Length(3, 50)
  workPhone?: string | null;
}
