import { CaseStatus, ReportChannel, ReportUrgency } from '@hub/cases';
import { Sex } from '@hub/common/vocabulary';
import {
  CompensationForum,
  CompensationStatus,
  ProceedingKind,
  ProceedingStage,
  VictimRole,
} from '@hub/legal';
import { demoId, partnerId } from './ids';
import { DEMO_PERSON_FACTS } from './person-facts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface DemoCase {
  n: number;
  status: CaseStatus;
  channel: ReportChannel;
  reporter: string | null;
  sex: Sex;
  dateOfBirth: string;
  citizenship: string;
  /** How long ago the report came in. */
  ageMs: number;
}

/** Synthetic cases, at least one in every status. Names are invented and say so. */
export const DEMO_CASES: DemoCase[] = [
  {
    n: 1,
    status: CaseStatus.REPORTED,
    channel: ReportChannel.HOTLINE,
    reporter: 'astra',
    sex: Sex.FEMALE,
    dateOfBirth: '2002-03-14',
    citizenship: 'RS',
    ageMs: 5 * HOUR,
  },
  {
    n: 2,
    status: CaseStatus.REPORTED,
    channel: ReportChannel.CITIZEN,
    reporter: null,
    sex: Sex.FEMALE,
    dateOfBirth: '1999-11-02',
    citizenship: 'RS',
    ageMs: 30 * HOUR,
  },
  {
    n: 3,
    status: CaseStatus.IN_IDENTIFICATION,
    channel: ReportChannel.POLICE,
    reporter: 'police-beograd',
    sex: Sex.FEMALE,
    dateOfBirth: '2009-06-21',
    citizenship: 'RS',
    ageMs: 4 * DAY,
  },
  {
    n: 4,
    status: CaseStatus.IDENTIFIED,
    channel: ReportChannel.SOCIAL_WORK_CENTRE,
    reporter: 'csw-beograd',
    sex: Sex.FEMALE,
    dateOfBirth: '2008-01-30',
    citizenship: 'RS',
    ageMs: 20 * DAY,
  },
  {
    n: 5,
    status: CaseStatus.NOT_IDENTIFIED,
    channel: ReportChannel.SELF,
    reporter: null,
    sex: Sex.MALE,
    dateOfBirth: '1990-09-09',
    citizenship: 'RS',
    ageMs: 40 * DAY,
  },
  {
    n: 6,
    status: CaseStatus.IN_SUPPORT,
    channel: ReportChannel.NGO,
    reporter: 'atina',
    sex: Sex.FEMALE,
    dateOfBirth: '1997-05-05',
    citizenship: 'UA',
    ageMs: 90 * DAY,
  },
  {
    n: 7,
    status: CaseStatus.IN_SUPPORT,
    channel: ReportChannel.ABROAD,
    reporter: 'iom',
    sex: Sex.FEMALE,
    dateOfBirth: '2000-12-12',
    citizenship: 'RS',
    ageMs: 120 * DAY,
  },
  {
    n: 8,
    status: CaseStatus.IN_SUPPORT,
    channel: ReportChannel.POLICE,
    reporter: 'police-beograd',
    sex: Sex.MALE,
    dateOfBirth: '1985-07-19',
    citizenship: 'RS',
    ageMs: 200 * DAY,
  },
  {
    n: 9,
    status: CaseStatus.CLOSED,
    channel: ReportChannel.HOTLINE,
    reporter: 'astra',
    sex: Sex.FEMALE,
    dateOfBirth: '1995-02-28',
    citizenship: 'RS',
    ageMs: 400 * DAY,
  },
];

const GIVEN_NAMES = [
  'Мила',
  'Јована',
  'Ана',
  'Тијана',
  'Лука',
  'Ивана',
  'Марија',
  'Стефан',
  'Нина',
];

export const demoCaseId = (n: number) => demoId('case', n);
export const demoCaseCode = (n: number) => `DEMO-2026-${String(n).padStart(3, '0')}`;

