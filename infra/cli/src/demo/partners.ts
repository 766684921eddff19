import { AgencyType, ContactKind } from '@hub/partners';
import { demoId, partnerId } from './ids';

export interface DemoPartner {
  code: string;
  name: string;
  agencyType: AgencyType;
  municipality: string;
}

/**
 * Demo partners, one or more of every agency type. The codes are stable (tokens name them); the
 * contacts are synthetic (example.org, +381 00 …), never an agency's real ones.
 */
export const DEMO_PARTNERS: DemoPartner[] = [
  {
    code: 'centre',
    name: 'Центар за заштиту жртава трговине људима',
    agencyType: AgencyType.CENTRE,
    municipality: 'Београд',
  },
  {
    code: 'police-beograd',
    name: 'Полицијска управа за град Београд',
    agencyType: AgencyType.POLICE,
    municipality: 'Београд',
  },
  {
    code: 'prosecution-beograd',
    name: 'Више јавно тужилаштво у Београду',
    agencyType: AgencyType.PROSECUTION,
    municipality: 'Београд',
  },
  {
    code: 'court-beograd',
    name: 'Виши суд у Београду',
    agencyType: AgencyType.COURT,
    municipality: 'Београд',
  },
  {
    code: 'csw-beograd',
    name: 'Градски центар за социјални рад Београд',
    agencyType: AgencyType.SOCIAL_WORK_CENTRE,
    municipality: 'Београд',
  },
  {
    code: 'csw-novi-sad',
    name: 'Центар за социјални рад Нови Сад',
    agencyType: AgencyType.SOCIAL_WORK_CENTRE,
    municipality: 'Нови Сад',
  },
  {
    code: 'astra',
    name: 'ASTRA – Акција против трговине људима',
    agencyType: AgencyType.NGO,
    municipality: 'Београд',
  },
  {
    code: 'atina',
    name: 'Атина – удружење грађана',
    agencyType: AgencyType.NGO,
    municipality: 'Београд',
  },
  {
    code: 'health-beograd',
    name: 'Демо дом здравља Београд',
    agencyType: AgencyType.HEALTH,
    municipality: 'Београд',
  },
  {
    code: 'school-beograd',
    name: 'Демо основна школа Београд',
    agencyType: AgencyType.EDUCATION,
    municipality: 'Београд',
  },
  {
    code: 'labour-inspection',
    name: 'Инспекторат за рад',
    agencyType: AgencyType.LABOUR_INSPECTION,
    municipality: 'Београд',
  },
  {
    code: 'iom',
    name: 'IOM – Међународна организација за миграције',
    agencyType: AgencyType.INTERNATIONAL_ORGANISATION,
    municipality: 'Београд',
  },
  {
    code: 'embassy-demo',
    name: 'Демо амбасада',
    agencyType: AgencyType.EMBASSY,
    municipality: 'Београд',
  },
  {
    code: 'local-team-nis',
    name: 'Локални тим за борбу против трговине људима Ниш',
    agencyType: AgencyType.LOCAL_TEAM,
    municipality: 'Ниш',
  },
  {
    code: 'csw-nis',
    name: 'Центар за социјални рад „Свети Сава“ Ниш',
    agencyType: AgencyType.SOCIAL_WORK_CENTRE,
    municipality: 'Ниш',
  },
  {
    code: 'police-nis',
    name: 'Полицијска управа у Нишу',
    agencyType: AgencyType.POLICE,
    municipality: 'Ниш',
  },
  {
    code: 'police-novi-sad',
    name: 'Полицијска управа у Новом Саду',
    agencyType: AgencyType.POLICE,
    municipality: 'Нови Сад',
  },
  {
    code: 'ngo-novi-sad',
    name: 'Демо удружење за подршку женама Нови Сад',
    agencyType: AgencyType.NGO,
    municipality: 'Нови Сад',
  },
  {
    code: 'csw-kragujevac',
    name: 'Центар за социјални рад Крагујевац',
    agencyType: AgencyType.SOCIAL_WORK_CENTRE,
    municipality: 'Крагујевац',
  },
  {
    code: 'police-kragujevac',
    name: 'Полицијска управа у Крагујевцу',
    agencyType: AgencyType.POLICE,
    municipality: 'Крагујевац',
  },
  {
    code: 'office-coordination',
    name: 'Канцеларија за координацију у борби против трговине људима',
    agencyType: AgencyType.GOVERNMENT,
    municipality: 'Београд',
  },
];

export const demoPartnerCodes = () => DEMO_PARTNERS.map((partner) => partner.code);

