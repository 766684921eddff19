import { registerEnumType } from 'type-graphql';

/** Shared words of the domain, used by more than one subgraph with the same values. */
export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
}
registerEnumType(Sex, { name: 'Sex', description: 'Sex as recorded at identification.' });

export enum AgeGroup {
  CHILD = 'CHILD',
  ADULT = 'ADULT',
}
registerEnumType(AgeGroup, {
  name: 'AgeGroup',
  description: 'CHILD is anyone under 18; a service states which groups it serves.',
});