export function demoCaseRows(now = Date.now()) {
  return DEMO_CASES.map((demo) => ({
    id: demoCaseId(demo.n),
    code: demoCaseCode(demo.n),
    status: demo.status,
    openedAt: new Date(now - demo.ageMs),
    synthetic: true,
    person: {
      givenName: GIVEN_NAMES[(demo.n - 1) % GIVEN_NAMES.length],
      familyName: `Синтетичка-${demo.n}`,
      dateOfBirth: demo.dateOfBirth,
      sex: demo.sex,
      citizenship: demo.citizenship,
      // The Ukrainian citizen speaks Ukrainian and some English; case 8 lives in Niš.
      languages: demo.citizenship === 'UA' ? ['uk', 'en'] : ['sr'],
      municipality: demo.n === 8 ? 'Ниш' : 'Београд',
      phone: `+381 60 000 ${String(demo.n).padStart(4, '0')}`,
      email: `person.${demo.n}@example.org`,
      contactPerson: demo.n % 2 === 0 ? `Синтетичка сестра, +381 60 100 ${demo.n}` : null,
      // Where the person may be found (LOCATION), like the municipality above.
      address: `Синтетичка улица ${demo.n}, Београд`,
      ...DEMO_PERSON_FACTS[demo.n],
    },
    caseWorker: {
      name: 'Демо водитељ случаја',
      workEmail: 'case.worker@example.org',
      workPhone: '+381 00 000 9000',
    },
    report: {
      id: demoId('report', demo.n),
      channel: demo.channel,
      reportingPartnerCode: demo.reporter,
      // A child reported by the police is an emergency; the hotline report is flagged high.
      urgency:
        demo.n === 3
          ? ReportUrgency.IMMEDIATE
          : demo.n === 1
            ? ReportUrgency.HIGH
            : ReportUrgency.NORMAL,
      receivedAt: new Date(now - demo.ageMs),
      // Reports 1 and 2 still wait for first contact; report 2 (30 hours old) is overdue.
      firstContactAt: demo.n >= 3 ? new Date(now - demo.ageMs + 3 * HOUR) : null,
    },
  }));
}

export function demoProceedingRows() {
  const beograd = {
    courtId: partnerId('court-beograd'),
    prosecutionId: partnerId('prosecution-beograd'),
  };
  return [
    {
      id: demoId('proceeding', 1),
      caseId: demoCaseId(4),
      kind: ProceedingKind.CRIMINAL,
      stage: ProceedingStage.TRIAL,
      charges: ['388'],
      fileNumber: 'DEMO-К-101/26',
      victimRole: VictimRole.INJURED_PARTY_AND_WITNESS,
      startedOn: '2026-02-10',
      ...beograd,
    },
    {
      id: demoId('proceeding', 2),
      caseId: demoCaseId(6),
      kind: ProceedingKind.CRIMINAL,
      stage: ProceedingStage.INVESTIGATION,
      charges: ['388', '389'],
      fileNumber: 'DEMO-КТ-55/26',
      victimRole: VictimRole.WITNESS,
      startedOn: '2026-05-03',
      ...beograd,
    },
    {
      id: demoId('proceeding', 3),
      caseId: demoCaseId(7),
      kind: ProceedingKind.CIVIL_COMPENSATION,
      stage: ProceedingStage.FIRST_INSTANCE_JUDGMENT,
      charges: [],
      fileNumber: 'DEMO-П-12/25',
      victimRole: VictimRole.INJURED_PARTY,
      startedOn: '2025-10-01',
      courtId: partnerId('court-beograd'),
      prosecutionId: null,
    },
    {
      id: demoId('proceeding', 4),
      caseId: demoCaseId(8),
      kind: ProceedingKind.CRIMINAL,
      stage: ProceedingStage.INDICTMENT,
      charges: ['388'],
      fileNumber: 'DEMO-К-77/26',
      victimRole: VictimRole.INJURED_PARTY,
      startedOn: '2026-03-15',
      ...beograd,
    },
    {
      id: demoId('proceeding', 5),
      caseId: demoCaseId(8),
      kind: ProceedingKind.MISDEMEANOUR,
      stage: ProceedingStage.FINAL,
      charges: [],
      fileNumber: 'DEMO-ПР-9/26',
      victimRole: VictimRole.WITNESS,
      startedOn: '2026-01-20',
      courtId: null,
      prosecutionId: null,
    },
  ];
}

