import { demoCaseId } from './cases';
import { demoId } from './ids';

const DAY = 86_400_000;

interface DemoGrant {
  key: string;
  caseN: number;
  grantee: string;
  categories: string[];
  purpose: string;
  legalBasis: 'CONSENT' | 'LEGAL_OBLIGATION' | 'VITAL_INTEREST';
  legalProvision?: string;
  givenBy: 'VICTIM' | 'LEGAL_GUARDIAN' | 'AUTHORITY';
  authority?: string;
  /** Days from now; negative is in the past. */
  from: number;
  until?: number;
  revoked?: string;
}

/** Demo grants of different scopes; one revoked and one expired, as DESIGN §7 asks. */
export const DEMO_GRANTS: DemoGrant[] = [
  {
    key: 'police-3',
    caseN: 3,
    grantee: 'police-beograd',
    categories: ['CORE', 'IDENTITY', 'EXPLOITATION'],
    purpose: 'CRIMINAL_PROCEEDINGS',
    legalBasis: 'LEGAL_OBLIGATION',
    legalProvision: 'ЗКП чл. 282 (synthetic citation)',
    givenBy: 'AUTHORITY',
    authority: 'Више јавно тужилаштво у Београду',
    from: -3,
  },
  {
    key: 'csw-4',
    caseN: 4,
    grantee: 'csw-beograd',
    categories: ['CORE', 'IDENTITY', 'CONTACT', 'FAMILY', 'ASSESSMENT', 'PLAN'],
    purpose: 'PROTECTION_COORDINATION',
    legalBasis: 'CONSENT',
    givenBy: 'LEGAL_GUARDIAN',
    from: -18,
  },
  {
    key: 'prosecution-4',
    caseN: 4,
    grantee: 'prosecution-beograd',
    categories: ['CORE', 'IDENTITY', 'LEGAL'],
    purpose: 'CRIMINAL_PROCEEDINGS',
    legalBasis: 'LEGAL_OBLIGATION',
    legalProvision: 'ЗКП чл. 50 (synthetic citation)',
    givenBy: 'AUTHORITY',
    authority: 'Виши суд у Београду',
    from: -15,
  },
  {
    key: 'court-4',
    caseN: 4,
    grantee: 'court-beograd',
    categories: ['CORE', 'LEGAL'],
    purpose: 'CRIMINAL_PROCEEDINGS',
    legalBasis: 'LEGAL_OBLIGATION',
    legalProvision: 'ЗКП чл. 102 (synthetic citation)',
    givenBy: 'AUTHORITY',
    authority: 'Виши суд у Београду',
    from: -15,
  },
  {
    key: 'atina-6',
    caseN: 6,
    grantee: 'atina',
    categories: ['CORE', 'IDENTITY', 'CONTACT', 'LOCATION', 'HEALTH', 'ASSESSMENT', 'PLAN'],
    purpose: 'SERVICE_DELIVERY',
    legalBasis: 'CONSENT',
    givenBy: 'VICTIM',
    from: -80,
  },
  {
    key: 'astra-6',
    caseN: 6,
    grantee: 'astra',
    categories: ['CORE', 'IDENTITY', 'EXPLOITATION', 'LEGAL'],
    purpose: 'CRIMINAL_PROCEEDINGS',
    legalBasis: 'CONSENT',
    givenBy: 'VICTIM',
    from: -60,
  },
  {
    key: 'iom-6-expired',
    caseN: 6,
    grantee: 'iom',
    categories: ['CORE', 'IDENTITY', 'CONTACT'],
    purpose: 'SAFE_RETURN',
    legalBasis: 'CONSENT',
    givenBy: 'VICTIM',
    from: -70,
    until: -10,
  },
  {
    key: 'astra-7-revoked',
    caseN: 7,
    grantee: 'astra',
    categories: ['CORE', 'IDENTITY', 'HEALTH'],
    purpose: 'SERVICE_DELIVERY',
    legalBasis: 'CONSENT',
    givenBy: 'VICTIM',
    from: -100,
    revoked: 'The person withdrew consent (synthetic).',
  },
  {
    key: 'iom-7',
    caseN: 7,
    grantee: 'iom',
    categories: ['CORE', 'IDENTITY', 'CONTACT', 'PLAN'],
    purpose: 'SAFE_RETURN',
    legalBasis: 'CONSENT',
    givenBy: 'VICTIM',
    from: -90,
  },
  {
    key: 'police-8',
    caseN: 8,
    grantee: 'police-beograd',
    categories: ['CORE', 'IDENTITY', 'EXPLOITATION', 'LEGAL'],
    purpose: 'CRIMINAL_PROCEEDINGS',
    legalBasis: 'LEGAL_OBLIGATION',
    legalProvision: 'ЗКП чл. 286 (synthetic citation)',
    givenBy: 'AUTHORITY',
    authority: 'Више јавно тужилаштво у Београду',
    from: -150,
  },
];

/** Case numbers of demo cases that are closed and so sealed. */
export const DEMO_SEALED_CASES = [9];

export function demoGrantRows(now = Date.now()) {
  return DEMO_GRANTS.map((grant) => ({
    id: demoId('grant', grant.key),
    caseId: demoCaseId(grant.caseN),
    grantee: grant.grantee,
    categories: grant.categories,
    purpose: grant.purpose,
    legalBasis: grant.legalBasis,
    legalProvision: grant.legalProvision ?? null,
    givenBy: grant.givenBy,
    authority: grant.authority ?? null,
    validFrom: new Date(now + grant.from * DAY).toISOString(),
    validUntil: grant.until === undefined ? null : new Date(now + grant.until * DAY).toISOString(),
    evidence: `DEMO-SAGLASNOST-${grant.key}`,
    revoked: grant.revoked ?? null,
  }));
}
