import { registerEnumType } from 'type-graphql';

/**
 * The consent vocabulary: every field of every case-related type belongs to exactly one of these.
 * A partner sees a category of a case only while it holds an active grant that names it.
 */
export enum DataCategory {
  CORE = 'CORE',
  IDENTITY = 'IDENTITY',
  CONTACT = 'CONTACT',
  LOCATION = 'LOCATION',
  EXPLOITATION = 'EXPLOITATION',
  HEALTH = 'HEALTH',
  ASSESSMENT = 'ASSESSMENT',
  PLAN = 'PLAN',
  LEGAL = 'LEGAL',
  FAMILY = 'FAMILY',
  CONFERENCE = 'CONFERENCE',
}

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
