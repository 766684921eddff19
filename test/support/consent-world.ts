import { randomInt, randomUUID } from 'node:crypto';
import { openSubgraphOrm } from '@hub/cli';
import {
  Accommodation,
  AccommodationKind,
  Assessment,
  AssessmentArea,
  AssessmentKind,
  AssessmentLevel,
  AssessmentSubject,
  Case,
  CaseConference,
  CaseStatus,
  ExploitationType,
  Identification,
  FamilyRelation,
  HealthNeedKind,
  IdentificationDecision,
  PartnerReport,
  Report,
  ReportChannel,
} from '@hub/cases';
import { DataCategory } from '@hub/common/categories';
import { AgeGroup, Sex } from '@hub/common/vocabulary';
import { CitizenshipEligibility, Referral, Service, ServiceType } from '@hub/services';
import { Proceeding, ProceedingKind, ProceedingStage, VictimRole } from '@hub/legal';
import pg from 'pg';
import { roleSecret } from './hub';

/** A case whose every probed value is a unique secret, so any leak can be found by text search. */
export interface SecretCase {
  id: string;
  code: string;
  proceedingId: string;
  /** The receipt reference of the partner report the case came in by (see insertSecretCases). */
  reference: string;
  secrets: Record<ProbedCategory, string>;
}

export type ProbedCategory =
  | 'CORE'
  | 'IDENTITY'
  | 'CONTACT'
  | 'LOCATION'
  | 'EXPLOITATION'
  | 'HEALTH'
  | 'FAMILY'
  | 'ASSESSMENT'
  | 'LEGAL'
  | 'PLAN'
  | 'CONFERENCE';

/**
 * One probe per category that has fields today: how to select it on a Case and where its value
 * sits in the answer. A category that appears in the supergraph without a probe fails the matrix
 * (see consent-matrix.test.ts), so new categories get probes as their fields arrive.
 */
export const PROBES: Record<
  ProbedCategory,
  { select: string; read: (kase: Record<string, unknown>) => unknown }
> = {
  CORE: { select: 'code', read: (kase) => kase.code },
  IDENTITY: {
    select: 'person { givenName }',
    read: (kase) => (kase.person as Record<string, unknown> | null)?.givenName,
  },
  CONTACT: {
    select: 'person { phone }',
    read: (kase) => (kase.person as Record<string, unknown> | null)?.phone,
  },
  LOCATION: {
    select: 'accommodation { provider { code } }',
    read: (kase) =>
      ((kase.accommodation as Record<string, unknown> | null)?.provider as { code: string } | null)
        ?.code,
  },
  HEALTH: {
    select: 'person { healthNeeds { need } }',
    read: (kase) =>
      (kase.person as { healthNeeds?: { need: string }[] | null } | null)?.healthNeeds?.[0]?.need,
  },
  // The family member's whereabouts hold the LOCATION secret: read with FAMILY, they need LOCATION.
  FAMILY: {
    select: 'person { familyMembers { name whereabouts } }',
    read: (kase) =>
      (kase.person as { familyMembers?: { name: string }[] | null } | null)?.familyMembers?.[0]
        ?.name,
  },
  EXPLOITATION: {
    select: 'identification { finding }',
    read: (kase) => (kase.identification as { finding: string } | null)?.finding,
  },
  ASSESSMENT: {
    select: 'assessment { findings { note } }',
    read: (kase) =>
      (kase.assessment as { findings: { note: string }[] | null } | null)?.findings?.[0]?.note,
  },
  LEGAL: {
    select: 'proceedings { fileNumber }',
    read: (kase) => (kase.proceedings as { fileNumber: string }[] | null)?.[0]?.fileNumber,
  },
  PLAN: {
    select: 'referrals { note }',
    read: (kase) => (kase.referrals as { note: string }[] | null)?.[0]?.note,
  },
  CONFERENCE: {
    select: 'conferences { agenda }',
    read: (kase) => (kase.conferences as { agenda: string[] }[] | null)?.[0]?.agenda[0],
  },
};
export const PROBED_CATEGORIES = Object.keys(PROBES) as ProbedCategory[];

