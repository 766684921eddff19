import { registerEnumType } from 'type-graphql';
import { DataCategory } from './categories';
import { AgeGroup, ServiceType, Sex } from './vocabulary';

/*
 * The shared enums as GraphQL types. Kept apart from their definitions so that the gateway and
 * the command line can use the values without loading type-graphql; the schema builder imports
 * this module, so every subgraph schema has them.
 */

registerEnumType(Sex, { name: 'Sex', description: 'Sex as recorded at identification.' });

registerEnumType(AgeGroup, {
  name: 'AgeGroup',
  description: 'CHILD is anyone under 18; a service states which groups it serves.',
});

registerEnumType(ServiceType, {
  name: 'ServiceType',
  description: 'A kind of support a provider offers.',
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
