import {
  Accommodation,
  ageOn,
  AccommodationKind,
  Assessment,
  AssessmentArea,
  AssessmentKind,
  AssessmentLevel,
  AssessmentSubject,
  Case,
  ClosingReason,
  ExploitationType,
  HumanitarianResidence,
  Identification,
  IdentificationDecision,
  MeansOfControl,
  PlanItem,
  PlanItemStatus,
  PreliminaryIdentification,
  PreliminaryResult,
  ProtectionPlan,
  RecruiterRelation,
  RecruitmentMethod,
  ResidenceStatus,
  ReturnStatus,
  TraffickingScope,
  VoluntaryReturn,
} from '@hub/cases';
import { ServiceType } from '@hub/common/vocabulary';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_CASES, demoCaseId } from './cases';
import { demoId } from './ids';

const DAY = 86_400_000;
const WORKER = 'demo-user@centre';

/** A calendar day `days` from now (negative: in the past), YYYY-MM-DD. */
const day = (now: number, days: number) => new Date(now + days * DAY).toISOString().slice(0, 10);

/**
 * The case work of the demo cases, one stage per case so every workflow has something to show:
 * checklists (3, 4, 6), decisions (4 identified child, 5 not a victim, 6–8 identified, 9),
 * assessments (6 in two versions), plans (6 revised; items planned, referred, in progress, done,
 * cancelled and overdue), the Shelter's phases (6), an NGO shelter (7), a voluntary return with
 * IOM and humanitarian residence for the foreign victim (6), and the closing of case 9. Every row
 * also gets its event in the case history, dated when it happened, so timelines read true.
 */
