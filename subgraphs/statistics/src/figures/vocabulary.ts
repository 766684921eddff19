import { TOTAL, Tree } from './lattice';

/**
 * The value codes counted, as the owning subgraphs record them (the statistics subgraph reads
 * their views and shares no code with them). UNKNOWN counts what was not recorded, so every
 * single-valued breakdown adds up to its total.
 */
export const CODES = {
  channel: ['POLICE', 'HOTLINE', 'SOCIAL_WORK_CENTRE', 'NGO', 'CITIZEN', 'SELF', 'ABROAD', 'OTHER'],
  agencyType: [
    'CENTRE',
    'POLICE',
    'PROSECUTION',
    'COURT',
    'SOCIAL_WORK_CENTRE',
    'NGO',
    'HEALTH',
    'EDUCATION',
    'LABOUR_INSPECTION',
    'INTERNATIONAL_ORGANISATION',
    'EMBASSY',
    'LOCAL_TEAM',
    'GOVERNMENT',
    'NONE',
  ],
  caseStatus: [
    'REPORTED',
    'IN_IDENTIFICATION',
    'IDENTIFIED',
    'NOT_IDENTIFIED',
    'IN_SUPPORT',
    'CLOSED',
  ],
  sex: ['FEMALE', 'MALE', 'OTHER'],
  exploitationType: [
    'SEXUAL',
    'LABOUR',
    'FORCED_BEGGING',
    'FORCED_CRIMINALITY',
    'FORCED_MARRIAGE',
    'ORGAN_REMOVAL',
    'ILLEGAL_ADOPTION',
    'PORNOGRAPHY',
    'OTHER',
  ],
  scope: ['INTERNAL', 'TRANSNATIONAL'],
  meansOfControl: [
    'DEBT_BONDAGE',
    'TAKES_EARNINGS',
    'RESTRICTS_FINANCIAL_ACCESS',
    'THREATS',
    'PSYCHOLOGICAL_ABUSE',
    'PHYSICAL_ABUSE',
    'SEXUAL_ABUSE',
    'FALSE_PROMISES',
    'PSYCHOACTIVE_SUBSTANCES',
    'RESTRICTS_MOVEMENT',
    'RESTRICTS_MEDICAL_CARE',
    'EXCESSIVE_WORKING_HOURS',
    'USES_CHILDREN',
    'THREAT_OF_LAW_ENFORCEMENT',
    'WITHHOLDS_NECESSITIES',
    'WITHHOLDS_DOCUMENTS',
    'OTHER',
    'NOT_SPECIFIED',
  ],
  recruiterRelation: ['INTIMATE_PARTNER', 'FRIEND', 'FAMILY', 'OTHER', 'UNKNOWN'],
  serviceType: [
    'LEGAL_AID',
    'LEGAL_REPRESENTATION',
    'PSYCHOLOGICAL_COUNSELLING',
    'PSYCHOTHERAPY',
    'MEDICAL',
    'SHELTER',
    'ESCORT',
    'INTERPRETATION',
    'TRANSPORT',
    'REPATRIATION',
    'REINTEGRATION',
    'EDUCATION',
    'EMPLOYMENT',
    'FINANCIAL_HELP',
    'DOCUMENTS',
    'GUARDIANSHIP',
    'HOTLINE',
  ],
  planItemStatus: ['PLANNED', 'REFERRED', 'IN_PROGRESS', 'DONE', 'CANCELLED'],
  referralStatus: ['SENT', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN'],
  accommodationKind: [
    'CENTRE_SHELTER',
    'NGO_SHELTER',
    'SOCIAL_CARE_INSTITUTION',
    'FOSTER_CARE',
    'OTHER',
  ],
  returnStatus: ['REQUESTED', 'IN_PREPARATION', 'COMPLETED', 'CANCELLED'],
  residenceStatus: ['APPLIED', 'GRANTED', 'REFUSED', 'EXPIRED'],
  proceedingKind: ['CRIMINAL', 'MISDEMEANOUR', 'CIVIL_COMPENSATION'],
  proceedingStage: [
    'PRE_INVESTIGATION',
    'INVESTIGATION',
    'INDICTMENT',
    'TRIAL',
    'FIRST_INSTANCE_JUDGMENT',
    'APPEAL',
    'FINAL',
    'DISCONTINUED',
  ],
  protectiveMeasure: [
    'VIDEO_LINK',
    'NO_CONFRONTATION',
    'SEPARATE_WAITING_ROOM',
    'CLOSED_TO_PUBLIC',
    'RECORDED_TESTIMONY',
    'NONE',
  ],
  compensationStatus: ['FILED', 'GRANTED', 'PARTLY_GRANTED', 'REJECTED', 'WITHDRAWN', 'PAID'],
} as const;

export const UNKNOWN = 'UNKNOWN';

/** A flat breakdown: TOT → each code (and UNKNOWN when the value may be missing). */
export function flatTree(codes: readonly string[], withUnknown: boolean): Tree {
  const tree = new Tree(TOTAL);
  codes.forEach((code) => tree.add(code, TOTAL));
  if (withUnknown && !codes.includes(UNKNOWN)) {
    tree.add(UNKNOWN, TOTAL);
  }
  return tree;
}

/** The CTDC age bands (ageBroad), under the child/adult split. */
export const CHILD_BANDS = ['0-8', '9-17'] as const;
export const ADULT_BANDS = ['18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+'] as const;

/** Age: TOT → CHILD / ADULT / UNKNOWN → the CTDC bands (or age not known within the group). */
export function ageTree(): Tree {
  const tree = new Tree(TOTAL).add('CHILD', TOTAL).add('ADULT', TOTAL).add(UNKNOWN, TOTAL);
  [...CHILD_BANDS, 'CHILD_AGE_UNKNOWN'].forEach((band) => tree.add(band, 'CHILD'));
  [...ADULT_BANDS, 'ADULT_AGE_UNKNOWN'].forEach((band) => tree.add(band, 'ADULT'));
  return tree;
}

/** The CTDC band of an age in whole years. */
export function ageBand(age: number): string {
  const limits: [number, string][] = [
    [8, '0-8'],
    [17, '9-17'],
    [20, '18-20'],
    [23, '21-23'],
    [26, '24-26'],
    [29, '27-29'],
    [38, '30-38'],
    [47, '39-47'],
  ];
  return limits.find(([limit]) => age <= limit)?.[1] ?? '48+';
}

/**
 * The age leaf of a person: the band from the age when known; otherwise the Centre's child
 * decision says the group. The band wins when both are known (both come from the date of birth).
 */
export function ageLeaf(age: number | null, child: boolean | null): string {
  if (age !== null && age >= 0) {
    return ageBand(age);
  }
  if (child === null) {
    return UNKNOWN;
  }
  return child ? 'CHILD_AGE_UNKNOWN' : 'ADULT_AGE_UNKNOWN';
}