const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const reference = () =>
  `PR-${[0, 1]
    .map(() =>
      Array.from(
        { length: 4 },
        () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)],
      ).join(''),
    )
    .join('-')}`;

/**
 * Inserts cases (each with one proceeding) whose values are secrets named after `tag`. Each came
 * in by a report that `author` submitted: the author reads that report back (its own words,
 * which hold none of the secrets) and sees the case only by its grants.
 */
export async function insertSecretCases(
  dbUrl: string,
  count: number,
  tag: string,
  author = 'astra',
): Promise<SecretCase[]> {
  const made: SecretCase[] = Array.from({ length: count }, (_, i) => {
    const n = `${tag}${String(i).padStart(4, '0')}`;
    return {
      id: randomUUID(),
      code: `LM-${n}-S`,
      proceedingId: randomUUID(),
      reference: reference(),
      secrets: {
        CORE: `LM-${n}-S`,
        IDENTITY: `ID-${n}-S`,
        CONTACT: `CT-${n}-S`,
        // A partner code (the provider's), so lower case.
        LOCATION: `lo-${n.toLowerCase()}-s`,
        EXPLOITATION: `EX-${n}-S`,
        HEALTH: `HE-${n}-S`,
        FAMILY: `FA-${n}-S`,
        ASSESSMENT: `AS-${n}-S`,
        LEGAL: `LG-${n}-S`,
        PLAN: `PL-${n}-S`,
        CONFERENCE: `CF-${n}-S`,
      },
    };
  });
  const cases = await openSubgraphOrm(dbUrl, roleSecret(), 'cases');
  try {
    const em = cases.em.fork();
    for (const c of made) {
      const kase = em.create(Case, {
        id: c.id,
        code: c.code,
        status: CaseStatus.IN_SUPPORT,
        synthetic: true,
        person: {
          givenName: c.secrets.IDENTITY,
          phone: c.secrets.CONTACT,
          sex: Sex.FEMALE,
          healthNeeds: [{ kind: HealthNeedKind.MEDICAL, need: c.secrets.HEALTH, diagnosis: null }],
          familyMembers: [
            {
              relation: FamilyRelation.SIBLING,
              name: c.secrets.FAMILY,
              age: 10,
              whereabouts: c.secrets.LOCATION,
              alsoAtRisk: true,
            },
          ],
        },
        caseWorker: { name: 'Synthetic case worker' },
      });
      const report = em.create(Report, {
        case: kase,
        channel: ReportChannel.OTHER,
        reportingPartnerCode: author,
      });
      em.create(PartnerReport, {
        reference: c.reference,
        case: kase,
        report,
        partnerCode: author,
        submittedBy: `test@${author}`,
        channel: ReportChannel.OTHER,
        urgency: report.urgency,
        receivedAt: report.receivedAt,
        firstContactDueAt: new Date(report.receivedAt.getTime() + 24 * 3_600_000),
        account: `Own words of ${author}, none of them secret.`,
      });
      em.create(CaseConference, {
        case: kase,
        scheduledAt: new Date(),
        agenda: [c.secrets.CONFERENCE],
        participants: [],
        coordinator: 'test',
      });
      em.create(Accommodation, {
        case: kase,
        providerCode: c.secrets.LOCATION,
        kind: AccommodationKind.NGO_SHELTER,
        from: '2026-01-01',
        createdBy: 'test',
      });
      em.create(Identification, {
        case: kase,
        decision: IdentificationDecision.IDENTIFIED,
        decidedOn: '2026-01-02',
        decidedBy: 'test',
        finding: c.secrets.EXPLOITATION,
        exploitationTypes: [ExploitationType.LABOUR],
      });
      em.create(Assessment, {
        case: kase,
        version: 1,
        assessedOn: '2026-01-03',
        assessedBy: 'test',
        findings: [
          {
            subject: AssessmentSubject.VICTIM,
            kind: AssessmentKind.NEED,
            area: AssessmentArea.HOUSING,
            level: AssessmentLevel.HIGH,
            note: c.secrets.ASSESSMENT,
          },
        ],
      });
    }
    await em.flush();
  } finally {
    await cases.close();
  }
  const legal = await openSubgraphOrm(dbUrl, roleSecret(), 'legal');
  try {
    const em = legal.em.fork();
    for (const c of made) {
      em.create(Proceeding, {
        id: c.proceedingId,
        caseId: c.id,
        kind: ProceedingKind.CRIMINAL,
        stage: ProceedingStage.TRIAL,
        victimRole: VictimRole.WITNESS,
        fileNumber: c.secrets.LEGAL,
      });
    }
    await em.flush();
  } finally {
    await legal.close();
  }
  const services = await openSubgraphOrm(dbUrl, roleSecret(), 'services');
  try {
    const em = services.em.fork();
    const service = em.create(Service, {
      type: ServiceType.PSYCHOLOGICAL_COUNSELLING,
      name: `Synthetic service ${tag}`,
      providerCode: 'atina',
      eligibility: {
        ageGroups: [AgeGroup.ADULT],
        sexes: [Sex.FEMALE],
        citizenship: [CitizenshipEligibility.DOMESTIC],
      },
      regions: ['*'],
      languages: ['sr'],
    });
    for (const c of made) {
      em.create(Referral, {
        caseId: c.id,
        service,
        providerCode: 'atina',
        note: c.secrets.PLAN,
        createdBy: 'test',
      });
    }
    await em.flush();
  } finally {
    await services.close();
  }
  return made;
}