/** Demo hearings: one past with its outcome, one upcoming with support and protective measures. */
export function demoHearingRows(now = Date.now()) {
  const day = 86_400_000;
  return [
    {
      id: demoId('hearing', 1),
      proceedingId: demoId('proceeding', 1),
      caseId: demoCaseId(4),
      scheduledAt: new Date(now - 30 * day),
      purpose: 'Припремно рочиште (synthetic)',
      supportNeeded: ['ESCORT', 'LAWYER'],
      protectiveMeasures: ['SEPARATE_WAITING_ROOM'],
      interpreterLanguage: null,
      outcome: 'Одложено; нови термин одређен (synthetic).',
    },
    {
      id: demoId('hearing', 2),
      proceedingId: demoId('proceeding', 1),
      caseId: demoCaseId(4),
      scheduledAt: new Date(now + 10 * day),
      purpose: 'Саслушање оштећене (synthetic)',
      supportNeeded: ['ESCORT', 'PSYCHOLOGIST', 'LAWYER'],
      protectiveMeasures: ['VIDEO_LINK', 'NO_CONFRONTATION'],
      interpreterLanguage: null,
      outcome: null,
    },
  ];
}

/** A calendar date `days` from now (negative: in the past), YYYY-MM-DD. */
const dayFrom = (now: number, days: number) =>
  new Date(now + days * DAY).toISOString().slice(0, 10);

/**
 * Demo lawyers (synthetic names): on case 4 an ended representation and the current one; on case
 * 6 an ASTRA lawyer for the whole case (ASTRA holds LEGAL there, so it may record outcomes and
 * claims); on case 7 one for the civil proceeding only.
 */
export function demoRepresentationRows(now = Date.now()) {
  return [
    {
      id: demoId('representation', 1),
      caseId: demoCaseId(4),
      proceedingId: null,
      lawyerName: 'Демо адвокатица Прва (synthetic)',
      partnerCode: 'atina',
      startedOn: dayFrom(now, -200),
      endedOn: dayFrom(now, -60),
      powerOfAttorneyOn: dayFrom(now, -201),
      endReason: 'Особа је изабрала другог адвоката (synthetic).',
      appointedBy: 'demo-user@centre',
    },
    {
      id: demoId('representation', 2),
      caseId: demoCaseId(4),
      proceedingId: null,
      lawyerName: 'Демо адвокат Други (synthetic)',
      partnerCode: 'astra',
      startedOn: dayFrom(now, -60),
      endedOn: null,
      powerOfAttorneyOn: dayFrom(now, -61),
      endReason: null,
      appointedBy: 'demo-user@centre',
    },
    {
      id: demoId('representation', 3),
      caseId: demoCaseId(6),
      proceedingId: null,
      lawyerName: 'Демо адвокатица Трећа (synthetic)',
      partnerCode: 'astra',
      startedOn: dayFrom(now, -50),
      endedOn: null,
      powerOfAttorneyOn: dayFrom(now, -50),
      endReason: null,
      appointedBy: 'demo-user@centre',
    },
    {
      id: demoId('representation', 4),
      caseId: demoCaseId(7),
      proceedingId: demoId('proceeding', 3),
      lawyerName: 'Демо адвокат Четврти (synthetic)',
      partnerCode: 'astra',
      startedOn: dayFrom(now, -110),
      endedOn: null,
      powerOfAttorneyOn: dayFrom(now, -112),
      endReason: null,
      appointedBy: 'demo-user@centre',
    },
  ];
}

/**
 * Demo compensation claims in every state but GRANTED-and-unpaid: amounts in para (RSD minor
 * units), so 50_000_000 is 500.000,00 динара.
 */
