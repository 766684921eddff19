import { AgencyType, ContactKind } from '@hub/partners';
import { partnerId } from './ids';

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