export function demoPartnerRows() {
  return DEMO_PARTNERS.map((partner, index) => ({
    ...partner,
    id: partnerId(partner.code),
    contacts: [
      {
        kind: ContactKind.PHONE,
        value: `+381 00 000 ${String(index + 1).padStart(4, '0')}`,
        label: 'synthetic demo contact',
      },
      {
        kind: ContactKind.EMAIL,
        value: `${partner.code}@example.org`,
        label: 'synthetic demo contact',
      },
    ],
  }));
}

/** Synthetic members (contact points) of some demo partners; names and contacts are invented. */
const DEMO_MEMBERS: { partner: string; name: string; position: string }[] = [
  { partner: 'centre', name: 'Демо Координаторка (синтетички)', position: 'координаторка' },
  { partner: 'astra', name: 'Демо Правница (синтетички)', position: 'правница' },
  { partner: 'astra', name: 'Демо Психолошкиња (синтетички)', position: 'психолошкиња' },
  { partner: 'atina', name: 'Демо Социјална радница (синтетички)', position: 'социјална радница' },
  {
    partner: 'csw-beograd',
    name: 'Демо Водитељ случаја (синтетички)',
    position: 'водитељ случаја',
  },
  {
    partner: 'csw-nis',
    name: 'Демо Водитељка случаја (синтетички)',
    position: 'водитељка случаја',
  },
  { partner: 'police-nis', name: 'Демо Инспектор (синтетички)', position: 'инспектор' },
  { partner: 'csw-novi-sad', name: 'Демо Супервизорка (синтетички)', position: 'супервизорка' },
  { partner: 'csw-kragujevac', name: 'Демо Психолог (синтетички)', position: 'психолог' },
];

export function demoMemberRows() {
  return DEMO_MEMBERS.map((member, index) => ({
    id: demoId('member', index),
    partner: partnerId(member.partner),
    name: member.name,
    position: member.position,
    workEmail: `member${index + 1}.${member.partner}@example.org`,
    workPhone: `+381 00 100 ${String(index + 1).padStart(4, '0')}`,
  }));
}

/** Local anti-trafficking teams of three cities, each led by its social work centre. */
const DEMO_TEAMS = [
  {
    municipality: 'Ниш',
    name: 'Локални тим за борбу против трговине људима Ниш',
    coordinator: 'csw-nis',
    members: ['local-team-nis', 'police-nis'],
  },
  {
    municipality: 'Нови Сад',
    name: 'Локални тим за борбу против трговине људима Нови Сад',
    coordinator: 'csw-novi-sad',
    members: ['police-novi-sad', 'ngo-novi-sad'],
  },
  {
    municipality: 'Крагујевац',
    name: 'Локални тим за борбу против трговине људима Крагујевац',
    coordinator: 'csw-kragujevac',
    members: ['police-kragujevac'],
  },
];

export function demoTeamRows() {
  return DEMO_TEAMS.map((team) => ({
    id: demoId('local-team', team.municipality),
    name: team.name,
    municipality: team.municipality,
    coordinator: partnerId(team.coordinator),
    members: [team.coordinator, ...team.members].map((code) => ({
      id: demoId('local-team-member', `${team.municipality}:${code}`),
      partner: partnerId(code),
    })),
  }));
}

/** Cooperation agreements: active, open-ended, expired and terminated ones (synthetic). */
export function demoAgreementRows() {
  const rows = [
    { key: 'astra', partner: 'astra', signedOn: '2024-02-01', validUntil: '2029-12-31' },
    { key: 'atina', partner: 'atina', signedOn: '2023-06-15', validUntil: null },
    { key: 'iom', partner: 'iom', signedOn: '2021-01-10', validUntil: '2025-12-31' },
    {
      key: 'csw-nis',
      partner: 'csw-nis',
      counterpart: 'police-nis',
      signedOn: '2022-09-01',
      validUntil: '2030-08-31',
      terminatedOn: '2026-03-01',
      terminationReason: 'Замењен новим протоколом (синтетички пример).',
    },
    {
      key: 'ngo-novi-sad',
      partner: 'ngo-novi-sad',
      signedOn: '2025-04-01',
      validUntil: '2028-03-31',
    },
  ];
  return rows.map((row) => ({
    id: demoId('agreement', row.key),
    partner: partnerId(row.partner),
    counterpart: partnerId(row.counterpart ?? 'centre'),
    title: 'Споразум о сарадњи у заштити жртава трговине људима (синтетички)',
    signedOn: row.signedOn,
    validUntil: row.validUntil,
    reference: `DEMO-SPORAZUM-${row.key}`,
    terminatedOn: row.terminatedOn ?? null,
    terminationReason: row.terminationReason ?? null,
    recordedBy: 'demo-seed',
  }));
}