export function demoCompensationClaimRows(now = Date.now()) {
  const claim = {
    currency: 'RSD',
    amountAwarded: null,
    amountPaid: null,
    decidedOn: null,
    decisionReference: null,
    paidOn: null,
    recordedBy: 'demo-user@centre',
  };
  return [
    {
      ...claim,
      id: demoId('compensation', 1),
      caseId: demoCaseId(4),
      proceedingId: demoId('proceeding', 1),
      forum: CompensationForum.CRIMINAL_PROCEEDING,
      status: CompensationStatus.FILED,
      amountClaimed: 50_000_000,
      filedOn: dayFrom(now, -40),
      note: 'Имовинскоправни захтев у кривичном поступку (synthetic).',
    },
    {
      ...claim,
      id: demoId('compensation', 2),
      caseId: demoCaseId(7),
      proceedingId: demoId('proceeding', 3),
      forum: CompensationForum.CIVIL_COURT,
      status: CompensationStatus.PARTLY_GRANTED,
      amountClaimed: 120_000_000,
      amountAwarded: 80_000_000,
      filedOn: dayFrom(now, -300),
      decidedOn: dayFrom(now, -20),
      decisionReference: 'DEMO-П-12/25-пресуда',
      note: 'Тужба за накнаду штете (synthetic).',
    },
    {
      ...claim,
      id: demoId('compensation', 3),
      caseId: demoCaseId(8),
      proceedingId: null,
      forum: CompensationForum.OTHER,
      status: CompensationStatus.PAID,
      amountClaimed: 30_000_000,
      amountAwarded: 30_000_000,
      amountPaid: 30_000_000,
      filedOn: dayFrom(now, -180),
      decidedOn: dayFrom(now, -150),
      decisionReference: 'DEMO-поравнање-3',
      paidOn: dayFrom(now, -120),
      note: 'Вансудско поравнање (synthetic).',
    },
    {
      ...claim,
      id: demoId('compensation', 4),
      caseId: demoCaseId(8),
      proceedingId: demoId('proceeding', 4),
      forum: CompensationForum.CRIMINAL_PROCEEDING,
      status: CompensationStatus.WITHDRAWN,
      amountClaimed: 20_000_000,
      filedOn: dayFrom(now, -100),
      decidedOn: dayFrom(now, -90),
      note: 'Повучен после поравнања (synthetic).',
    },
    {
      ...claim,
      id: demoId('compensation', 5),
      caseId: demoCaseId(8),
      proceedingId: null,
      forum: CompensationForum.STATE_FUND,
      status: CompensationStatus.REJECTED,
      amountClaimed: 10_000_000,
      filedOn: dayFrom(now, -170),
      decidedOn: dayFrom(now, -140),
      decisionReference: 'DEMO-решење-5',
      note: 'Одбијен (synthetic).',
    },
  ];
}

/** Demo case conferences: a closed one with its record, and one scheduled. */
export function demoConferenceRows(now = Date.now()) {
  const day = 86_400_000;
  return [
    {
      id: demoId('conference', 1),
      caseId: demoCaseId(4),
      scheduledAt: new Date(now - 12 * day),
      status: 'CLOSED',
      startedAt: new Date(now - 12 * day),
      closedAt: new Date(now - 12 * day + 3_600_000),
      agenda: [
        'Процена безбедности (synthetic)',
        'План заштите (synthetic)',
        'Припрема за суд (synthetic)',
      ],
      participants: [
        { partner: 'centre', name: 'Демо водитељ случаја' },
        { partner: 'csw-beograd', name: 'Демо старатељ' },
        { partner: 'prosecution-beograd', name: 'Демо тужилац' },
      ],
      coordinator: 'demo-user@centre',
      entries: [
        { kind: 'MINUTE', text: 'Особа је безбедна у смештају (synthetic).' },
        { kind: 'DECISION', text: 'Наставља се психолошка подршка (synthetic).' },
        {
          kind: 'ACTION_ITEM',
          text: 'Обезбедити пратњу на рочиште (synthetic).',
          assignee: 'astra',
          dueOn: new Date(now + 9 * day).toISOString().slice(0, 10),
        },
      ],
    },
    {
      id: demoId('conference', 2),
      caseId: demoCaseId(6),
      scheduledAt: new Date(now + 3 * day),
      status: 'SCHEDULED',
      startedAt: null,
      closedAt: null,
      agenda: ['Реинтеграција (synthetic)', 'Смештај (synthetic)'],
      participants: [
        { partner: 'centre', name: 'Демо водитељ случаја' },
        { partner: 'atina', name: 'Демо саветница' },
      ],
      coordinator: 'demo-user@centre',
      entries: [],
    },
  ];
}
