import { AgeGroup, Sex } from '@hub/common';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

// The kinds of support are shared vocabulary (plan items in the cases subgraph name them too).
export { ServiceType } from '@hub/common';

export enum CitizenshipEligibility {
  DOMESTIC = 'DOMESTIC',
  FOREIGN = 'FOREIGN',
}
registerEnumType(CitizenshipEligibility, {
  name: 'CitizenshipEligibility',
  description: 'Whether a service is open to Serbian citizens, foreign nationals, or both.',
});

@ObjectType({ description: 'Who a service is for.' })
export class Eligibility {
  @Field(() => [AgeGroup], { description: 'Children, adults, or both.' })
  ageGroups!: AgeGroup[];

  @Field(() => [Sex], {
    description: 'The sexes served; all three when the service is open to everyone.',
  })
  sexes!: Sex[];

  @Field(() => [CitizenshipEligibility], {
    description: 'Domestic citizens, foreign nationals, or both.',
  })
  citizenship!: CitizenshipEligibility[];
}
