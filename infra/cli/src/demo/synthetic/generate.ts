import { createHash } from 'node:crypto';

/**
 * Synthetic cases for statistics tests and the benchmark: N invented cases across every stage
 * (reported → identified → in support → closed), with reports, checklists, decisions, plans,
 * referrals, stays, returns, residence, proceedings, hearings and compensation claims. Clearly
 * synthetic: codes SYN-…, no names, `synthetic = true`. Deterministic for a seed. The facts are
 * returned as well, so a test can count them independently of the hub.
 */
export interface SyntheticCase {
  id: string;
  code: string;
  status: string;
  openedAt: Date;
  sex: string | null;
  dateOfBirth: string | null;
  citizenship: string | null;
  municipality: string | null;
  statisticsConsent: boolean;
  reports: { id: string; channel: string; partner: string | null; receivedAt: Date }[];
  indicators: string[] | null;
  decisions: {
    id: string;
    decision: string;
    decidedOn: string;
    exploitationTypes: string[];
    scope: string | null;
    recruiterRelation: string | null;
    recruitmentMethod: string | null;
    child: boolean | null;
  }[];
  planItems: { id: string; serviceType: string | null; status: string; createdAt: Date }[];
  referrals: { id: string; serviceType: string; status: string; createdAt: Date }[];
  stays: { id: string; kind: string; phase: number | null; from: string; to: string | null }[];
  returns: { id: string; status: string; createdAt: Date; returnedOn: string | null }[];
  residence: { id: string; status: string; appliedOn: string }[];
  proceedings: { id: string; kind: string; stage: string; startedOn: string }[];
  hearings: { id: string; proceedingId: string; scheduledAt: Date; measures: string[] }[];
  claims: { id: string; status: string; filedOn: string; claimed: number; paid: number | null }[];
}

export const SYNTHETIC_PARTNERS: { code: string; agencyType: string; municipality: string }[] = [
  { code: 'syn-police', agencyType: 'POLICE', municipality: 'Београд' },
  { code: 'syn-csw', agencyType: 'SOCIAL_WORK_CENTRE', municipality: 'Нови Сад' },
  { code: 'syn-ngo', agencyType: 'NGO', municipality: 'Београд' },
  { code: 'syn-health', agencyType: 'HEALTH', municipality: 'Ниш' },
  { code: 'syn-io', agencyType: 'INTERNATIONAL_ORGANISATION', municipality: 'Београд' },
];

const MUNICIPALITIES = [
  'Београд',
  'Нови Београд',
  'Земун',
  'Нови Сад',
  'Суботица',
  'Ниш',
  'Лесковац',
  'Крагујевац',
  'Чачак',
  'Призрен',
];
const CITIZENSHIPS = ['RS', 'RS', 'RS', 'RS', 'RS', 'RS', 'BA', 'MK', 'UA', 'AL', 'CN', 'DE'];
const CHANNELS = [
  'POLICE',
  'HOTLINE',
  'SOCIAL_WORK_CENTRE',
  'NGO',
  'CITIZEN',
  'SELF',
  'ABROAD',
  'OTHER',
];
const EXPLOITATION = [
  'SEXUAL',
  'SEXUAL',
  'SEXUAL',
  'LABOUR',
  'LABOUR',
  'FORCED_BEGGING',
  'FORCED_CRIMINALITY',
  'FORCED_MARRIAGE',
  'PORNOGRAPHY',
  'OTHER',
];
const MEANS = [
  'DEBT_BONDAGE',
  'TAKES_EARNINGS',
  'THREATS',
  'PSYCHOLOGICAL_ABUSE',
  'PHYSICAL_ABUSE',
  'FALSE_PROMISES',
  'RESTRICTS_MOVEMENT',
  'WITHHOLDS_DOCUMENTS',
  'OTHER',
];
const RELATIONS = ['INTIMATE_PARTNER', 'FRIEND', 'FAMILY', 'OTHER', 'UNKNOWN'];
const METHODS = [
  'JOB_OFFER',
  'ROMANTIC_RELATIONSHIP',
  'FAMILY_ARRANGEMENT',
  'ONLINE',
  'ABDUCTION',
  'UNKNOWN',
];
export const SYNTHETIC_SERVICE_TYPES = [
  'LEGAL_AID',
  'PSYCHOLOGICAL_COUNSELLING',
  'MEDICAL',
  'SHELTER',
  'EDUCATION',
  'EMPLOYMENT',
];
const STAGES = [
  'REPORTED',
  'IN_IDENTIFICATION',
  'NOT_IDENTIFIED',
  'IDENTIFIED',
  'IN_SUPPORT',
  'IN_SUPPORT',
  'IN_SUPPORT',
  'CLOSED',
  'CLOSED',
];

