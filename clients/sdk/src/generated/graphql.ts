/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What to look for among cases. Every part given must match. Text and municipality concern the person and are for Centre case staff; a partner may search by code, status, case worker and dates. */
export type CaseSearch = {
  /** Part of the responsible case worker’s name, in either script and any case. */
  caseWorker?: string | null | undefined;
  /** Part of the case code, any case (e.g. "2026-01"). */
  code?: string | null | undefined;
  /** The person’s municipality, in either script and any case (e.g. "Ниш" or "nis"). Centre case staff. */
  municipality?: string | null | undefined;
  /** Only cases opened at or after this time. */
  openedFrom?: string | null | undefined;
  /** Only cases opened before this time. */
  openedTo?: string | null | undefined;
  /** Only cases in this status. */
  status?: CaseStatus | null | undefined;
  /** Words in the code or the person’s given or family name, in either script and any case. Centre case staff. */
  text?: string | null | undefined;
};

/** Where a case stands: reported → in identification → identified / not identified → in support → closed. */
export type CaseStatus =
  /** The case is closed (see its closing reason). */
  | 'CLOSED'
  /** The Centre identified the person as a victim (or presumed victim). */
  | 'IDENTIFIED'
  /** The Centre is identifying whether the person is a victim. */
  | 'IN_IDENTIFICATION'
  /** The person is receiving support under a protection plan. */
  | 'IN_SUPPORT'
  /** The Centre decided the person is not a victim of trafficking. */
  | 'NOT_IDENTIFIED'
  /** A report has come in; identification has not begun. */
  | 'REPORTED';

/** A line of the minutes, a decision, or an action item (who does what by when). */
export type ConferenceEntryKind =
  /** Who does what by when; it can become a plan item. */
  | 'ACTION_ITEM'
  /** A decision the conference took. */
  | 'DECISION'
  /** A line of the minutes: what was said or reported. */
  | 'MINUTE';

/** SCHEDULED → LIVE → CLOSED. */
export type ConferenceStatus =
  /** Ended; its minutes can no longer change. */
  | 'CLOSED'
  /** Under way: entries appear live for the participants. */
  | 'LIVE'
  /** Planned; not yet begun. */
  | 'SCHEDULED';

/** A type of exploitation (HTCDS/CTDC isSexualExploit, isForcedLabour, …). */
export type ExploitationType =
  /** Forced begging. */
  | 'FORCED_BEGGING'
  /** Forced to commit crimes (theft, drug dealing, …). */
  | 'FORCED_CRIMINALITY'
  /** Forced marriage. */
  | 'FORCED_MARRIAGE'
  /** Illegal adoption. */
  | 'ILLEGAL_ADOPTION'
  /** Forced labour. */
  | 'LABOUR'
  /** Removal of organs. */
  | 'ORGAN_REMOVAL'
  /** Another form of exploitation. */
  | 'OTHER'
  /** Use in pornography. */
  | 'PORNOGRAPHY'
  /** Sexual exploitation. */
  | 'SEXUAL';

/** Support the victim needs at a hearing. */
export type HearingSupport =
  /** Someone to accompany the victim to and from court. */
  | 'ESCORT'
  /** An interpreter into a language the victim speaks. */
  | 'INTERPRETER'
  /** The victim's lawyer. */
  | 'LAWYER'
  /** A psychologist with the victim before, during and after. */
  | 'PSYCHOLOGIST';

/** The Centre’s professional decision: identified as a victim, presumed victim (support while identification goes on), or not a victim. */
export type IdentificationDecision =
  /** Identified as a victim of trafficking. */
  | 'IDENTIFIED'
  /** Not a victim of trafficking. */
  | 'NOT_A_VICTIM'
  /** Presumed victim: supported while the identification goes on. */
  | 'PRESUMED';

