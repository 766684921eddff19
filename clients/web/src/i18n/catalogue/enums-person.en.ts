import type { EnumLabels } from './types';

/** Labels of the person record's enums (documents, health, family), in English. */
export const personEnumsEn: Pick<
  EnumLabels,
  'DisabilityKind' | 'DocumentHolder' | 'FamilyRelation' | 'HealthNeedKind' | 'IdentityDocumentKind'
> = {
  DisabilityKind: {
    INTELLECTUAL: 'Intellectual',
    OTHER: 'Other',
    PHYSICAL: 'Physical',
    PSYCHOSOCIAL: 'Psychosocial',
    SENSORY: 'Sensory',
  },
  DocumentHolder: {
    AUTHORITIES: 'With the authorities',
    LOST: 'Lost',
    PERSON: 'With the person',
    UNKNOWN: 'Unknown',
    WITHHELD: 'Withheld by others',
  },
  FamilyRelation: {
    CHILD: 'Child',
    FATHER: 'Father',
    GRANDPARENT: 'Grandparent',
    LEGAL_GUARDIAN: 'Legal guardian',
    MOTHER: 'Mother',
    OTHER: 'Other',
    OTHER_RELATIVE: 'Other relative',
    PARTNER: 'Partner',
    SIBLING: 'Sibling',
  },
  HealthNeedKind: {
    DENTAL: 'Dental',
    MEDICAL: 'Medical',
    OTHER: 'Other',
    PSYCHIATRIC: 'Psychiatric',
    PSYCHOLOGICAL: 'Psychological',
    REPRODUCTIVE: 'Reproductive health',
    SUBSTANCE_USE: 'Substance use',
  },
  IdentityDocumentKind: {
    BIRTH_CERTIFICATE: 'Birth certificate',
    IDENTITY_CARD: 'Identity card',
    OTHER: 'Other',
    PASSPORT: 'Passport',
    RESIDENCE_PERMIT: 'Residence permit',
    TRAVEL_DOCUMENT: 'Travel document',
  },
};