/** A deterministic uuid for the n-th thing of a kind (so a generated world can be re-made). */
export const syntheticId = (seed: number, kind: string, n: number | string): string => {
  const hex = createHash('sha1').update(`syn:${seed}:${kind}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** Generates `n` cases opened between 1 January of `fromYear` and 31 December of `toYear`. */
export function generateSyntheticCases(options: {
  n: number;
  seed?: number;
  fromYear: number;
  toYear: number;
  /** Share of cases with statistics consent (default 0.85). */
  consentShare?: number;
}): SyntheticCase[] {
  const seed = options.seed ?? 1;
  const random = prng(seed);
  const start = Date.UTC(options.fromYear, 0, 1, 9);
  const span = Date.UTC(options.toYear, 11, 31, 9) - start;
  const cases: SyntheticCase[] = [];
  for (let i = 0; i < options.n; i += 1) {
    const id = syntheticId(seed, 'case', i);
    const openedAt = new Date(start + Math.floor(random.next() * span));
    const status = random.pick(STAGES);
    const sex = random.chance(0.03)
      ? null
      : random.chance(0.02)
        ? 'OTHER'
        : random.chance(0.7)
          ? 'FEMALE'
          : 'MALE';
    const age = random.chance(0.05)
      ? null
      : random.chance(0.35)
        ? random.int(3, 17)
        : random.int(18, 60);
    const dateOfBirth =
      age === null ? null : day(addDays(openedAt, -(age * 365.25 + random.int(0, 300))));
    const citizenship = random.chance(0.03) ? null : random.pick(CITIZENSHIPS);
    const kase: SyntheticCase = {
      id,
      code: `SYN-${openedAt.getUTCFullYear()}-${i}`,
      status,
      openedAt,
      sex,
      dateOfBirth,
      citizenship,
      municipality: random.chance(0.05)
        ? null
        : random.chance(0.03)
          ? 'Синтетичко Место'
          : random.pick(MUNICIPALITIES),
      statisticsConsent: random.chance(options.consentShare ?? 0.85),
      reports: [],
      indicators: null,
      decisions: [],
      planItems: [],
      referrals: [],
      stays: [],
      returns: [],
      residence: [],
      proceedings: [],
      hearings: [],
      claims: [],
    };
    const reportCount = random.chance(0.2) ? 2 : 1;
    for (let r = 0; r < reportCount; r += 1) {
      kase.reports.push({
        id: syntheticId(seed, 'report', `${i}.${r}`),
        channel: random.pick(CHANNELS),
        partner: random.chance(0.2) ? null : random.pick(SYNTHETIC_PARTNERS).code,
        receivedAt: addDays(openedAt, r * random.int(0, 20)),
      });
    }
    if (status === 'REPORTED') {
      cases.push(kase);
      continue;
    }
    kase.indicators = random.chance(0.1)
      ? []
      : [...new Set([random.pick(MEANS), random.pick(MEANS)])];
    const decidedAt = addDays(openedAt, random.int(1, 45));
    const decide = (decision: string, n: number, at: Date) => {
      const types =
        decision === 'NOT_A_VICTIM'
          ? []
          : [
              ...new Set([
                random.pick(EXPLOITATION),
                ...(random.chance(0.2) ? [random.pick(EXPLOITATION)] : []),
              ]),
            ];
      kase.decisions.push({
        id: syntheticId(seed, 'decision', `${i}.${n}`),
        decision,
        decidedOn: day(at),
        exploitationTypes: types,
        scope:
          decision === 'NOT_A_VICTIM' || random.chance(0.05)
            ? null
            : citizenship === 'RS' && random.chance(0.7)
              ? 'INTERNAL'
              : 'TRANSNATIONAL',
        recruiterRelation:
          decision === 'NOT_A_VICTIM' || random.chance(0.1) ? null : random.pick(RELATIONS),
        recruitmentMethod: decision === 'NOT_A_VICTIM' ? null : random.pick(METHODS),
        child: age === null ? null : age < 18,
      });
    };
    if (status === 'IN_IDENTIFICATION') {
      if (random.chance(0.5)) {
        decide('PRESUMED', 0, decidedAt);
      }
      cases.push(kase);
      continue;
    }
    if (status === 'NOT_IDENTIFIED') {
      decide('NOT_A_VICTIM', 0, decidedAt);
      cases.push(kase);
      continue;
    }
    // Identified (some after a presumed decision first).
    if (random.chance(0.15)) {
      decide('PRESUMED', 0, decidedAt);
      decide('IDENTIFIED', 1, addDays(decidedAt, random.int(5, 40)));
    } else {
      decide('IDENTIFIED', 0, decidedAt);
    }
    if (status === 'IDENTIFIED') {
      cases.push(kase);
      continue;
    }
    const supportFrom = addDays(decidedAt, 2);
    const items = random.int(1, 3);
    for (let p = 0; p < items; p += 1) {
      const serviceType = random.pick(SYNTHETIC_SERVICE_TYPES);
      const itemStatus = random.pick(['PLANNED', 'REFERRED', 'IN_PROGRESS', 'DONE', 'CANCELLED']);
      const createdAt = addDays(supportFrom, random.int(0, 30));
      kase.planItems.push({
        id: syntheticId(seed, 'item', `${i}.${p}`),
        serviceType: random.chance(0.05) ? null : serviceType,
        status: itemStatus,
        createdAt,
      });
      if (itemStatus !== 'PLANNED' && itemStatus !== 'CANCELLED') {
        kase.referrals.push({
          id: syntheticId(seed, 'referral', `${i}.${p}`),
          serviceType,
          status: random.pick([
            'SENT',
            'ACCEPTED',
            'DECLINED',
            'IN_PROGRESS',
            'COMPLETED',
            'WITHDRAWN',
          ]),
          createdAt: addDays(createdAt, 1),
        });
      }
    }
    if (random.chance(0.4)) {
      const from = addDays(supportFrom, random.int(0, 10));
      const shelter = sex === 'FEMALE' && random.chance(0.6);
      kase.stays.push({
        id: syntheticId(seed, 'stay', i),
        kind: shelter
          ? 'CENTRE_SHELTER'
          : random.pick(['NGO_SHELTER', 'SOCIAL_CARE_INSTITUTION', 'FOSTER_CARE', 'OTHER']),
        phase: shelter ? 1 : null,
        from: day(from),
        to: random.chance(0.3) ? null : day(addDays(from, random.int(5, 200))),
      });
    }
    if (citizenship && citizenship !== 'RS') {
      if (random.chance(0.4)) {
        const returned = random.chance(0.5);
        kase.returns.push({
          id: syntheticId(seed, 'return', i),
          status: returned
            ? 'COMPLETED'
            : random.pick(['REQUESTED', 'IN_PREPARATION', 'CANCELLED']),
          createdAt: addDays(supportFrom, random.int(5, 60)),
          returnedOn: returned ? day(addDays(supportFrom, random.int(61, 90))) : null,
        });
      } else if (random.chance(0.6)) {
        kase.residence.push({
          id: syntheticId(seed, 'residence', i),
          status: random.pick(['APPLIED', 'GRANTED', 'GRANTED', 'REFUSED', 'EXPIRED']),
          appliedOn: day(addDays(supportFrom, random.int(1, 30))),
        });
      }
    }
    if (random.chance(0.5)) {
      const proceedingId = syntheticId(seed, 'proceeding', i);
      const startedOn = addDays(supportFrom, random.int(0, 90));
      kase.proceedings.push({
        id: proceedingId,
        kind: random.pick(['CRIMINAL', 'CRIMINAL', 'MISDEMEANOUR', 'CIVIL_COMPENSATION']),
        stage: random.pick([
          'PRE_INVESTIGATION',
          'INVESTIGATION',
          'INDICTMENT',
          'TRIAL',
          'FIRST_INSTANCE_JUDGMENT',
          'FINAL',
        ]),
        startedOn: day(startedOn),
      });
      const hearings = random.int(0, 2);
      for (let h = 0; h < hearings; h += 1) {
        kase.hearings.push({
          id: syntheticId(seed, 'hearing', `${i}.${h}`),
          proceedingId,
          scheduledAt: addDays(startedOn, random.int(10, 120)),
          measures: random.chance(0.5)
            ? []
            : [
                ...new Set([
                  random.pick(['VIDEO_LINK', 'NO_CONFRONTATION', 'SEPARATE_WAITING_ROOM']),
                  random.pick(['VIDEO_LINK', 'CLOSED_TO_PUBLIC']),
                ]),
              ],
        });
      }
      if (random.chance(0.3)) {
        const paid = random.chance(0.3);
        kase.claims.push({
          id: syntheticId(seed, 'claim', i),
          status: paid ? 'PAID' : random.pick(['FILED', 'GRANTED', 'REJECTED']),
          filedOn: day(addDays(startedOn, random.int(0, 60))),
          claimed: random.int(100, 5000) * 1000,
          paid: paid ? random.int(50, 100) * 1000 : null,
        });
      }
    }
    cases.push(kase);
  }
  return cases;
}