export type GrantState = 'active' | 'expired' | 'revoked' | 'future';

export interface TestGrant {
  id: string;
  caseId: string;
  grantee: string;
  categories: DataCategory[];
  state: GrantState;
}

/** Writes grants straight into the hub schema as the administrator (setup, not the API under test). */
export async function insertGrants(
  adminDbUrl: string,
  grants: Omit<TestGrant, 'id'>[],
): Promise<TestGrant[]> {
  const client = new pg.Client({ connectionString: adminDbUrl });
  await client.connect();
  const written: TestGrant[] = [];
  try {
    for (const grant of grants) {
      const id = randomUUID();
      const [from, until] =
        grant.state === 'expired'
          ? ["now() - interval '30 days'", "now() - interval '1 day'"]
          : grant.state === 'future'
            ? ["now() + interval '1 day'", 'null']
            : ["now() - interval '1 day'", 'null'];
      const revoked = grant.state === 'revoked';
      await client.query(
        `insert into hub.consent_grant (id, case_id, grantee_code, categories, purpose, legal_basis, given_by,
           valid_from, valid_until, evidence, recorded_by, recorded_at, revoked_at, revoked_by, revocation_reason)
         values ($1, $2, $3, $4, 'SERVICE_DELIVERY', 'CONSENT', 'VICTIM', ${from}, ${until}, 'TEST-FORM', 'test', now(),
           ${revoked ? "now() - interval '1 hour', 'test', 'withdrawn in test'" : 'null, null, null'})`,
        [id, grant.caseId, grant.grantee, [...new Set([DataCategory.CORE, ...grant.categories])]],
      );
      written.push({ ...grant, id });
    }
  } finally {
    await client.end();
  }
  return written;
}

/** Who is asking, as the oracle sees it. */
export type Viewer = {
  partner: string;
  centreRole?: 'CASE_WORKER' | 'SUPERVISOR' | 'ANALYST' | 'ADMIN';
};

/**
 * The oracle: which categories of a case a viewer may see, from the grants the test wrote. This
 * is the rule of DESIGN §4, written independently of the hub's code.
 */
export function allowedCategories(
  viewer: Viewer,
  caseId: string,
  grants: TestGrant[],
): Set<string> {
  if (viewer.centreRole === 'CASE_WORKER' || viewer.centreRole === 'SUPERVISOR') {
    return new Set(Object.values(DataCategory));
  }
  if (viewer.centreRole) {
    return new Set();
  }
  const active = grants.filter(
    (g) => g.caseId === caseId && g.grantee === viewer.partner && g.state === 'active',
  );
  return new Set(active.length ? [DataCategory.CORE, ...active.flatMap((g) => g.categories)] : []);
}
