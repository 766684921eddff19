import { authorOf, caseOf, type SubgraphDefinition } from '@hub/common';
import { type AccessLogEntry, AccessLogResolver } from './access-log/access-log';
import { AccessReportResolver } from './access-log/access-report.resolver';
import { type CaseAccessReport } from './access-log/access-report.types';
import { CaseWorkerAssignment } from './assignment/assignment.entity';
import { AssignmentResolver } from './assignment/assignment.resolver';
import { BreakGlassResolver, type BreakGlassSession } from './break-glass/break-glass';
import { CaseConference, ConferenceEntry } from './conference/conference.entity';
import {
  CaseConferencesResolver,
  ConferenceEntryResolver,
  ConferenceResolver,
} from './conference/conference.resolver';
import { ConferenceService } from './conference/conference.service';
import { CaseConsentsResolver, ConsentResolver } from './consent/consent.resolver';
import { type ConsentGrant } from './consent/consent.types';
import { Case } from './case/case.entity';
import { CaseResolver } from './case/case.resolver';
import { CaseService } from './case/case.service';
import { EVENTS_SDL } from './events/events.sdl';
import { migrations } from './migrations';
import { Report } from './report/report.entity';
import { ReportResolver } from './report/report.resolver';
import { PartnerReport } from './report/partner-report.entity';
import { PartnerReportResolver } from './report/partner-report.resolver';
import { PersonChange } from './person/person-change.entity';
import { CasePersonResolver, PersonChangeResolver } from './person/person.resolver';
import { Assessment } from './assessment/assessment.entity';
import { AssessmentResolver } from './assessment/assessment.resolver';
import { Identification, PreliminaryIdentification } from './identification/identification.entity';
import { IdentificationResolver } from './identification/identification.resolver';
import { PlanItem, ProtectionPlan } from './plan/plan.entity';
import { CasePlanResolver, PlanItemResolver, PlanResolver } from './plan/plan.resolver';
import { PlanService } from './plan/plan.service';
import { EventCursor, followReferralEvents } from './plan/referral-follower';
import { CaseTimelineResolver, EventScopeResolver, type TimelineEntry } from './timeline/timeline';
import { Accommodation } from './accommodation/accommodation.entity';
import {
  AccommodationResolver,
  CaseAccommodationResolver,
  OccupancyResolver,
} from './accommodation/accommodation.resolver';
import { HumanitarianResidence, VoluntaryReturn } from './residence/residence.entity';
import {
  CaseResidenceResolver,
  HumanitarianResidenceResolver,
  VoluntaryReturnResolver,
} from './residence/residence.resolver';

/** The cases subgraph: cases and how they came in; later identification, plans, referrals, consent. */
export const casesSubgraph: SubgraphDefinition = {
  name: 'cases',
  resolvers: [
    CaseResolver,
    ReportResolver,
    ConsentResolver,
    CaseConsentsResolver,
    BreakGlassResolver,
    AccessLogResolver,
    AccessReportResolver,
    ConferenceResolver,
    ConferenceEntryResolver,
    CaseConferencesResolver,
    IdentificationResolver,
    AssessmentResolver,
    PlanResolver,
    PlanItemResolver,
    CasePlanResolver,
    CaseTimelineResolver,
    EventScopeResolver,
    AccommodationResolver,
    CaseAccommodationResolver,
    OccupancyResolver,
    VoluntaryReturnResolver,
    HumanitarianResidenceResolver,
    CaseResidenceResolver,
    AssignmentResolver,
    PartnerReportResolver,
    CasePersonResolver,
    PersonChangeResolver,
  ],
  entities: [
    Case,
    Report,
    CaseConference,
    ConferenceEntry,
    PreliminaryIdentification,
    Identification,
    Assessment,
    ProtectionPlan,
    PlanItem,
    Accommodation,
    VoluntaryReturn,
    HumanitarianResidence,
    CaseWorkerAssignment,
    EventCursor,
    PartnerReport,
    PersonChange,
  ],
  migrations,
  extraTypeDefs: EVENTS_SDL,
  // Referrals made for plan items move those items (REFERRED, IN_PROGRESS, DONE, back to PLANNED).
  background: (orm, log) => followReferralEvents(orm, log.child({ worker: 'referral-follower' })),
  // Every type with an id and fields marked @category says here how to find its case (the schema
  // build refuses one that does not); value objects take the case of the field that returned them.
  caseTypes: {
    Case: caseOf((kase: Case) => kase.id),
    Report: caseOf((report: Report) => report.case.id),
    ConsentGrant: caseOf((grant: ConsentGrant) => grant.caseId),
    BreakGlassSession: caseOf((session: BreakGlassSession) => session.caseId),
    AccessLogEntry: caseOf((entry: AccessLogEntry) => entry.caseId),
    CaseAccessReport: caseOf((report: CaseAccessReport) => report.caseId),
    CaseWorkerAssignment: caseOf((assignment: CaseWorkerAssignment) => assignment.case.id),
    CaseConference: caseOf((conference: CaseConference) => conference.case.id),
    ConferenceEntry: caseOf((entry: ConferenceEntry) => entry.caseId),
    PreliminaryIdentification: caseOf((row: PreliminaryIdentification) => row.case.id),
    Identification: caseOf((row: Identification) => row.case.id),
    Assessment: caseOf((row: Assessment) => row.case.id),
    ProtectionPlan: caseOf((plan: ProtectionPlan) => plan.case.id),
    PlanItem: caseOf((item: PlanItem) => item.caseId),
    TimelineEntry: caseOf((entry: TimelineEntry) => entry.caseId),
    Accommodation: caseOf((stay: Accommodation) => stay.case.id),
    VoluntaryReturn: caseOf((row: VoluntaryReturn) => row.case.id),
    HumanitarianResidence: caseOf((row: HumanitarianResidence) => row.case.id),
    PartnerReport: caseOf((report: PartnerReport) => report.case.id),
    PersonChange: caseOf((change: PersonChange) => change.case.id),
  },
  // A partner reads back the report it wrote; it opens nothing else of the case.
  authoredTypes: {
    PartnerReport: authorOf((report: PartnerReport) => report.partnerCode),
  },
  referenceResolvers: {
    Case: (reference, ctx) => new CaseService(ctx).byId(reference.id!),
    CaseConference: (reference, ctx) => new ConferenceService(ctx).byId(reference.id!),
    ConferenceEntry: (reference, ctx) => new ConferenceService(ctx).entryById(reference.id!),
    PlanItem: (reference, ctx) => new PlanService(ctx).itemById(reference.id!),
  },
};
