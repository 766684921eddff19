import { Case, CaseConference, ConferenceEntry, Report } from '@hub/cases';
import { CompensationClaim, Hearing, Proceeding, Representation } from '@hub/legal';
import {
  CooperationAgreement,
  LocalTeam,
  LocalTeamMembership,
  Member,
  Partner,
} from '@hub/partners';
import { Service } from '@hub/services';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { openSubgraphOrm } from '../database';
import {
  demoCaseId,
  demoCaseRows,
  demoCompensationClaimRows,
  demoConferenceRows,
  demoHearingRows,
  demoProceedingRows,
  demoRepresentationRows,
} from './cases';
import { seedCaseWork } from './case-work';
import { seedIntake } from './intake';
import { DEMO_SEALED_CASES, demoGrantRows } from './grants';
import { demoId } from './ids';
import { demoAgreementRows, demoMemberRows, demoPartnerRows, demoTeamRows } from './partners';
import { demoServiceRows } from './services';

export interface SeedResult {
  partners: number;
  services: number;
  cases: number;
  proceedings: number;
}

async function withOrm<T>(orm: Promise<MikroORM>, work: (orm: MikroORM) => Promise<T>): Promise<T> {
  const opened = await orm;
  try {
    return await work(opened);
  } finally {
    await opened.close();
  }
}

/**
 * Loads the synthetic demo data, each subgraph's part through its own role. Idempotent: a part
 * already present (its first row exists) is left as it is, so restarts keep whatever changed.
 */
export async function seedDemoData(adminUrl: string, roleSecret: string): Promise<SeedResult> {
  const result: SeedResult = { partners: 0, services: 0, cases: 0, proceedings: 0 };
  const partners = demoPartnerRows();
  await withOrm(openSubgraphOrm(adminUrl, roleSecret, 'partners'), async (orm) => {
    const em = orm.em.fork();
    if (!(await em.findOne(Partner, { id: partners[0].id }))) {
      partners.forEach((row) => em.create(Partner, row));
      demoMemberRows().forEach((row) => em.create(Member, row));
      for (const { members, ...team } of demoTeamRows()) {
        em.create(LocalTeam, team);
        members.forEach((row) => em.create(LocalTeamMembership, { ...row, team: team.id }));
      }
      demoAgreementRows().forEach((row) => em.create(CooperationAgreement, row));
      await em.flush();
      result.partners = partners.length;
    }
  });
  const services = demoServiceRows();
  await withOrm(openSubgraphOrm(adminUrl, roleSecret, 'services'), async (orm) => {
    const em = orm.em.fork();
    if (!(await em.findOne(Service, { id: services[0].id }))) {
      services.forEach((row) => em.create(Service, row));
      await em.flush();
      result.services = services.length;
    }
  });
  const cases = demoCaseRows();
  await withOrm(openSubgraphOrm(adminUrl, roleSecret, 'cases'), async (orm) => {
    const em = orm.em.fork();
    if (!(await em.findOne(Case, { id: cases[0].id }))) {
      for (const { report, ...row } of cases) {
        const kase = em.create(Case, row);
        em.create(Report, { ...report, case: kase });
      }
      demoConferenceRows().forEach(({ entries, caseId, ...row }, c) => {
        const conference = em.create(CaseConference, {
          ...row,
          case: em.getReference(Case, caseId),
        } as never);
        entries.forEach((entry, e) => {
          em.create(ConferenceEntry, {
            ...entry,
            id: demoId('conference-entry', `${c + 1}-${e}`),
            conference,
            caseId,
            recordedBy: row.coordinator,
          } as never);
        });
      });
      await em.flush();
      result.cases = cases.length;
      await seedConsent(em);
    }
    // Identification, assessment, plans, accommodation …: checked on their own, so a demo
    // database made before they existed gets them too.
    await seedCaseWork(orm.em.fork());
    await seedIntake(orm.em.fork());
  });
  const proceedings = demoProceedingRows();
  await withOrm(openSubgraphOrm(adminUrl, roleSecret, 'legal'), async (orm) => {
    const em = orm.em.fork();
    if (!(await em.findOne(Proceeding, { id: proceedings[0].id }))) {
      proceedings.forEach((row) => em.create(Proceeding, row));
      for (const { proceedingId, ...row } of demoHearingRows()) {
        em.create(Hearing, {
          ...row,
          proceeding: em.getReference(Proceeding, proceedingId),
        } as never);
      }
      await em.flush();
      result.proceedings = proceedings.length;
    }
    // Added after proceedings were: a database seeded before gets them on its next start.
    const representations = demoRepresentationRows();
    if (!(await em.findOne(Representation, { id: representations[0].id }))) {
      for (const { proceedingId, ...row } of representations) {
        em.create(Representation, {
          ...row,
          proceeding: proceedingId ? em.getReference(Proceeding, proceedingId) : null,
        });
      }
      for (const { proceedingId, ...row } of demoCompensationClaimRows()) {
        em.create(CompensationClaim, {
          ...row,
          proceeding: proceedingId ? em.getReference(Proceeding, proceedingId) : null,
        });
      }
      await em.flush();
    }
  });
  return result;
}

/** Demo consent grants (one revoked, one expired) and the seals of closed demo cases. */
async function seedConsent(em: EntityManager): Promise<void> {
  const connection = em.getConnection();
  for (const grant of demoGrantRows()) {
    await connection.execute(
      `insert into hub.consent_grant
        (id, case_id, grantee_code, categories, purpose, legal_basis, legal_provision, given_by, authority,
         valid_from, valid_until, evidence, recorded_by, recorded_at, revoked_at, revoked_by, revocation_reason)
       values (?, ?, ?, array[?]::text[], ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?, 'demo-seed', ?::timestamptz, ?, ?, ?)`,
      [
        grant.id,
        grant.caseId,
        grant.grantee,
        grant.categories,
        grant.purpose,
        grant.legalBasis,
        grant.legalProvision,
        grant.givenBy,
        grant.authority,
        grant.validFrom,
        grant.validUntil,
        grant.evidence,
        grant.validFrom,
        grant.revoked ? new Date().toISOString() : null,
        grant.revoked ? 'demo-seed' : null,
        grant.revoked,
      ],
      'run',
    );
  }
  for (const n of DEMO_SEALED_CASES) {
    await connection.execute(
      "insert into hub.case_seal (case_id, sealed_at, sealed_by) values (?, now(), 'demo-seed') on conflict do nothing",
      [demoCaseId(n)],
      'run',
    );
  }
}
