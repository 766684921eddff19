export { casesSubgraph } from './schema';
export { Case } from './case/case.entity';
export { CaseStatus, CaseWorker, Person } from './case/case.types';
export { Report } from './report/report.entity';
export { ReportChannel } from './report/report.types';
export { CaseConference, ConferenceEntry } from './conference/conference.entity';
export { ConferenceEntryKind, ConferenceStatus } from './conference/conference.types';
