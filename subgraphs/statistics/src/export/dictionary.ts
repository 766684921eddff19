import { QUASI_IDENTIFIERS } from './k-anonymity';

const MEANS_OF_CONTROL: [string, string][] = [
  ['DEBT_BONDAGE', 'meansOfControlDebtBondage'],
  ['TAKES_EARNINGS', 'meansOfControlTakesEarnings'],
  ['RESTRICTS_FINANCIAL_ACCESS', 'meansOfControlRestrictsFinancialAccess'],
  ['THREATS', 'meansOfControlThreats'],
  ['PSYCHOLOGICAL_ABUSE', 'meansOfControlPsychologicalAbuse'],
  ['PHYSICAL_ABUSE', 'meansOfControlPhysicalAbuse'],
  ['SEXUAL_ABUSE', 'meansOfControlSexualAbuse'],
  ['FALSE_PROMISES', 'meansOfControlFalsePromises'],
  ['PSYCHOACTIVE_SUBSTANCES', 'meansOfControlPsychoactiveSubstances'],
  ['RESTRICTS_MOVEMENT', 'meansOfControlRestrictsMovement'],
  ['RESTRICTS_MEDICAL_CARE', 'meansOfControlRestrictsMedicalCare'],
  ['EXCESSIVE_WORKING_HOURS', 'meansOfControlExcessiveWorkingHours'],
  ['USES_CHILDREN', 'meansOfControlUsesChildren'],
  ['THREAT_OF_LAW_ENFORCEMENT', 'meansOfControlThreatOfLawEnforcement'],
  ['WITHHOLDS_NECESSITIES', 'meansOfControlWithholdsNecessities'],
  ['WITHHOLDS_DOCUMENTS', 'meansOfControlWithholdsDocuments'],
  ['OTHER', 'meansOfControlOther'],
];
const RECRUITER: [string, string][] = [
  ['INTIMATE_PARTNER', 'recruiterRelationIntimatePartner'],
  ['FRIEND', 'recruiterRelationFriend'],
  ['FAMILY', 'recruiterRelationFamily'],
  ['OTHER', 'recruiterRelationOther'],
  ['UNKNOWN', 'recruiterRelationUnknown'],
];
/** HTCDS referral source of the case's first report channel (schema/htcds-mapping.md). */
const REFERRAL_SOURCE: Record<string, string> = {
  SELF: 'Self-referral',
  POLICE: 'Law enforcement',
  NGO: 'NGO',
  HOTLINE: 'NGO',
  SOCIAL_WORK_CENTRE: 'Public social services',
  ABROAD: 'Foreign authority',
  CITIZEN: 'Other',
  OTHER: 'Other',
};

/** The facts of one exported victim besides the quasi-identifiers. */
export interface SensitiveFacts {
  meansOfControl: readonly string[];
  recruiterRelation: string | null;
  recruitmentMethod: string | null;
  referralChannel: string | null;
}

export function sensitiveColumns(facts: SensitiveFacts): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const [code, column] of MEANS_OF_CONTROL) {
    columns[column] = facts.meansOfControl.includes(code) ? '1' : '0';
  }
  columns.meansOfControlNotSpecified = facts.meansOfControl.length === 0 ? '1' : '0';
  for (const [code, column] of RECRUITER) {
    columns[column] = (facts.recruiterRelation ?? 'UNKNOWN') === code ? '1' : '0';
  }
  columns.isAbduction = facts.recruitmentMethod === 'ABDUCTION' ? '1' : '0';
  columns.referralSource = facts.referralChannel
    ? (REFERRAL_SOURCE[facts.referralChannel] ?? 'Other')
    : '';
  return columns;
}

const QI_TEXT: Record<string, string> = {
  yearOfRegistration:
    'Year the Centre identified the victim (Identification.decidedOn). Quasi-identifier; empty when generalised away.',
  gender:
    'Female, Male or Transgender/NonConforming (Person.sex). Quasi-identifier; empty when unknown or generalised away.',
  ageBroad:
    'CTDC age band at identification: 0-8, 9-17, 18-20, 21-23, 24-26, 27-29, 30-38, 39-47, 48+. Quasi-identifier; empty when unknown or generalised to majorityStatus.',
  majorityStatus:
    'Minor or Adult at identification. Quasi-identifier; empty when unknown or generalised away.',
  citizenship:
    'ISO 3166-1 alpha-2 code; generalised: RS or OTHER; empty when unknown or generalised away. Quasi-identifier.',
  traffickingScope:
    'Hub extension (CTDC has CountryOfExploitation, not recorded here): Internal or Transnational. Quasi-identifier.',
  isForcedLabour:
    '1 for LABOUR or FORCED_BEGGING. Quasi-identifier (exploitation); empty when generalised away.',
  isSexualExploit: '1 for SEXUAL or PORNOGRAPHY. Quasi-identifier (exploitation).',
  isOtherExploit:
    '1 for FORCED_CRIMINALITY, ILLEGAL_ADOPTION or OTHER (generalised: also FORCED_MARRIAGE, ORGAN_REMOVAL). Quasi-identifier.',
  isSexAndLabour: '1 when both sexual and labour exploitation. Quasi-identifier.',
  isForcedMarriage: '1 for FORCED_MARRIAGE; empty when generalised. Quasi-identifier.',
  isOrganRemoval: '1 for ORGAN_REMOVAL; empty when generalised. Quasi-identifier.',
  typeOfLabourBegging: '1 for FORCED_BEGGING; empty when generalised. Quasi-identifier.',
  typeOfSexPornography: '1 for PORNOGRAPHY; empty when generalised. Quasi-identifier.',
  typeOfExploitConcatenated:
    'Other exploitation named: "Forced criminality", "Illegal adoption" (joined by "; "); empty when generalised.',
};

/** Every column of the export in order, with its meaning: the data dictionary. */
export const EXPORT_COLUMNS: { name: string; description: string }[] = [
  ...QUASI_IDENTIFIERS.flatMap((qi) => qi.columns).map((name) => ({
    name,
    description: QI_TEXT[name] ?? '',
  })),
  ...MEANS_OF_CONTROL.map(([code, name]) => ({
    name,
    description: `1 when the latest preliminary identification recorded ${code}, else 0.`,
  })),
  { name: 'meansOfControlNotSpecified', description: '1 when no means of control was recorded.' },
  ...RECRUITER.map(([code, name]) => ({
    name,
    description: `1 when the recruiter's relation to the victim is ${code} (no relation recorded counts as UNKNOWN).`,
  })),
  { name: 'isAbduction', description: '1 when the recruitment method was ABDUCTION.' },
  {
    name: 'referralSource',
    description:
      'HTCDS referral source of the first report: Self-referral, Law enforcement, NGO, Public social services, Foreign authority, Other.',
  },
];

const quote = (value: string) =>
  /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
export const csvLine = (values: readonly string[]) => `${values.map(quote).join(',')}\r\n`;

/** The data dictionary as CSV: column, description. */
export const dictionaryCsv = () =>
  csvLine(['column', 'description']) +
  EXPORT_COLUMNS.map((c) => csvLine([c.name, c.description])).join('');
