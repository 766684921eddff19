import { registerEnumType } from 'type-graphql';

export enum ReportChannel {
  POLICE = 'POLICE',
  HOTLINE = 'HOTLINE',
  SOCIAL_WORK_CENTRE = 'SOCIAL_WORK_CENTRE',
  NGO = 'NGO',
  CITIZEN = 'CITIZEN',
  SELF = 'SELF',
  ABROAD = 'ABROAD',
  OTHER = 'OTHER',
}
registerEnumType(ReportChannel, {
  name: 'ReportChannel',
  description: 'How a case came to the Centre.',
  valuesConfig: {
    HOTLINE: { description: "An SOS hotline, such as ASTRA's." },
    SELF: { description: 'The person reported themself.' },
    ABROAD: { description: 'A service or institution abroad.' },
  },
});
