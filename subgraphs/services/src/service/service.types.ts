import { AgeGroup, Sex } from '@hub/common';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** The kinds of support the catalogue lists (DESIGN §5). */
export enum ServiceType {
  LEGAL_AID = 'LEGAL_AID',
  LEGAL_REPRESENTATION = 'LEGAL_REPRESENTATION',
  PSYCHOLOGICAL_COUNSELLING = 'PSYCHOLOGICAL_COUNSELLING',
  PSYCHOTHERAPY = 'PSYCHOTHERAPY',
  MEDICAL = 'MEDICAL',
  SHELTER = 'SHELTER',
  ESCORT = 'ESCORT',
  INTERPRETATION = 'INTERPRETATION',
  TRANSPORT = 'TRANSPORT',
  REPATRIATION = 'REPATRIATION',
  REINTEGRATION = 'REINTEGRATION',
  EDUCATION = 'EDUCATION',
  EMPLOYMENT = 'EMPLOYMENT',
  FINANCIAL_HELP = 'FINANCIAL_HELP',
  DOCUMENTS = 'DOCUMENTS',
  GUARDIANSHIP = 'GUARDIANSHIP',
  HOTLINE = 'HOTLINE',
}
registerEnumType(ServiceType, {
  name: 'ServiceType',
  description: 'A kind of support a provider offers.',
});

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
