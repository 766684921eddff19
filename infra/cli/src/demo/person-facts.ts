import {
  DisabilityKind,
  DocumentHolder,
  FamilyRelation,
  HealthNeedKind,
  IdentityDocumentKind,
} from '@hub/cases';

/**
 * The person record beyond the basics, on three cases: the child in case 3 (born 2009, reported
 * by the police) has a guardian appointed by the social work centre and a younger sister also at
 * risk; case 6 (the foreign victim) has her passport withheld, health needs and a disability;
 * case 4 her mother. All synthetic, and named so.
 */
export const DEMO_PERSON_FACTS: Record<number, Record<string, unknown>> = {
  4: {
    familyMembers: [
      {
        relation: FamilyRelation.MOTHER,
        name: 'Синтетичка мајка',
        age: 38,
        whereabouts: 'Синтетичка улица 4, Београд',
        alsoAtRisk: false,
      },
    ],
  },
  3: {
    identityDocuments: [
      {
        kind: IdentityDocumentKind.IDENTITY_CARD,
        number: 'DEMO-000003',
        issuingCountry: 'RS',
        validUntil: '2030-06-21',
        heldBy: DocumentHolder.PERSON,
      },
    ],
    healthNeeds: [
      {
        kind: HealthNeedKind.PSYCHOLOGICAL,
        need: 'Психолошка подршка (синтетички податак)',
        diagnosis: null,
      },
    ],
    familyMembers: [
      {
        relation: FamilyRelation.LEGAL_GUARDIAN,
        name: 'Синтетички старатељ, ЦСР Београд',
        age: 45,
        whereabouts: 'Центар за социјални рад Београд',
        alsoAtRisk: false,
      },
      {
        relation: FamilyRelation.SIBLING,
        name: 'Синтетичка сестра',
        age: 13,
        whereabouts: 'Синтетичка улица 3, Београд',
        alsoAtRisk: true,
      },
    ],
  },
  6: {
    identityDocuments: [
      {
        kind: IdentityDocumentKind.PASSPORT,
        number: 'DEMO-UA-000006',
        issuingCountry: 'UA',
        validUntil: '2029-05-05',
        heldBy: DocumentHolder.WITHHELD,
      },
    ],
    healthNeeds: [
      {
        kind: HealthNeedKind.MEDICAL,
        need: 'Стоматолошки преглед (синтетички податак)',
        diagnosis: null,
      },
      {
        kind: HealthNeedKind.PSYCHOLOGICAL,
        need: 'Саветовање због несанице (синтетички податак)',
        diagnosis: null,
      },
    ],
    disabilities: [
      { kind: DisabilityKind.SENSORY, supportRequired: 'Слушни апарат (синтетички податак)' },
    ],
  },
};