/** An indicator of the preliminary identification checklist: a means of control (HTCDS meansOfControl*). */
export type MeansOfControl =
  /** Debt bondage: a debt the person is made to work off. */
  | 'DEBT_BONDAGE'
  /** Excessive working hours. */
  | 'EXCESSIVE_WORKING_HOURS'
  /** False promises, e.g. of work, pay or marriage. */
  | 'FALSE_PROMISES'
  /** Another means of control. */
  | 'OTHER'
  /** Physical abuse. */
  | 'PHYSICAL_ABUSE'
  /** Drugs or alcohol given to control the person. */
  | 'PSYCHOACTIVE_SUBSTANCES'
  /** Psychological abuse. */
  | 'PSYCHOLOGICAL_ABUSE'
  /** The person is kept from their own money. */
  | 'RESTRICTS_FINANCIAL_ACCESS'
  /** The person is kept from medical care. */
  | 'RESTRICTS_MEDICAL_CARE'
  /** The person is confined or watched. */
  | 'RESTRICTS_MOVEMENT'
  /** Sexual abuse. */
  | 'SEXUAL_ABUSE'
  /** The trafficker takes the person's earnings. */
  | 'TAKES_EARNINGS'
  /** Threats against the person or their family. */
  | 'THREATS'
  /** Threats of the police, deportation or prison. */
  | 'THREAT_OF_LAW_ENFORCEMENT'
  /** The person's children are used to control them. */
  | 'USES_CHILDREN'
  /** The person's documents are withheld. */
  | 'WITHHOLDS_DOCUMENTS'
  /** Food, sleep or other necessities are withheld. */
  | 'WITHHOLDS_NECESSITIES';

/** A report of a possible victim, as a partner submits it. Everything but the channel is optional. */
export type PartnerReportInput = {
  /** What you observed or were told, in your words (at most 4,000 characters). */
  account?: string | null | undefined;
  /** How it came to you (e.g. POLICE, HOTLINE, SOCIAL_WORK_CENTRE, NGO). */
  channel: ReportChannel;
  /** The indicator checklist, if you filled it in. */
  checklist?: ReportChecklistInput | null | undefined;
  /** What you know of the person. */
  person?: ReportedPersonInput | null | undefined;
  /** How urgent. */
  urgency?: ReportUrgency;
};

/** PLANNED → REFERRED (to a catalogue service) → IN_PROGRESS → DONE, or CANCELLED before it is done. A declined or withdrawn referral puts the item back to PLANNED. */
export type PlanItemStatus =
  /** Cancelled before it was done. */
  | 'CANCELLED'
  /** Done. */
  | 'DONE'
  /** The support is being given. */
  | 'IN_PROGRESS'
  /** Agreed in the plan; not yet referred or started. */
  | 'PLANNED'
  /** Referred to a catalogue service; waiting for the provider. */
  | 'REFERRED';

/** What the checklist suggests: indicators of trafficking present (go on to identification), unclear, or none. */
export type PreliminaryResult =
  /** Indicators of trafficking are present: go on to identification. */
  | 'INDICATORS_PRESENT'
  /** No indicator of trafficking. */
  | 'NO_INDICATORS'
  /** Not clear yet; gather more information. */
  | 'UNCLEAR';

/** The kind of proceeding. */
export type ProceedingKind =
  /** A civil proceeding for compensation. */
  | 'CIVIL_COMPENSATION'
  /** A criminal proceeding (e.g. Criminal Code art. 388, trafficking in human beings). */
  | 'CRIMINAL'
  /** A misdemeanour proceeding. */
  | 'MISDEMEANOUR';

/** Where a proceeding stands, from pre-investigation to a final judgment. It moves only forward (stages may be skipped); it may be DISCONTINUED from any stage before FINAL. */
export type ProceedingStage =
  /** An appeal is being decided. */
  | 'APPEAL'
  /** Discontinued before a final judgment. */
  | 'DISCONTINUED'
  /** The judgment is final. */
  | 'FINAL'
  /** The court of first instance has judged. */
  | 'FIRST_INSTANCE_JUDGMENT'
  /** The indictment was filed. */
  | 'INDICTMENT'
  /** Investigation led by the prosecutor. */
  | 'INVESTIGATION'
  /** Pre-investigation by the police and prosecutor. */
  | 'PRE_INVESTIGATION'
  /** The main trial is under way. */
  | 'TRIAL';

