import { type SubgraphDefinition } from '@hub/common';
import { AccessLogResolver } from './access-log/access-log';
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
    ConferenceResolver,
    ConferenceEntryResolver,
    CaseConferencesResolver,
  ],
  entities: [Case, Report, CaseConference, ConferenceEntry],
  migrations,
  extraTypeDefs: EVENTS_SDL,
  caseTypes: {
    Case: (kase) => kase.id as string,
    Report: (report) => (report as unknown as Report).case.id,
    ConsentGrant: (grant) => grant.caseId as string,
    BreakGlassSession: (session) => session.caseId as string,
    AccessLogEntry: (entry) => entry.caseId as string,
    CaseConference: (conference) => (conference as unknown as CaseConference).case.id,
    ConferenceEntry: (entry) => entry.caseId as string,
  },
  referenceResolvers: {
    Case: (reference, ctx) => new CaseService(ctx).byId(reference.id!),
    CaseConference: (reference, ctx) => new ConferenceService(ctx).byId(reference.id!),
    ConferenceEntry: (reference, ctx) => new ConferenceService(ctx).entryById(reference.id!),
  },
};
