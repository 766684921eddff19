import { type SubgraphDefinition } from '@hub/common';
import { AccessLogResolver } from './access-log/access-log';
import { AccessReportResolver } from './access-log/access-report.resolver';
import { CaseWorkerAssignment } from './assignment/assignment.entity';
import { AssignmentResolver } from './assignment/assignment.resolver';
import { BreakGlassResolver } from './break-glass/break-glass';
import { CaseConference, ConferenceEntry } from './conference/conference.entity';
import {
  CaseConferencesResolver,
  ConferenceEntryResolver,
  ConferenceResolver,
} from './conference/conference.resolver';
import { ConferenceService } from './conference/conference.service';
import { CaseConsentsResolver, ConsentResolver } from './consent/consent.resolver';
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
import { CaseTimelineResolver } from './timeline/timeline';
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
  caseTypes: {
    Case: (kase) => kase.id as string,
    Report: (report) => (report as unknown as Report).case.id,
    ConsentGrant: (grant) => grant.caseId as string,
    BreakGlassSession: (session) => session.caseId as string,
    AccessLogEntry: (entry) => entry.caseId as string,
    CaseAccessReport: (report) => report.caseId as string,
    CaseConference: (conference) => (conference as unknown as CaseConference).case.id,
    ConferenceEntry: (entry) => entry.caseId as string,
    PreliminaryIdentification: (row) => (row as unknown as PreliminaryIdentification).case.id,
    Identification: (row) => (row as unknown as Identification).case.id,
    Assessment: (row) => (row as unknown as Assessment).case.id,
    ProtectionPlan: (row) => (row as unknown as ProtectionPlan).case.id,
    PlanItem: (row) => row.caseId as string,
    TimelineEntry: (row) => row.caseId as string,
    Accommodation: (row) => (row as unknown as Accommodation).case.id,
    VoluntaryReturn: (row) => (row as unknown as VoluntaryReturn).case.id,
    HumanitarianResidence: (row) => (row as unknown as HumanitarianResidence).case.id,
    PartnerReport: (row) => (row as unknown as PartnerReport).case.id,
    PersonChange: (row) => (row as unknown as PersonChange).case.id,
  },
  // A partner reads back the report it wrote; it opens nothing else of the case.
  authoredTypes: {
    PartnerReport: (row) => (row as unknown as PartnerReport).partnerCode,
  },
  referenceResolvers: {
    Case: (reference, ctx) => new CaseService(ctx).byId(reference.id!),
    CaseConference: (reference, ctx) => new ConferenceService(ctx).byId(reference.id!),
    ConferenceEntry: (reference, ctx) => new ConferenceService(ctx).entryById(reference.id!),
    PlanItem: (reference, ctx) => new PlanService(ctx).itemById(reference.id!),
  },
};
