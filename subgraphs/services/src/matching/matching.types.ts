import { Category, DataCategory } from '@hub/common';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Service } from '../service/service.entity';

/** The facts about a person that decide whether a service fits. */
export enum PersonFact {
  AGE = 'AGE',
  SEX = 'SEX',
  CITIZENSHIP = 'CITIZENSHIP',
  MUNICIPALITY = 'MUNICIPALITY',
  LANGUAGES = 'LANGUAGES',
}
registerEnumType(PersonFact, {
  name: 'PersonFact',
  description:
    'A fact about the person that service matching checks: age (from the date of birth), sex, citizenship, municipality of residence, languages.',
  valuesConfig: {
    AGE: { description: 'Age, from the date of birth.' },
    SEX: { description: 'Sex.' },
    CITIZENSHIP: { description: 'Citizenship.' },
    MUNICIPALITY: { description: 'The municipality the person lives in.' },
    LANGUAGES: { description: 'The languages the person speaks.' },
  },
});

@ObjectType({
  description:
    'A catalogue service that fits the person of a case as far as their known facts tell.',
})
export class ServiceMatch {
  @Category(DataCategory.PLAN)
  @Field(() => Service, { description: 'The service.' })
  service!: Service;

  @Category(DataCategory.PLAN)
  @Field(() => [PersonFact], {
    description:
      'Facts that could not be checked, because the case does not record them or you may not see them; empty when every criterion was checked.',
  })
  unchecked!: PersonFact[];
}