export async function seedCaseWork(em: EntityManager, now = Date.now()): Promise<boolean> {
  if (await em.findOne(Identification, { id: demoId('identification', 4) })) {
    return false;
  }
  const kase = (n: number) => em.getReference(Case, demoCaseId(n));
  const events: [number, string, string, string, string, number][] = [];
  const happened = (
    n: number,
    type: string,
    entityType: string,
    entityId: string,
    partner: string,
    daysAgo: number,
  ) => events.push([n, type, entityType, entityId, partner, daysAgo]);

  // Every demo case was reported, and all but the two newest reports were answered.
  for (const demo of DEMO_CASES) {
    const ago = demo.ageMs / DAY;
    const reportId = demoId('report', demo.n);
    happened(demo.n, 'CASE_REPORTED', 'Report', reportId, 'centre', ago);
    if (demo.n >= 3) {
      happened(demo.n, 'FIRST_CONTACT_RECORDED', 'Report', reportId, 'centre', ago - 3 / 24);
    }
  }

  // Preliminary identification: the police's checklist on the child in case 3, the Centre's on 4 and 6.
  const checklists: [number, string, MeansOfControl[], number][] = [
    [3, 'police-beograd', [MeansOfControl.THREATS, MeansOfControl.RESTRICTS_MOVEMENT], 3],
    [4, 'centre', [MeansOfControl.FALSE_PROMISES, MeansOfControl.PSYCHOLOGICAL_ABUSE], 19],
    [
      6,
      'centre',
      [
        MeansOfControl.WITHHOLDS_DOCUMENTS,
        MeansOfControl.DEBT_BONDAGE,
        MeansOfControl.EXCESSIVE_WORKING_HOURS,
      ],
      88,
    ],
  ];
  for (const [n, partner, indicators, ago] of checklists) {
    const id = demoId('preliminary', n);
    em.create(PreliminaryIdentification, {
      id,
      case: kase(n),
      indicators,
      result: PreliminaryResult.INDICATORS_PRESENT,
      assessedOn: day(now, -ago),
      partner,
      recordedBy: partner === 'centre' ? WORKER : `demo-user@${partner}`,
    });
    happened(
      n,
      'PRELIMINARY_IDENTIFICATION_RECORDED',
      'PreliminaryIdentification',
      id,
      partner,
      ago,
    );
  }

  // Identification decisions.
  const decisions: [
    number,
    IdentificationDecision,
    ExploitationType[],
    TraffickingScope | null,
    RecruitmentMethod | null,
    RecruiterRelation | null,
    number,
  ][] = [
    [
      4,
      IdentificationDecision.IDENTIFIED,
      [ExploitationType.SEXUAL],
      TraffickingScope.INTERNAL,
      RecruitmentMethod.ROMANTIC_RELATIONSHIP,
      RecruiterRelation.INTIMATE_PARTNER,
      15,
    ],
    [5, IdentificationDecision.NOT_A_VICTIM, [], null, null, null, 35],
    [
      6,
      IdentificationDecision.IDENTIFIED,
      [ExploitationType.LABOUR],
      TraffickingScope.TRANSNATIONAL,
      RecruitmentMethod.JOB_OFFER,
      RecruiterRelation.OTHER,
      85,
    ],
    [
      7,
      IdentificationDecision.IDENTIFIED,
      [ExploitationType.SEXUAL, ExploitationType.PORNOGRAPHY],
      TraffickingScope.TRANSNATIONAL,
      RecruitmentMethod.ONLINE,
      RecruiterRelation.FRIEND,
      115,
    ],
    [
      8,
      IdentificationDecision.IDENTIFIED,
      [ExploitationType.LABOUR, ExploitationType.FORCED_CRIMINALITY],
      TraffickingScope.INTERNAL,
      RecruitmentMethod.JOB_OFFER,
      RecruiterRelation.UNKNOWN,
      190,
    ],
    [
      9,
      IdentificationDecision.IDENTIFIED,
      [ExploitationType.FORCED_BEGGING],
      TraffickingScope.INTERNAL,
      RecruitmentMethod.FAMILY_ARRANGEMENT,
      RecruiterRelation.FAMILY,
      390,
    ],
  ];
  for (const [n, decision, types, scope, method, relation, ago] of decisions) {
    const id = demoId('identification', n);
    const decidedOn = day(now, -ago);
    const birth = DEMO_CASES.find((demo) => demo.n === n)!.dateOfBirth;
    const child = ageOn(birth, decidedOn) < 18;
    em.create(Identification, {
      id,
      case: kase(n),
      decision,
      decidedOn,
      decidedBy: WORKER,
      finding: `Налаз и мишљење за демо случај ${n} (synthetic): ${
        decision === IdentificationDecision.NOT_A_VICTIM
          ? 'нема елемената трговине људима.'
          : 'особа је жртва трговине људима.'
      }`,
      exploitationTypes: types,
      scope,
      recruitment: { method, recruiterRelation: relation },
      child,
    });
    happened(n, 'IDENTIFICATION_DECIDED', 'Identification', id, 'centre', ago);
  }

  // Assessments: case 6 assessed twice (the risk fell), cases 4, 7, 8 once.
  const finding = (
    subject: AssessmentSubject,
    kind: AssessmentKind,
    area: AssessmentArea,
    level: AssessmentLevel,
    note: string,
  ) => ({ subject, kind, area, level, note: `${note} (synthetic)` });
  const assessments: [number, number, number, ReturnType<typeof finding>[]][] = [
    [
      4,
      1,
      14,
      [
        finding(
          AssessmentSubject.VICTIM,
          AssessmentKind.RISK,
          AssessmentArea.SAFETY,
          AssessmentLevel.HIGH,
          'Контакт са регрутером',
        ),
        finding(
          AssessmentSubject.FAMILY,
          AssessmentKind.STRENGTH,
          AssessmentArea.FAMILY_RELATIONS,
          AssessmentLevel.MEDIUM,
          'Подршка баке',
        ),
        finding(
          AssessmentSubject.VICTIM,
          AssessmentKind.NEED,
          AssessmentArea.EDUCATION,
          AssessmentLevel.HIGH,
          'Наставак школовања',
        ),
      ],
    ],
    [
      6,
      1,
      84,
      [
        finding(
          AssessmentSubject.VICTIM,
          AssessmentKind.RISK,
          AssessmentArea.SAFETY,
          AssessmentLevel.HIGH,
          'Дуг према послодавцу',
        ),
        finding(
          AssessmentSubject.VICTIM,
          AssessmentKind.NEED,
          AssessmentArea.DOCUMENTS,
          AssessmentLevel.HIGH,
          'Пасош задржан',
        ),
      ],
    ],
    [
      6,
      2,
      20,
      [
        finding(
          AssessmentSubject.VICTIM,
          AssessmentKind.RISK,
          AssessmentArea.SAFETY,
          AssessmentLevel.MEDIUM,
          'Претње престале',
        ),
        finding(
          AssessmentSubject.VICTIM,
          AssessmentKind.STRENGTH,
          AssessmentArea.EMPLOYMENT,
          AssessmentLevel.HIGH,
          'Радно искуство',
        ),
        finding(
          AssessmentSubject.CHILD,
          AssessmentKind.NEED,
          AssessmentArea.EDUCATION,
          AssessmentLevel.MEDIUM,
          'Упис детета у школу',
        ),
      ],
    ],
    [
      7,
      1,
      110,
      [
        finding(
          AssessmentSubject.VICTIM,
          AssessmentKind.NEED,
          AssessmentArea.PSYCHOLOGICAL,
          AssessmentLevel.HIGH,
          'Трауматско искуство',
        ),
      ],
    ],
    [
      8,
      1,
      185,
      [
        finding(
          AssessmentSubject.VICTIM,
          AssessmentKind.NEED,
          AssessmentArea.INCOME,
          AssessmentLevel.MEDIUM,
          'Без прихода',
        ),
      ],
    ],
  ];
  for (const [n, version, ago, findings] of assessments) {
    const id = demoId('assessment', `${n}-${version}`);
    em.create(Assessment, {
      id,
      case: kase(n),
      version,
      assessedOn: day(now, -ago),
      assessedBy: WORKER,
      findings,
    });
    happened(
      n,
      version === 1 ? 'ASSESSMENT_RECORDED' : 'ASSESSMENT_REVISED',
      'Assessment',
      id,
      'centre',
      ago,
    );
  }

  // Protection plans: case 4 (from its conference's action item too), case 6 revised, 7 and 8.
  const plan = (n: number, version: number, goals: string[], ago: number, superseded?: number) => {
    const id = demoId('plan', `${n}-${version}`);
    em.create(ProtectionPlan, {
      id,
      case: kase(n),
      version,
      goals: goals.map((goal) => `${goal} (synthetic)`),
      adoptedBy: WORKER,
      createdAt: new Date(now - ago * DAY),
      supersededAt: superseded === undefined ? null : new Date(now - superseded * DAY),
    });
    happened(
      n,
      version === 1 ? 'PLAN_ADOPTED' : 'PLAN_REVISED',
      'ProtectionPlan',
      id,
      'centre',
      ago,
    );
    return id;
  };
  const item = (
    planId: string,
    n: number,
    key: string,
    description: string,
    serviceType: ServiceType,
    partner: string,
    dueIn: number,
    status: PlanItemStatus,
    extra: Partial<PlanItem> = {},
  ) => {
    const id = demoId('plan-item', `${n}-${key}`);
    em.create(PlanItem, {
      id,
      plan: em.getReference(ProtectionPlan, planId),
      caseId: demoCaseId(n),
      description: `${description} (synthetic)`,
      serviceType,
      responsiblePartnerCode: partner,
      dueOn: day(now, dueIn),
      status,
      createdBy: WORKER,
      ...extra,
    });
    return id;
  };
  const plan4 = plan(4, 1, ['Безбедан смештај', 'Наставак школовања', 'Подршка у поступку'], 13);
  item(
    plan4,
    4,
    'therapy',
    'Психолошко саветовање',
    ServiceType.PSYCHOLOGICAL_COUNSELLING,
    'atina',
    20,
    PlanItemStatus.IN_PROGRESS,
  );
  item(
    plan4,
    4,
    'school',
    'Упис у школу',
    ServiceType.EDUCATION,
    'school-beograd',
    -2,
    PlanItemStatus.PLANNED,
  );
  // The action item of case 4's closed conference became this item.
  item(
    plan4,
    4,
    'escort',
    'Обезбедити пратњу на рочиште',
    ServiceType.ESCORT,
    'astra',
    9,
    PlanItemStatus.PLANNED,
    {
      sourceEntryId: demoId('conference-entry', '1-2'),
    },
  );
  plan(6, 1, ['Безбедност', 'Документа'], 80, 20);
  const plan6 = plan(6, 2, ['Документа', 'Запослење', 'Повратак или останак'], 20);
  item(
    plan6,
    6,
    'passport',
    'Нов пасош',
    ServiceType.DOCUMENTS,
    'embassy-demo',
    -5,
    PlanItemStatus.REFERRED,
  );
  item(
    plan6,
    6,
    'lawyer',
    'Правни заступник',
    ServiceType.LEGAL_REPRESENTATION,
    'astra',
    -40,
    PlanItemStatus.DONE,
  );
  item(
    plan6,
    6,
    'job',
    'Обука за посао',
    ServiceType.EMPLOYMENT,
    'atina',
    45,
    PlanItemStatus.PLANNED,
  );
  item(
    plan6,
    6,
    'transport',
    'Превоз на разговор',
    ServiceType.TRANSPORT,
    'centre',
    -10,
    PlanItemStatus.CANCELLED,
    {
      cancelReason: 'Разговор одржан онлајн (synthetic)',
    },
  );
  const plan7 = plan(7, 1, ['Опоравак', 'Самосталан живот'], 100);
  item(
    plan7,
    7,
    'therapy',
    'Психотерапија',
    ServiceType.PSYCHOTHERAPY,
    'atina',
    30,
    PlanItemStatus.IN_PROGRESS,
  );
  const plan8 = plan(8, 1, ['Приход'], 180);
  item(
    plan8,
    8,
    'money',
    'Једнократна новчана помоћ',
    ServiceType.FINANCIAL_HELP,
    'csw-beograd',
    -1,
    PlanItemStatus.PLANNED,
  );

  // Accommodation: case 6 in the Centre's Shelter, phase 1 then 2; case 7 in an NGO shelter.
  const stays: [number, string, string, AccommodationKind, number | null, number, number | null][] =
    [
      [6, 'shelter-1', 'centre', AccommodationKind.CENTRE_SHELTER, 1, 86, 30],
      [6, 'shelter-2', 'centre', AccommodationKind.CENTRE_SHELTER, 2, 30, null],
      [7, 'ngo', 'atina', AccommodationKind.NGO_SHELTER, null, 110, null],
    ];
  for (const [n, key, provider, kind, phase, fromAgo, toAgo] of stays) {
    const id = demoId('accommodation', `${n}-${key}`);
    em.create(Accommodation, {
      id,
      case: kase(n),
      providerCode: provider,
      kind,
      phase,
      from: day(now, -fromAgo),
      to: toAgo === null ? null : day(now, -toAgo),
      createdBy: WORKER,
    });
    happened(n, 'ACCOMMODATION_STARTED', 'Accommodation', id, 'centre', fromAgo);
  }

  // The foreign victim (case 6): a voluntary return being prepared with IOM, residence granted.
  const returnId = demoId('voluntary-return', 6);
  em.create(VoluntaryReturn, {
    id: returnId,
    case: kase(6),
    destinationCountry: 'UA',
    partnerCode: 'iom',
    status: ReturnStatus.IN_PREPARATION,
    plannedOn: day(now, 40),
  });
  happened(6, 'VOLUNTARY_RETURN_REQUESTED', 'VoluntaryReturn', returnId, 'centre', 15);
  happened(6, 'VOLUNTARY_RETURN_IN_PREPARATION', 'VoluntaryReturn', returnId, 'iom', 10);
  const residenceId = demoId('residence', 6);
  em.create(HumanitarianResidence, {
    id: residenceId,
    case: kase(6),
    status: ResidenceStatus.GRANTED,
    appliedOn: day(now, -80),
    decidedOn: day(now, -60),
    validUntil: day(now, 120),
  });
  happened(6, 'HUMANITARIAN_RESIDENCE_APPLIED', 'HumanitarianResidence', residenceId, 'centre', 80);
  happened(6, 'HUMANITARIAN_RESIDENCE_GRANTED', 'HumanitarianResidence', residenceId, 'centre', 60);

  // Case 9 was closed when support was completed.
  const closed = await em.findOneOrFail(Case, { id: demoCaseId(9) });
  closed.closedAt = new Date(now - 20 * DAY);
  closed.closingReason = ClosingReason.SUPPORT_COMPLETED;
  happened(9, 'CASE_CLOSED', 'Case', demoCaseId(9), 'centre', 20);

  await em.flush();
  for (const [n, type, entityType, entityId, partner, ago] of events.sort((a, b) => b[5] - a[5])) {
    await em.getConnection().execute(
      `insert into hub.event (at, type, subgraph, actor, partner, case_id, entity_type, entity_id)
         values (?, ?, 'cases', 'demo-seed', ?, ?, ?, ?)`,
      [new Date(now - ago * DAY), type, partner, demoCaseId(n), entityType, entityId],
      'run',
    );
  }
  return true;
}
