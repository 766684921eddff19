import { AgeGroup, DataCategory, Sex } from '@hub/common';
import { CitizenshipEligibility, ServiceType } from '@hub/services';
import { demoId } from './ids';

const everyone = {
  ageGroups: [AgeGroup.ADULT, AgeGroup.CHILD],
  sexes: [Sex.FEMALE, Sex.MALE, Sex.OTHER],
  citizenship: [CitizenshipEligibility.DOMESTIC, CitizenshipEligibility.FOREIGN],
};
const { CORE, IDENTITY, CONTACT, LOCATION, EXPLOITATION, HEALTH, ASSESSMENT, PLAN, LEGAL, FAMILY } =
  DataCategory;

/** A synthetic services catalogue covering every service type. */
export function demoServiceRows() {
  const rows: {
    key: string;
    provider: string;
    type: ServiceType;
    name: string;
    eligibility?: typeof everyone;
    regions?: string[];
    languages?: string[];
    capacity?: number | null;
    free?: boolean;
    requiredCategories: DataCategory[];
  }[] = [
    {
      key: 'astra-hotline',
      provider: 'astra',
      type: ServiceType.HOTLINE,
      name: 'СОС телефон',
      languages: ['sr', 'en'],
      requiredCategories: [CORE],
    },
    {
      key: 'astra-legal-aid',
      provider: 'astra',
      type: ServiceType.LEGAL_AID,
      name: 'Правно информисање и савети',
      languages: ['sr', 'en'],
      requiredCategories: [CORE, IDENTITY, LEGAL],
    },
    {
      key: 'astra-representation',
      provider: 'astra',
      type: ServiceType.LEGAL_REPRESENTATION,
      name: 'Заступање у кривичном и парничном поступку',
      languages: ['sr'],
      capacity: 20,
      requiredCategories: [CORE, IDENTITY, EXPLOITATION, LEGAL],
    },
    {
      key: 'astra-counselling',
      provider: 'astra',
      type: ServiceType.PSYCHOLOGICAL_COUNSELLING,
      name: 'Психолошко саветовање',
      languages: ['sr', 'en'],
      capacity: 15,
      requiredCategories: [CORE, IDENTITY, HEALTH, ASSESSMENT],
    },
    {
      key: 'astra-escort',
      provider: 'astra',
      type: ServiceType.ESCORT,
      name: 'Пратња кроз институције',
      languages: ['sr'],
      requiredCategories: [CORE, IDENTITY, CONTACT, PLAN],
    },
    {
      key: 'atina-reintegration',
      provider: 'atina',
      type: ServiceType.REINTEGRATION,
      name: 'Програм дугорочне реинтеграције',
      eligibility: { ...everyone, sexes: [Sex.FEMALE] },
      languages: ['sr', 'en', 'ro'],
      capacity: 30,
      requiredCategories: [CORE, IDENTITY, CONTACT, ASSESSMENT, PLAN],
    },
    {
      key: 'atina-shelter',
      provider: 'atina',
      type: ServiceType.SHELTER,
      name: 'Програм становања (прихватилиште)',
      eligibility: { ...everyone, sexes: [Sex.FEMALE] },
      languages: ['sr', 'en'],
      capacity: 8,
      requiredCategories: [CORE, IDENTITY, LOCATION, HEALTH, PLAN],
    },
    {
      key: 'atina-psychotherapy',
      provider: 'atina',
      type: ServiceType.PSYCHOTHERAPY,
      name: 'Психотерапијска подршка',
      languages: ['sr'],
      capacity: 10,
      requiredCategories: [CORE, IDENTITY, HEALTH, ASSESSMENT],
    },
    {
      key: 'atina-employment',
      provider: 'atina',
      type: ServiceType.EMPLOYMENT,
      name: 'Подршка запошљавању',
      eligibility: { ...everyone, ageGroups: [AgeGroup.ADULT] },
      languages: ['sr'],
      requiredCategories: [CORE, IDENTITY, PLAN],
    },
    {
      key: 'centre-shelter',
      provider: 'centre',
      type: ServiceType.SHELTER,
      name: 'Прихватилиште Центра (фазе 1–3)',
      eligibility: { ...everyone, sexes: [Sex.FEMALE] },
      languages: ['sr'],
      capacity: 12,
      requiredCategories: [CORE, IDENTITY, LOCATION, HEALTH, PLAN],
    },
    {
      key: 'health-medical',
      provider: 'health-beograd',
      type: ServiceType.MEDICAL,
      name: 'Примарна здравствена заштита',
      requiredCategories: [CORE, IDENTITY, HEALTH],
    },
    {
      key: 'csw-guardianship',
      provider: 'csw-beograd',
      type: ServiceType.GUARDIANSHIP,
      name: 'Старатељство над децом',
      eligibility: { ...everyone, ageGroups: [AgeGroup.CHILD] },
      regions: ['Београд'],
      requiredCategories: [CORE, IDENTITY, FAMILY, ASSESSMENT],
    },
    {
      key: 'csw-financial',
      provider: 'csw-beograd',
      type: ServiceType.FINANCIAL_HELP,
      name: 'Једнократна новчана помоћ',
      regions: ['Београд'],
      requiredCategories: [CORE, IDENTITY, FAMILY],
    },
    {
      key: 'csw-ns-documents',
      provider: 'csw-novi-sad',
      type: ServiceType.DOCUMENTS,
      name: 'Помоћ у прибављању личних докумената',
      regions: ['Нови Сад'],
      requiredCategories: [CORE, IDENTITY],
    },
    {
      key: 'school-education',
      provider: 'school-beograd',
      type: ServiceType.EDUCATION,
      name: 'Укључивање у образовање',
      eligibility: { ...everyone, ageGroups: [AgeGroup.CHILD] },
      regions: ['Београд'],
      requiredCategories: [CORE, IDENTITY],
    },
    {
      key: 'iom-repatriation',
      provider: 'iom',
      type: ServiceType.REPATRIATION,
      name: 'Асистирани добровољни повратак',
      eligibility: { ...everyone, citizenship: [CitizenshipEligibility.FOREIGN] },
      languages: ['sr', 'en', 'fr', 'ar'],
      requiredCategories: [CORE, IDENTITY, CONTACT, PLAN],
    },
    {
      key: 'iom-transport',
      provider: 'iom',
      type: ServiceType.TRANSPORT,
      name: 'Превоз',
      languages: ['en'],
      requiredCategories: [CORE, IDENTITY, LOCATION],
    },
    {
      key: 'embassy-interpretation',
      provider: 'embassy-demo',
      type: ServiceType.INTERPRETATION,
      name: 'Тумачење и превођење',
      eligibility: { ...everyone, citizenship: [CitizenshipEligibility.FOREIGN] },
      languages: ['en', 'fr'],
      requiredCategories: [CORE],
    },
  ];
  return rows.map((row) => ({
    id: demoId('service', row.key),
    providerCode: row.provider,
    type: row.type,
    name: row.name,
    description: 'Synthetic demo catalogue entry.',
    eligibility: row.eligibility ?? everyone,
    regions: row.regions ?? ['*'],
    languages: row.languages ?? ['sr'],
    capacity: row.capacity ?? null,
    free: row.free ?? true,
    requiredCategories: row.requiredCategories,
  }));
}