/** SENT → ACCEPTED or DECLINED (by the provider); ACCEPTED → IN_PROGRESS → COMPLETED; the Centre may withdraw until completed. */
export type ReferralStatus =
  /** The provider accepted it. */
  | 'ACCEPTED'
  /** The service was given. */
  | 'COMPLETED'
  /** The provider declined it. */
  | 'DECLINED'
  /** The provider is giving the service. */
  | 'IN_PROGRESS'
  /** Sent to the provider; waiting for its answer. */
  | 'SENT'
  /** The Centre withdrew it. */
  | 'WITHDRAWN';

/** How a case came to the Centre. */
export type ReportChannel =
  /** A service or institution abroad. */
  | 'ABROAD'
  /** A citizen. */
  | 'CITIZEN'
  /** An SOS hotline, such as ASTRA's. */
  | 'HOTLINE'
  /** A non-governmental organisation. */
  | 'NGO'
  /** Any other way. */
  | 'OTHER'
  /** The police. */
  | 'POLICE'
  /** The person reported themself. */
  | 'SELF'
  /** A social work centre. */
  | 'SOCIAL_WORK_CENTRE';

/** The preliminary identification checklist, as part of a partner's report. */
export type ReportChecklistInput = {
  /** When the checklist was filled in (YYYY-MM-DD), not in the future. */
  assessedOn: string;
  /** The indicators observed. */
  indicators: Array<MeansOfControl>;
  /** Other indicators, in words; required when OTHER is ticked. */
  otherIndicators?: string | null | undefined;
  /** What the checklist suggests. */
  result: PreliminaryResult;
};

/** How fast the Centre must act. Every report is due a first contact within 24 hours; IMMEDIATE (the person is in danger now) and HIGH come first in the queue. */
export type ReportUrgency =
  /** Urgent; before the normal queue. */
  | 'HIGH'
  /** The person is in danger now. */
  | 'IMMEDIATE'
  /** No special urgency: first contact within 24 hours, like every report. */
  | 'NORMAL';

/** The little that is known when a new case is reported. Every fact is optional: identification comes later. */
export type ReportedPersonInput = {
  /** The home or postal address, as written (LOCATION). */
  address?: string | null | undefined;
  /** ISO 3166-1 alpha-2, e.g. "RS". */
  citizenship?: string | null | undefined;
  /** Someone through whom the person can be reached (name and how). */
  contactPerson?: string | null | undefined;
  /** YYYY-MM-DD. */
  dateOfBirth?: string | null | undefined;
  /** An e-mail address to reach the person. */
  email?: string | null | undefined;
  /** Family name. */
  familyName?: string | null | undefined;
  /** Given name. */
  givenName?: string | null | undefined;
  /** The municipality the person lives in, as written (LOCATION). */
  municipality?: string | null | undefined;
  /** A phone number to reach the person. */
  phone?: string | null | undefined;
  /** Sex. */
  sex?: Sex | null | undefined;
};

/** A kind of support a provider offers. */
export type ServiceType =
  /** Help to obtain identity and other documents. */
  | 'DOCUMENTS'
  /** Schooling and training. */
  | 'EDUCATION'
  /** Help to find and keep work. */
  | 'EMPLOYMENT'
  /** Accompanying the person, e.g. to court or to a doctor. */
  | 'ESCORT'
  /** Financial help. */
  | 'FINANCIAL_HELP'
  /** Guardianship for a child. */
  | 'GUARDIANSHIP'
  /** A telephone hotline. */
  | 'HOTLINE'
  /** Interpreting and translation. */
  | 'INTERPRETATION'
  /** Legal advice and information. */
  | 'LEGAL_AID'
  /** A lawyer who represents the victim in proceedings. */
  | 'LEGAL_REPRESENTATION'
  /** Medical care. */
  | 'MEDICAL'
  /** Psychological counselling. */
  | 'PSYCHOLOGICAL_COUNSELLING'
  /** Psychotherapy. */
  | 'PSYCHOTHERAPY'
  /** Support to rebuild life in the community. */
  | 'REINTEGRATION'
  /** Return to the country of origin. */
  | 'REPATRIATION'
  /** Safe accommodation. */
  | 'SHELTER'
  /** Transport. */
  | 'TRANSPORT';

