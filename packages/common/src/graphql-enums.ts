import { registerEnumType } from 'type-graphql';
import { DataCategory } from './categories';
import { AgeGroup, ServiceType, Sex } from './vocabulary';

/*
 * The shared enums as GraphQL types. Kept apart from their definitions so that the gateway and
 * the command line can use the values without loading type-graphql; the schema builder imports
 * this module, so every subgraph schema has them.
 */

registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sex as recorded at identification.',
  valuesConfig: {
    FEMALE: { description: 'Female.' },
    MALE: { description: 'Male.' },
    OTHER: { description: 'Other.' },
  },
});

registerEnumType(AgeGroup, {
  name: 'AgeGroup',
  description: 'CHILD is anyone under 18; a service states which groups it serves.',
  valuesConfig: {
    CHILD: { description: 'Under 18.' },
    ADULT: { description: '18 or older.' },
  },
});

registerEnumType(ServiceType, {
  name: 'ServiceType',
  description: 'A kind of support a provider offers.',
  valuesConfig: {
    LEGAL_AID: { description: 'Legal advice and information.' },
    LEGAL_REPRESENTATION: { description: 'A lawyer who represents the victim in proceedings.' },
    PSYCHOLOGICAL_COUNSELLING: { description: 'Psychological counselling.' },
    PSYCHOTHERAPY: { description: 'Psychotherapy.' },
    MEDICAL: { description: 'Medical care.' },
    SHELTER: { description: 'Safe accommodation.' },
    ESCORT: { description: 'Accompanying the person, e.g. to court or to a doctor.' },
    INTERPRETATION: { description: 'Interpreting and translation.' },
    TRANSPORT: { description: 'Transport.' },
    REPATRIATION: { description: 'Return to the country of origin.' },
    REINTEGRATION: { description: 'Support to rebuild life in the community.' },
    EDUCATION: { description: 'Schooling and training.' },
    EMPLOYMENT: { description: 'Help to find and keep work.' },
    FINANCIAL_HELP: { description: 'Financial help.' },
    DOCUMENTS: { description: 'Help to obtain identity and other documents.' },
    GUARDIANSHIP: { description: 'Guardianship for a child.' },
    HOTLINE: { description: 'A telephone hotline.' },
  },
});

registerEnumType(DataCategory, {
  name: 'DataCategory',
  description:
    'A category of case data that consent is given for, one per field of every case-related type.',
  valuesConfig: {
    CORE: {
      description:
        "Pseudonymous case code, status, the responsible case worker's work contact. Any active grant includes it.",
    },
    IDENTITY: {
      description: 'Names, date of birth, sex, citizenship, languages, identity documents.',
    },
    CONTACT: { description: 'Phone, e-mail and a contact person.' },
    LOCATION: {
      description:
        'Every address at which the person may be found: where they stay now (shelter or other accommodation), their home address and municipality, and where their family members are.',
    },
    EXPLOITATION: {
      description:
        'Identification decision and finding, exploitation types, means of control, recruitment.',
    },
    HEALTH: {
      description:
        'Medical and psychological information: health and psychological needs, disabilities and the support required.',
    },
    ASSESSMENT: { description: 'Risk, strength and need assessment.' },
    PLAN: { description: 'Protection plan, plan items, referrals.' },
    LEGAL: {
      description: 'Proceedings, hearings, representation, protective measures, compensation.',
    },
    FAMILY: {
      description:
        'Family members and children: relation, name, age, whether also at risk (where they are is LOCATION).',
    },
    CONFERENCE: { description: 'Case conferences, minutes and decisions.' },
  },
});
