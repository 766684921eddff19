import { Case, PartnerReport, Report, ReportChannel, ReportUrgency } from '@hub/cases';
import { Sex } from '@hub/common/vocabulary';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_CASES, demoCaseId } from './cases';
import { demoId } from './ids';

/** The demo report ASTRA's hotline submitted through partner intake (case 1), with its receipt. */
export const DEMO_INTAKE_REFERENCE = 'PR-DEMA-ASTR';

/**
 * Case 1 came in through ASTRA's hotline: its report, as ASTRA wrote it, is in the Centre's
 * intake (`intakeReports`) and in ASTRA's own `myReports`. Checked on its own, like the case work,
 * so a demo database made before partner intake existed gets it too. Synthetic, and says so.
 */
export async function seedIntake(em: EntityManager): Promise<boolean> {
  const id = demoId('partner-report', 1);
  if (await em.findOne(PartnerReport, { id })) {
    return false;
  }
  const demo = DEMO_CASES.find((row) => row.n === 1)!;
  const report = await em.findOneOrFail(Report, { id: demoId('report', 1) });
  em.create(PartnerReport, {
    id,
    reference: DEMO_INTAKE_REFERENCE,
    case: em.getReference(Case, demoCaseId(1)),
    report,
    partnerCode: 'astra',
    submittedBy: 'demo-user@astra',
    channel: ReportChannel.HOTLINE,
    urgency: ReportUrgency.HIGH,
    receivedAt: report.receivedAt,
    firstContactDueAt: report.firstContactDueAt,
    givenName: 'Синтетичка',
    sex: Sex.FEMALE,
    dateOfBirth: demo.dateOfBirth,
    phone: '+381 60 000 0001',
    account:
      'Синтетички податак: особа која је позвала каже да јој је послодавац узео пасош и да не сме да изађе.',
    indicators: null,
    checklistResult: null,
  });
  await em.flush();
  await em.getConnection().execute(
    `insert into hub.event (at, type, subgraph, actor, partner, case_id, entity_type, entity_id, concerns)
       values (?, 'PARTNER_REPORT_SUBMITTED', 'cases', 'demo-seed', 'astra', ?, 'PartnerReport', ?, 'astra')`,
    [report.receivedAt, demoCaseId(1), id],
    'run',
  );
  return true;
}