/** Sex as recorded at identification. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Other. */
  | 'OTHER';

/** Within Serbia only, or across a border. */
export type TraffickingScope =
  /** Within Serbia only. */
  | 'INTERNAL'
  /** Across a border. */
  | 'TRANSNATIONAL';

export type CasesQueryVariables = Exact<{
  first: number;
  status?: CaseStatus | null | undefined;
}>;


export type CasesQuery = { cases: Array<{ id: string, code: string, status: CaseStatus, openedAt: string, caseWorker: { name: string } }> };

export type CasesPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: CaseSearch | null | undefined;
}>;


export type CasesPageQuery = { casesConnection: { totalCount: number, nodes: Array<{ id: string, code: string, status: CaseStatus, openedAt: string, caseWorker: { name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseByCodeQueryVariables = Exact<{
  code: string;
}>;


export type CaseByCodeQuery = { caseByCode: { id: string, code: string, status: CaseStatus, openedAt: string, caseWorker: { name: string, workEmail: string | null, workPhone: string | null }, person: { givenName: string | null, familyName: string | null, dateOfBirth: string | null, sex: Sex | null, citizenship: string | null, languages: Array<string> | null, phone: string | null, address: string | null, municipality: string | null }, identification: { decision: IdentificationDecision | null, decidedOn: string | null, exploitationTypes: Array<ExploitationType> | null, scope: TraffickingScope | null } | null, assessment: { version: number | null, assessedOn: string | null } | null, protectionPlan: { version: number | null, goals: Array<string> | null, items: Array<{ id: string, status: PlanItemStatus | null, dueOn: string | null, serviceType: ServiceType | null }> | null } | null, proceedings: Array<{ kind: ProceedingKind, stage: ProceedingStage }> | null } | null };

export type ConferenceEventsSubscriptionVariables = Exact<{
  conferenceId: string;
  after?: string | null | undefined;
}>;


export type ConferenceEventsSubscription = { conferenceEvents: { id: string, type: string, at: string, entry: { id: string, kind: ConferenceEntryKind, text: string, recordedBy: string } | null, conference: { id: string, status: ConferenceStatus } | null } };

export type CaseEventsSubscriptionVariables = Exact<{
  caseId: string;
  after?: string | null | undefined;
}>;


export type CaseEventsSubscription = { caseEvents: { id: string, type: string, at: string, case: { code: string, status: CaseStatus } | null } };

export type MyReferralEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyReferralEventsSubscription = { myReferralEvents: { id: string, type: string, at: string, referral: { id: string, status: ReferralStatus, createdAt: string, updatedAt: string, note: string | null, declineReason: string | null, withdrawReason: string | null, case: { id: string, code: string } | null, service: { id: string, name: string, type: ServiceType }, provider: { code: string } | null } | null } };

export type SubmitReportMutationVariables = Exact<{
  input: PartnerReportInput;
  idempotencyKey?: string | null | undefined;
}>;


export type SubmitReportMutation = { submitReport: { id: string, reference: string, receivedAt: string, firstContactDueAt: string, channel: ReportChannel, urgency: ReportUrgency } };

export type OwnReportFragment = { id: string, reference: string, receivedAt: string, firstContactDueAt: string, channel: ReportChannel, urgency: ReportUrgency, givenName: string | null, familyName: string | null, dateOfBirth: string | null, sex: Sex | null, citizenship: string | null, phone: string | null, email: string | null, contactPerson: string | null, municipality: string | null, address: string | null, account: string | null, indicators: Array<MeansOfControl> | null, otherIndicators: string | null, checklistResult: PreliminaryResult | null, checklistAssessedOn: string | null, case: { id: string, code: string } | null };

export type MyReportsQueryVariables = Exact<{
  first: number;
}>;


export type MyReportsQuery = { myReports: Array<{ id: string, reference: string, receivedAt: string, firstContactDueAt: string, channel: ReportChannel, urgency: ReportUrgency, givenName: string | null, familyName: string | null, dateOfBirth: string | null, sex: Sex | null, citizenship: string | null, phone: string | null, email: string | null, contactPerson: string | null, municipality: string | null, address: string | null, account: string | null, indicators: Array<MeansOfControl> | null, otherIndicators: string | null, checklistResult: PreliminaryResult | null, checklistAssessedOn: string | null, case: { id: string, code: string } | null }> };

export type MyReportsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyReportsPageQuery = { myReportsConnection: { totalCount: number, nodes: Array<{ id: string, reference: string, receivedAt: string, firstContactDueAt: string, channel: ReportChannel, urgency: ReportUrgency, givenName: string | null, familyName: string | null, dateOfBirth: string | null, sex: Sex | null, citizenship: string | null, phone: string | null, email: string | null, contactPerson: string | null, municipality: string | null, address: string | null, account: string | null, indicators: Array<MeansOfControl> | null, otherIndicators: string | null, checklistResult: PreliminaryResult | null, checklistAssessedOn: string | null, case: { id: string, code: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReportByReferenceQueryVariables = Exact<{
  reference: string;
}>;


export type ReportByReferenceQuery = { reportByReference: { id: string, reference: string, receivedAt: string, firstContactDueAt: string, channel: ReportChannel, urgency: ReportUrgency, givenName: string | null, familyName: string | null, dateOfBirth: string | null, sex: Sex | null, citizenship: string | null, phone: string | null, email: string | null, contactPerson: string | null, municipality: string | null, address: string | null, account: string | null, indicators: Array<MeansOfControl> | null, otherIndicators: string | null, checklistResult: PreliminaryResult | null, checklistAssessedOn: string | null, case: { id: string, code: string } | null } | null };

export type PlanItemFieldsFragment = { id: string, status: PlanItemStatus | null, dueOn: string | null, overdue: boolean | null, serviceType: ServiceType | null, description: string | null, case: { code: string } | null, responsiblePartner: { code: string } | null };

export type OverduePlanItemsQueryVariables = Exact<{
  first: number;
}>;


export type OverduePlanItemsQuery = { overduePlanItems: Array<{ id: string, status: PlanItemStatus | null, dueOn: string | null, overdue: boolean | null, serviceType: ServiceType | null, description: string | null, case: { code: string } | null, responsiblePartner: { code: string } | null } | null> };

export type PlanItemsOfCasesQueryVariables = Exact<{
  first: number;
}>;


export type PlanItemsOfCasesQuery = { cases: Array<{ code: string, protectionPlan: { items: Array<{ id: string, status: PlanItemStatus | null, dueOn: string | null, overdue: boolean | null, serviceType: ServiceType | null, description: string | null, case: { code: string } | null, responsiblePartner: { code: string } | null }> | null } | null }> };

export type UpcomingHearingsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type UpcomingHearingsQuery = { upcomingHearings: Array<{ id: string, scheduledAt: string, purpose: string, supportNeeded: Array<HearingSupport>, interpreterLanguage: string | null, proceeding: { kind: ProceedingKind, stage: ProceedingStage, fileNumber: string | null, case: { code: string } | null, court: { name: string } | null } | null } | null> };

export type ReferralFieldsFragment = { id: string, status: ReferralStatus, createdAt: string, updatedAt: string, note: string | null, declineReason: string | null, withdrawReason: string | null, case: { id: string, code: string } | null, service: { id: string, name: string, type: ServiceType }, provider: { code: string } | null };

export type ReferralsQueryVariables = Exact<{
  first: number;
  status?: ReferralStatus | null | undefined;
}>;


export type ReferralsQuery = { referrals: Array<{ id: string, status: ReferralStatus, createdAt: string, updatedAt: string, note: string | null, declineReason: string | null, withdrawReason: string | null, case: { id: string, code: string } | null, service: { id: string, name: string, type: ServiceType }, provider: { code: string } | null } | null> };

export type ReferralsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: ReferralStatus | null | undefined;
}>;


export type ReferralsPageQuery = { referralsConnection: { nodes: Array<{ id: string, status: ReferralStatus, createdAt: string, updatedAt: string, note: string | null, declineReason: string | null, withdrawReason: string | null, case: { id: string, code: string } | null, service: { id: string, name: string, type: ServiceType }, provider: { code: string } | null } | null>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReferralQueryVariables = Exact<{
  id: string;
}>;


export type ReferralQuery = { referral: { id: string, status: ReferralStatus, createdAt: string, updatedAt: string, note: string | null, declineReason: string | null, withdrawReason: string | null, case: { id: string, code: string } | null, service: { id: string, name: string, type: ServiceType }, provider: { code: string } | null } | null };

export type AcceptReferralMutationVariables = Exact<{
  id: string;
}>;


export type AcceptReferralMutation = { acceptReferral: { id: string, status: ReferralStatus, createdAt: string, updatedAt: string, note: string | null, declineReason: string | null, withdrawReason: string | null, case: { id: string, code: string } | null, service: { id: string, name: string, type: ServiceType }, provider: { code: string } | null } };

export type DeclineReferralMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type DeclineReferralMutation = { declineReferral: { id: string, status: ReferralStatus, createdAt: string, updatedAt: string, note: string | null, declineReason: string | null, withdrawReason: string | null, case: { id: string, code: string } | null, service: { id: string, name: string, type: ServiceType }, provider: { code: string } | null } };

export type ReportReferralProgressMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type ReportReferralProgressMutation = { reportReferralProgress: { id: string, status: ReferralStatus, createdAt: string, updatedAt: string, note: string | null, declineReason: string | null, withdrawReason: string | null, case: { id: string, code: string } | null, service: { id: string, name: string, type: ServiceType }, provider: { code: string } | null } };

export type CompleteReferralMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type CompleteReferralMutation = { completeReferral: { id: string, status: ReferralStatus, createdAt: string, updatedAt: string, note: string | null, declineReason: string | null, withdrawReason: string | null, case: { id: string, code: string } | null, service: { id: string, name: string, type: ServiceType }, provider: { code: string } | null } };

export const OwnReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"otherIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"checklistResult"}},{"kind":"Field","name":{"kind":"Name","value":"checklistAssessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<OwnReportFragment, unknown>;
export const PlanItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PlanItemFieldsFragment, unknown>;
export const ReferralFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReferralFieldsFragment, unknown>;
export const CasesDocument = {"__meta__":{"hash":"sha256:3993d47cc645f2e073e6b3617991235f050d33cbc90042aea8adbe94db41dc41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CasesPageDocument = {"__meta__":{"hash":"sha256:0dbf6da843bdc6ba15d15a34f0fcb4b3e8872139610b4d03affc020b5fcd5b2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseSearch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"casesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CasesPageQuery, CasesPageQueryVariables>;
export const CaseByCodeDocument = {"__meta__":{"hash":"sha256:b9d6316a320b10bf5d1796a5f5abf8464c39c4261b2834d567cdeff9452e8d91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proceedings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<CaseByCodeQuery, CaseByCodeQueryVariables>;
export const ConferenceEventsDocument = {"__meta__":{"hash":"sha256:9c86f9c4332d94fc60ee349250445c9bc7645bb6ea845ca489e169350ddbdb49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConferenceEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferenceEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceEventsSubscription, ConferenceEventsSubscriptionVariables>;
export const CaseEventsDocument = {"__meta__":{"hash":"sha256:e30e65d17ed791a6717f0842ed967d377eb4bf4b3b75c44ccca363b8c9452575"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CaseEventsSubscription, CaseEventsSubscriptionVariables>;
export const MyReferralEventsDocument = {"__meta__":{"hash":"sha256:1db17e65a5af3cee5cebe2b6f1cb46807b054f486089eea5eb6f42643110e483"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyReferralEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReferralEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MyReferralEventsSubscription, MyReferralEventsSubscriptionVariables>;
export const SubmitReportDocument = {"__meta__":{"hash":"sha256:07c70b187d965250593e3ec353901f3cef8fd7bdeab24d2ac160ada85b0eef6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerReportInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}}]}}]}}]} as unknown as DocumentNode<SubmitReportMutation, SubmitReportMutationVariables>;
export const MyReportsDocument = {"__meta__":{"hash":"sha256:3ce70bc26ce8e82ee031ef5944ebf41300c0af0c025b45180908846f0e3633a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"otherIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"checklistResult"}},{"kind":"Field","name":{"kind":"Name","value":"checklistAssessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MyReportsQuery, MyReportsQueryVariables>;
export const MyReportsPageDocument = {"__meta__":{"hash":"sha256:6e9df43f3fe8d0b6de4f8f130ed773ac79d2765a1397bc7949a048cb148a1704"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReportsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReportsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"otherIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"checklistResult"}},{"kind":"Field","name":{"kind":"Name","value":"checklistAssessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MyReportsPageQuery, MyReportsPageQueryVariables>;
export const ReportByReferenceDocument = {"__meta__":{"hash":"sha256:be2c623d1451c6b54485f7923e6a86b97aef6a5e2a0619c21e5364f26a5f54c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportByReference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportByReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"otherIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"checklistResult"}},{"kind":"Field","name":{"kind":"Name","value":"checklistAssessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReportByReferenceQuery, ReportByReferenceQueryVariables>;
export const OverduePlanItemsDocument = {"__meta__":{"hash":"sha256:492e6aef864a4b434a913d1173caa4504bbbb0b7526dd3c45f93258e4127dd00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverduePlanItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overduePlanItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<OverduePlanItemsQuery, OverduePlanItemsQueryVariables>;
export const PlanItemsOfCasesDocument = {"__meta__":{"hash":"sha256:58991cdd047b63de31b97a3b303ed77dee09db141d018b3298e29313b95f5ddd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanItemsOfCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"protectionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanItemFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PlanItemsOfCasesQuery, PlanItemsOfCasesQueryVariables>;
export const UpcomingHearingsDocument = {"__meta__":{"hash":"sha256:5b364daf6a3b085baae8be76a757224fcbbc7038df9403cf753adb8e97330d0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpcomingHearings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upcomingHearings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"supportNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"proceeding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"fileNumber"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpcomingHearingsQuery, UpcomingHearingsQueryVariables>;
export const ReferralsDocument = {"__meta__":{"hash":"sha256:391ff7c76a530f3861622f22da4c6154e3a712f4386443ad8c873e9d0acad419"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReferralsQuery, ReferralsQueryVariables>;
export const ReferralsPageDocument = {"__meta__":{"hash":"sha256:1f345676e15fc2877584ba11226b05edf51be6f5f28faee4ae99cfa5237c7838"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReferralsPageQuery, ReferralsPageQueryVariables>;
export const ReferralDocument = {"__meta__":{"hash":"sha256:c6ab9ea7eb820c9433936d9bf25b23bc15697b8ed2f0736b1cd6b7ecc384e73c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReferralQuery, ReferralQueryVariables>;
export const AcceptReferralDocument = {"__meta__":{"hash":"sha256:5d55ce7ff289f98b4fa6630f2ddac25155519a71a6164b3475ac3cb76660fa1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const DeclineReferralDocument = {"__meta__":{"hash":"sha256:2bf5958f15ffa6e0c83c6b96dea8c123c49e082f7fbe828310677bcab72aaad0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const ReportReferralProgressDocument = {"__meta__":{"hash":"sha256:c785d2a637817e7ee6c689471cb58579f1247453f65efe397b6ae93712af29ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportReferralProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportReferralProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReportReferralProgressMutation, ReportReferralProgressMutationVariables>;
export const CompleteReferralDocument = {"__meta__":{"hash":"sha256:723242fd201e8640d2d6de2cf93811db421288ade6eac36bb092e5049c51d746"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CompleteReferralMutation, CompleteReferralMutationVariables>;