import { openSubgraphOrm, partnerId } from '@hub/cli';
import { Case, CaseStatus, Report, ReportChannel } from '@hub/cases';
import { Sex } from '@hub/common/vocabulary';
import { Proceeding, ProceedingKind, ProceedingStage, VictimRole } from '@hub/legal';
import { roleSecret } from './hub';

/**
 * Adds `count` synthetic cases, each reported by a demo partner and with one criminal proceeding,
 * through the owning subgraphs' own roles. Returns their ids.
 */
export async function addSyntheticCases(
  dbUrl: string,
  count: number,
  prefix: string,
): Promise<string[]> {
  const cases = await openSubgraphOrm(dbUrl, roleSecret(), 'cases');
  const ids: string[] = [];
  try {
    const em = cases.em.fork();
    for (let i = 0; i < count; i += 1) {
      const kase = em.create(Case, {
        code: `${prefix}-${String(i).padStart(3, '0')}`,
        status: CaseStatus.IN_SUPPORT,
        synthetic: true,
        person: {
          givenName: `Synthetic${i}`,
          familyName: 'Test',
          sex: Sex.FEMALE,
          citizenship: 'RS',
          dateOfBirth: '2000-01-01',
        },
        caseWorker: { name: 'Synthetic case worker', workEmail: 'worker@example.org' },
      });
      em.create(Report, {
        case: kase,
        channel: ReportChannel.NGO,
        reportingPartnerCode: i % 2 ? 'astra' : 'atina',
      });
      ids.push(kase.id);
    }
    await em.flush();
  } finally {
    await cases.close();
  }
  const legal = await openSubgraphOrm(dbUrl, roleSecret(), 'legal');
  try {
    const em = legal.em.fork();
    for (const caseId of ids) {
      em.create(Proceeding, {
        caseId,
        kind: ProceedingKind.CRIMINAL,
        stage: ProceedingStage.INVESTIGATION,
        charges: ['388'],
        victimRole: VictimRole.INJURED_PARTY,
        courtId: partnerId('court-beograd'),
        prosecutionId: partnerId('prosecution-beograd'),
      });
    }
    await em.flush();
  } finally {
    await legal.close();
  }
  return ids;
}
