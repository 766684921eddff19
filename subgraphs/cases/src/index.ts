export { casesSubgraph } from './schema';
export { Case } from './case/case.entity';
export { CaseStatus, CaseWorker, Person } from './case/case.types';
export { Report } from './report/report.entity';
export { ReportChannel } from './report/report.types';
export { CaseConference, ConferenceEntry } from './conference/conference.entity';
export { ConferenceEntryKind, ConferenceStatus } from './conference/conference.types';
export { ClosingReason } from './case/case.types';
export { ReportUrgency } from './report/report.types';
export { Identification, PreliminaryIdentification } from './identification/identification.entity';
export {
  ExploitationType,
  IdentificationDecision,
  MeansOfControl,
  PreliminaryResult,
  RecruiterRelation,
  RecruitmentMethod,
  TraffickingScope,
} from './identification/identification.types';
export { Assessment } from './assessment/assessment.entity';
export {
  AssessmentArea,
  AssessmentKind,
  AssessmentLevel,
  AssessmentSubject,
} from './assessment/assessment.types';
export { PlanItem, ProtectionPlan } from './plan/plan.entity';
export { PlanItemStatus } from './plan/plan.types';
export { Accommodation } from './accommodation/accommodation.entity';
export { AccommodationKind } from './accommodation/accommodation.types';
export { HumanitarianResidence, VoluntaryReturn } from './residence/residence.entity';
export { ResidenceStatus, ReturnStatus } from './residence/residence.types';
// The age rule lives in the shared kit; re-exported for the tests and tools that read it here.
export { ageOn } from '@hub/common';
export { PartnerReport } from './report/partner-report.entity';
export { PersonChange } from './person/person-change.entity';
export {
  DisabilityKind,
  DocumentHolder,
  FamilyRelation,
  HealthNeedKind,
  IdentityDocumentKind,
} from './person/person.facts';
