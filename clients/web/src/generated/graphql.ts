/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a person is accommodated: the Centre’s Shelter (in phases 1–3), an NGO shelter, a social care institution, foster care, or elsewhere. */
export type AccommodationKind =
  | 'CENTRE_SHELTER'
  | 'FOSTER_CARE'
  | 'NGO_SHELTER'
  | 'OTHER'
  | 'SOCIAL_CARE_INSTITUTION';

/** A new version of a case’s individual protection plan. The version before it is superseded. */
export type AdoptPlanInput = {
  /** Carry the open items (not DONE or CANCELLED) of the superseded version into this one. */
  carryOpenItems?: boolean;
  /** The case. */
  caseId: string;
  /** The goals: the changes the person wants to reach. */
  goals: Array<string>;
  /** The items of the new version. */
  items?: Array<PlanItemInput>;
};

/** A proceeding moving to a later stage, or discontinued. */
export type AdvanceProceedingInput = {
  /** The court's or prosecution's file number, when the new stage brings one. */
  fileNumber?: string | null | undefined;
  /** The proceeding. */
  id: string;
  /** The stage it moves to: later than the current one, or DISCONTINUED. */
  stage: ProceedingStage;
};

/** A lawyer to appoint for the victim, for the case or one proceeding. */
export type AppointRepresentationInput = {
  /** The case. */
  caseId: string;
  /** The lawyer's name. */
  lawyerName: string;
  /** The code of the partner the lawyer works for, e.g. "astra". */
  partnerCode: string;
  /** When the power of attorney was signed, YYYY-MM-DD. */
  powerOfAttorneyOn?: string | null | undefined;
  /** The proceeding, when the lawyer represents the victim in that one only. */
  proceedingId?: string | null | undefined;
  /** First day of the representation, YYYY-MM-DD; today when left out. */
  startedOn?: string | null | undefined;
};

/** The area of life a finding concerns. */
export type AssessmentArea =
  | 'DOCUMENTS'
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'FAMILY_RELATIONS'
  | 'HEALTH'
  | 'HOUSING'
  | 'INCOME'
  | 'LEGAL'
  | 'OTHER'
  | 'PSYCHOLOGICAL'
  | 'SAFETY'
  | 'SOCIAL_NETWORK';

/** One finding of an assessment. */
export type AssessmentFindingInput = {
  /** The area of life. */
  area: AssessmentArea;
  /** Risk, strength or need. */
  kind: AssessmentKind;
  /** How high or strong. */
  level: AssessmentLevel;
  /** What was found, in words. */
  note?: string | null | undefined;
  /** Whom the finding is about. */
  subject: AssessmentSubject;
};

/** A risk to the person, a strength to build on, or a need to meet. */
export type AssessmentKind =
  | 'NEED'
  | 'RISK'
  | 'STRENGTH';

/** How high a risk or need is, or how strong a strength. */
export type AssessmentLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Whom a finding is about: the victim, their child, their family, their intimate partner, or someone else around them. */
export type AssessmentSubject =
  | 'CHILD'
  | 'FAMILY'
  | 'OTHER'
  | 'PARTNER'
  | 'VICTIM';

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
  | 'CLOSED'
  | 'IDENTIFIED'
  | 'IN_IDENTIFICATION'
  | 'IN_SUPPORT'
  | 'NOT_IDENTIFIED'
  | 'REPORTED';

/** Closing a case: why, and a short note for the file. */
export type CloseCaseInput = {
  /** The case. */
  caseId: string;
  /** Required when the reason is OTHER. */
  note?: string | null | undefined;
  /** Why the case is closed. */
  reason: ClosingReason;
};

/** Why a case was closed. */
export type ClosingReason =
  | 'CONTACT_LOST'
  | 'DECEASED'
  | 'NOT_A_VICTIM'
  | 'OTHER'
  | 'PERSON_DECLINED_SUPPORT'
  /** Voluntary return to the country of origin was completed. */
  | 'RETURNED_HOME'
  | 'SUPPORT_COMPLETED'
  /** Handed over to a service abroad or another competent body. */
  | 'TRANSFERRED';

/** The decision on a compensation claim. */
export type CompensationDecision =
  | 'GRANTED'
  | 'PARTLY_GRANTED'
  | 'REJECTED';

/** Where a compensation claim is made. */
export type CompensationForum =
  /** A civil action for damages. */
  | 'CIVIL_COURT'
  /** An adhesion claim of the injured party within the criminal proceeding. */
  | 'CRIMINAL_PROCEEDING'
  /** Any other forum, e.g. an out-of-court settlement. */
  | 'OTHER'
  /** A state compensation scheme for victims of crime. */
  | 'STATE_FUND';

/** FILED → GRANTED, PARTLY_GRANTED or REJECTED (decided), or WITHDRAWN; GRANTED or PARTLY_GRANTED → PAID. */
export type CompensationStatus =
  | 'FILED'
  | 'GRANTED'
  | 'PAID'
  | 'PARTLY_GRANTED'
  | 'REJECTED'
  | 'WITHDRAWN';

/** A line of the minutes, a decision, or an action item (who does what by when). */
export type ConferenceEntryKind =
  | 'ACTION_ITEM'
  | 'DECISION'
  | 'MINUTE';

/** A participant of a case conference. */
export type ConferenceParticipantInput = {
  /** The participant’s name or function. */
  name: string;
  /** The partner code, when the participant represents a partner. */
  partner?: string | null | undefined;
};

/** SCHEDULED → LIVE → CLOSED. */
export type ConferenceStatus =
  | 'CLOSED'
  | 'LIVE'
  | 'SCHEDULED';

/** What the shared data may be used for. */
export type ConsentPurpose =
  | 'CRIMINAL_PROCEEDINGS'
  | 'GUARDIANSHIP'
  | 'HEALTH_CARE'
  | 'PROTECTION_COORDINATION'
  | 'SAFE_RETURN'
  | 'SERVICE_DELIVERY';

/** A referral of a case to a catalogue service. */
export type CreateReferralInput = {
  /** The case. */
  caseId: string;
  /** What the provider should know, in plain words. */
  note?: string | null | undefined;
  /** The protection-plan item the referral carries out, if any. */
  planItemId?: string | null | undefined;
  /** The catalogue service. */
  serviceId: string;
};

/** A category of case data that consent is given for, one per field of every case-related type. */
export type DataCategory =
  /** Risk, strength and need assessment. */
  | 'ASSESSMENT'
  /** Case conferences, minutes and decisions. */
  | 'CONFERENCE'
  /** Phone, e-mail and a contact person. */
  | 'CONTACT'
  /** Pseudonymous case code, status, the responsible case worker's work contact. Any active grant includes it. */
  | 'CORE'
  /** Identification decision and finding, exploitation types, means of control, recruitment. */
  | 'EXPLOITATION'
  /** Family members and children: relation, name, age, whether also at risk (where they are is LOCATION). */
  | 'FAMILY'
  /** Medical and psychological information: health and psychological needs, disabilities and the support required. */
  | 'HEALTH'
  /** Names, date of birth, sex, citizenship, languages, identity documents. */
  | 'IDENTITY'
  /** Proceedings, hearings, representation, protective measures, compensation. */
  | 'LEGAL'
  /** Every address at which the person may be found: where they stay now (shelter or other accommodation), their home address and municipality, and where their family members are. */
  | 'LOCATION'
  /** Protection plan, plan items, referrals. */
  | 'PLAN';

/** The decision on a filed compensation claim. */
export type DecideCompensationClaimInput = {
  /** The amount awarded, in minor units: required for PARTLY_GRANTED (less than claimed); for GRANTED the amount claimed when left out; none for REJECTED. */
  amountAwarded?: number | null | undefined;
  /** When it was decided, YYYY-MM-DD; today when left out. */
  decidedOn?: string | null | undefined;
  /** Granted in full, in part, or rejected. */
  decision: CompensationDecision;
  /** The decision's reference, e.g. the judgment's file number. */
  decisionReference?: string | null | undefined;
  /** The claim. */
  id: string;
};

/** A decision on (or an extension of) humanitarian residence. */
export type DecideResidenceInput = {
  /** The day of the decision (YYYY-MM-DD). */
  decidedOn: string;
  /** The residence application. */
  id: string;
  /** The decision. */
  status: ResidenceStatus;
  /** With GRANTED: valid until (YYYY-MM-DD); required. */
  validUntil?: string | null | undefined;
};

/** The end of a representation. */
export type EndRepresentationInput = {
  /** The day it ends (no longer active from then), YYYY-MM-DD; today when left out. */
  endedOn?: string | null | undefined;
  /** The representation. */
  id: string;
  /** Why it ends, e.g. "the proceeding ended" or "the victim chose another lawyer". */
  reason: string;
};

/** A type of exploitation (HTCDS/CTDC isSexualExploit, isForcedLabour, …). */
export type ExploitationType =
  | 'FORCED_BEGGING'
  | 'FORCED_CRIMINALITY'
  | 'FORCED_MARRIAGE'
  | 'ILLEGAL_ADOPTION'
  | 'LABOUR'
  | 'ORGAN_REMOVAL'
  | 'OTHER'
  | 'PORNOGRAPHY'
  | 'SEXUAL';

/** A compensation claim to record as filed. */
export type FileCompensationClaimInput = {
  /** The amount claimed, in minor units of the currency (100 = 1.00), at least 1. */
  amountClaimed: number;
  /** The case. */
  caseId: string;
  /** The ISO 4217 currency code, e.g. "RSD" or "EUR". */
  currency: string;
  /** When it was filed, YYYY-MM-DD; today when left out. */
  filedOn?: string | null | undefined;
  /** Where the claim is made. */
  forum: CompensationForum;
  /** Anything worth knowing, in plain words. */
  note?: string | null | undefined;
  /** The proceeding the claim is made in; required for a claim in a criminal proceeding. */
  proceedingId?: string | null | undefined;
};

/** Who gave the consent, or, for a legal basis other than consent, that an authority decided it. */
export type GivenBy =
  | 'AUTHORITY'
  | 'LEGAL_GUARDIAN'
  | 'VICTIM';

/** A new consent grant. A change of scope is a revocation plus a new grant. */
export type GrantConsentInput = {
  /** The deciding authority; required unless the basis is CONSENT. */
  authority?: string | null | undefined;
  /** The case. */
  caseId: string;
  /** Categories to share; CORE is always included. */
  categories: Array<DataCategory>;
  /** Reference to the signed form or decision, e.g. a document number. */
  evidence: string;
  /** Who gave the consent (VICTIM, LEGAL_GUARDIAN), or AUTHORITY for other bases. */
  givenBy: GivenBy;
  /** The code of the partner the grant is to, e.g. "astra". */
  grantee: string;
  /** Why sharing is lawful. */
  legalBasis: LegalBasis;
  /** The provision cited; required for LEGAL_OBLIGATION. */
  legalProvision?: string | null | undefined;
  /** What the data may be used for. */
  purpose: ConsentPurpose;
  /** Start of validity; now when omitted. */
  validFrom?: string | null | undefined;
  /** End of validity; open-ended when omitted. */
  validUntil?: string | null | undefined;
};

/** Support the victim needs at a hearing. */
export type HearingSupport =
  | 'ESCORT'
  | 'INTERPRETER'
  | 'LAWYER'
  | 'PSYCHOLOGIST';

/** The Centre’s professional decision: identified as a victim, presumed victim (support while identification goes on), or not a victim. */
export type IdentificationDecision =
  | 'IDENTIFIED'
  | 'NOT_A_VICTIM'
  | 'PRESUMED';

/** The formal identification decision. */
export type IdentificationInput = {
  /** The case. */
  caseId: string;
  /** The date of the decision (YYYY-MM-DD). */
  decidedOn: string;
  /** The decision. */
  decision: IdentificationDecision;
  /** Types of exploitation; at least one unless the decision is NOT_A_VICTIM. */
  exploitationTypes: Array<ExploitationType>;
  /** The finding and opinion (налаз и мишљење), as written. */
  finding: string;
  /** Identification is always made with the person taking part; confirm that they did (must be true). */
  personParticipated: boolean;
  /** How the person was recruited. */
  recruitment?: RecruitmentInput | null | undefined;
  /** Internal or transnational. */
  scope?: TraffickingScope | null | undefined;
};

/** Why sharing is lawful: the consent of the victim or guardian, a legal obligation, or a vital interest. */
export type LegalBasis =
  | 'CONSENT'
  | 'LEGAL_OBLIGATION'
  | 'VITAL_INTEREST';

/** An indicator of the preliminary identification checklist: a means of control (HTCDS meansOfControl*). */
export type MeansOfControl =
  | 'DEBT_BONDAGE'
  | 'EXCESSIVE_WORKING_HOURS'
  | 'FALSE_PROMISES'
  | 'OTHER'
  | 'PHYSICAL_ABUSE'
  | 'PSYCHOACTIVE_SUBSTANCES'
  | 'PSYCHOLOGICAL_ABUSE'
  | 'RESTRICTS_FINANCIAL_ACCESS'
  | 'RESTRICTS_MEDICAL_CARE'
  | 'RESTRICTS_MOVEMENT'
  | 'SEXUAL_ABUSE'
  | 'TAKES_EARNINGS'
  | 'THREATS'
  | 'THREAT_OF_LAW_ENFORCEMENT'
  | 'USES_CHILDREN'
  | 'WITHHOLDS_DOCUMENTS'
  | 'WITHHOLDS_NECESSITIES';

/** Moving a plan item on. */
export type MovePlanItemInput = {
  /** The plan item. */
  itemId: string;
  /** Required with CANCELLED: why. */
  reason?: string | null | undefined;
  /** With REFERRED: the referral made for it (services subgraph). */
  referralId?: string | null | undefined;
  /** The status to move to. */
  status: PlanItemStatus;
};

/** Moving a voluntary return on. */
export type MoveReturnInput = {
  /** The voluntary return. */
  id: string;
  /** With COMPLETED: the day of return (YYYY-MM-DD). With IN_PREPARATION: a new planned date. */
  on?: string | null | undefined;
  /** The status to move to. */
  status: ReturnStatus;
};

/** A proceeding to record on a case. */
export type OpenProceedingInput = {
  /** The case. */
  caseId: string;
  /** Criminal Code articles charged, as article numbers, e.g. ["388"]; only for criminal proceedings. */
  charges?: Array<string>;
  /** The court hearing the case (a partner id). */
  courtId?: string | null | undefined;
  /** The court's or prosecution's file number. */
  fileNumber?: string | null | undefined;
  /** Criminal, misdemeanour or civil compensation. */
  kind: ProceedingKind;
  /** The public prosecution leading the case (a partner id). */
  prosecutionId?: string | null | undefined;
  /** The stage it has reached when recorded (a proceeding the Centre learns of late may already be at trial); not FINAL or DISCONTINUED. */
  stage?: ProceedingStage;
  /** When it started, YYYY-MM-DD. */
  startedOn?: string | null | undefined;
  /** The victim's role in the proceeding. */
  victimRole: VictimRole;
};

/** Placing a person in accommodation. */
export type PlaceInput = {
  /** The case. */
  caseId: string;
  /** From this day (YYYY-MM-DD). A current placement ends that day. */
  from: string;
  /** The kind of accommodation. */
  kind: AccommodationKind;
  /** The Shelter phase (1–3); only, and always, for CENTRE_SHELTER. */
  phase?: number | null | undefined;
  /** The provider partner (code), e.g. "centre" for the Centre’s Shelter. */
  provider: string;
};

/** A plan item: which support, from whom, by when. */
export type PlanItemInput = {
  /** What is to be done, in words. */
  description: string;
  /** Due date (YYYY-MM-DD). */
  dueOn: string;
  /** The goal it serves: its position in the plan’s goals, from 0. */
  goal?: number | null | undefined;
  /** The partner responsible (code), e.g. "csw-beograd" or "centre". */
  responsiblePartner: string;
  /** The catalogue service, when chosen. */
  serviceId?: string | null | undefined;
  /** The kind of support. */
  serviceType?: ServiceType | null | undefined;
};

/** PLANNED → REFERRED (to a catalogue service) → IN_PROGRESS → DONE, or CANCELLED before it is done. A declined or withdrawn referral puts the item back to PLANNED. */
export type PlanItemStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED'
  | 'REFERRED';

/** The preliminary identification checklist, as filled in. */
export type PreliminaryIdentificationInput = {
  /** When the checklist was filled in (YYYY-MM-DD). */
  assessedOn: string;
  /** The case. */
  caseId: string;
  /** The indicators observed. */
  indicators: Array<MeansOfControl>;
  /** Other indicators, in words; required when OTHER is ticked. */
  otherIndicators?: string | null | undefined;
  /** What the checklist suggests. */
  result: PreliminaryResult;
};

/** What the checklist suggests: indicators of trafficking present (go on to identification), unclear, or none. */
export type PreliminaryResult =
  | 'INDICATORS_PRESENT'
  | 'NO_INDICATORS'
  | 'UNCLEAR';

/** The kind of proceeding. */
export type ProceedingKind =
  | 'CIVIL_COMPENSATION'
  | 'CRIMINAL'
  | 'MISDEMEANOUR';

/** Where a proceeding stands, from pre-investigation to a final judgment. It moves only forward (stages may be skipped); it may be DISCONTINUED from any stage before FINAL. */
export type ProceedingStage =
  | 'APPEAL'
  | 'DISCONTINUED'
  | 'FINAL'
  | 'FIRST_INSTANCE_JUDGMENT'
  | 'INDICTMENT'
  | 'INVESTIGATION'
  | 'PRE_INVESTIGATION'
  | 'TRIAL';

/** A measure protecting the victim as a witness (e.g. testimony by video link). */
export type ProtectiveMeasure =
  | 'CLOSED_TO_PUBLIC'
  | 'NO_CONFRONTATION'
  | 'RECORDED_TESTIMONY'
  | 'SEPARATE_WAITING_ROOM'
  | 'VIDEO_LINK';

/** An assessment of risks, strengths and needs. Recording one on a case that has one makes a new version; the earlier stays in the history. */
export type RecordAssessmentInput = {
  /** The day of the assessment (YYYY-MM-DD). */
  assessedOn: string;
  /** The case. */
  caseId: string;
  /** The findings, at least one. */
  findings: Array<AssessmentFindingInput>;
};

/** A payment received on a granted compensation claim. */
export type RecordCompensationPaymentInput = {
  /** The amount paid, in minor units; at most the amount awarded. */
  amountPaid: number;
  /** The claim. */
  id: string;
  /** When it was paid, YYYY-MM-DD; today when left out. */
  paidOn?: string | null | undefined;
};

/** A line of minutes, a decision or an action item, recorded while the conference is live. */
export type RecordConferenceEntryInput = {
  /** For an action item: the partner code responsible. */
  assignee?: string | null | undefined;
  /** The conference. */
  conferenceId: string;
  /** For an action item: when it is due (YYYY-MM-DD). */
  dueOn?: string | null | undefined;
  /** What kind of entry. */
  kind: ConferenceEntryKind;
  /** The text, as recorded. */
  text: string;
};

/** The relation of the recruiter to the person (HTCDS recruiterRelation*). */
export type RecruiterRelation =
  | 'FAMILY'
  | 'FRIEND'
  | 'INTIMATE_PARTNER'
  | 'OTHER'
  | 'UNKNOWN';

/** How the person was recruited. */
export type RecruitmentInput = {
  /** The method of recruitment. */
  method: RecruitmentMethod;
  /** The recruiter in relation to the person. */
  recruiterRelation: RecruiterRelation;
};

/** How the person was recruited. */
export type RecruitmentMethod =
  | 'ABDUCTION'
  | 'FAMILY_ARRANGEMENT'
  | 'JOB_OFFER'
  | 'ONLINE'
  | 'OTHER'
  | 'ROMANTIC_RELATIONSHIP'
  | 'SOLD_BY_FAMILY'
  | 'UNKNOWN';

/** SENT → ACCEPTED or DECLINED (by the provider); ACCEPTED → IN_PROGRESS → COMPLETED; the Centre may withdraw until completed. */
export type ReferralStatus =
  | 'ACCEPTED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'IN_PROGRESS'
  | 'SENT'
  | 'WITHDRAWN';

/** A new case, reported to the Centre. */
export type ReportCaseInput = {
  /** The Centre case worker who takes the case (their name). */
  caseWorkerName: string;
  /** What is known of the person. */
  person?: ReportedPersonInput | null | undefined;
  /** How the case was reported. */
  report: ReportInput;
};

/** How a case came to the Centre. */
export type ReportChannel =
  /** A service or institution abroad. */
  | 'ABROAD'
  | 'CITIZEN'
  /** An SOS hotline, such as ASTRA's. */
  | 'HOTLINE'
  | 'NGO'
  | 'OTHER'
  | 'POLICE'
  /** The person reported themself. */
  | 'SELF'
  | 'SOCIAL_WORK_CENTRE';

/** A report as the Centre receives it. */
export type ReportInput = {
  /** How the report came in. */
  channel: ReportChannel;
  /** When the Centre received it; now when left out. Never in the future. */
  receivedAt?: string | null | undefined;
  /** The code of the partner that reported, when a partner did (e.g. "astra"). */
  reportingPartner?: string | null | undefined;
  /** How urgent. */
  urgency?: ReportUrgency;
};

/** How fast the Centre must act. Every report is due a first contact within 24 hours; IMMEDIATE (the person is in danger now) and HIGH come first in the queue. */
export type ReportUrgency =
  | 'HIGH'
  | 'IMMEDIATE'
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

/** A voluntary return to the country of origin, as requested. */
export type RequestReturnInput = {
  /** The case. */
  caseId: string;
  /** ISO 3166-1 alpha-2 code of the destination, e.g. "UA". */
  destinationCountry: string;
  /** The partner organising it (code), e.g. "iom". */
  partner: string;
  /** Planned date (YYYY-MM-DD). */
  plannedOn?: string | null | undefined;
};

/** Temporary residence on humanitarian grounds: APPLIED → GRANTED (extendable while valid) or REFUSED; a grant not extended becomes EXPIRED. */
export type ResidenceStatus =
  | 'APPLIED'
  | 'EXPIRED'
  | 'GRANTED'
  | 'REFUSED';

/** REQUESTED → IN_PREPARATION → COMPLETED, or CANCELLED before it is completed. */
export type ReturnStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PREPARATION'
  | 'REQUESTED';

/** A case conference to schedule. */
export type ScheduleConferenceInput = {
  /** The agenda, in order. */
  agenda: Array<string>;
  /** The case. */
  caseId: string;
  /** Who takes part. */
  participants: Array<ConferenceParticipantInput>;
  /** When it takes place. */
  scheduledAt: string;
};

/** A hearing to schedule in a proceeding. */
export type ScheduleHearingInput = {
  /** The interpreter’s language (ISO 639-1), when one is needed. */
  interpreterLanguage?: string | null | undefined;
  /** The proceeding. */
  proceedingId: string;
  /** Protective measures ordered or requested. */
  protectiveMeasures?: Array<ProtectiveMeasure>;
  /** What the hearing is for, e.g. "testimony of the injured party". */
  purpose: string;
  /** When the hearing takes place. */
  scheduledAt: string;
  /** Support the victim needs there. */
  supportNeeded?: Array<HearingSupport>;
};

/** A kind of support a provider offers. */
export type ServiceType =
  | 'DOCUMENTS'
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'ESCORT'
  | 'FINANCIAL_HELP'
  | 'GUARDIANSHIP'
  | 'HOTLINE'
  | 'INTERPRETATION'
  | 'LEGAL_AID'
  | 'LEGAL_REPRESENTATION'
  | 'MEDICAL'
  | 'PSYCHOLOGICAL_COUNSELLING'
  | 'PSYCHOTHERAPY'
  | 'REINTEGRATION'
  | 'REPATRIATION'
  | 'SHELTER'
  | 'TRANSPORT';

/** Sex as recorded at identification. */
export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

/** The period: a calendar year, a quarter or a month of it, or from–to when that is exactly such a period. Other ranges are refused (PERIOD_NOT_ALIGNED): they would let suppressed cells be worked out by difference. */
export type StatisticsPeriodInput = {
  /** First day, YYYY-MM-DD (with to). */
  from?: string | null | undefined;
  /** A month of the year, 1–12. */
  month?: number | null | undefined;
  /** A quarter of the year, 1–4. */
  quarter?: number | null | undefined;
  /** Last day, YYYY-MM-DD (with from). */
  to?: string | null | undefined;
  /** The calendar year. */
  year?: number | null | undefined;
};

/** Within Serbia only, or across a border. */
export type TraffickingScope =
  | 'INTERNAL'
  | 'TRANSNATIONAL';

/** The victim's role in the proceeding. */
export type VictimRole =
  | 'INJURED_PARTY'
  | 'INJURED_PARTY_AND_WITNESS'
  | 'WITNESS';

/** The withdrawal of a filed compensation claim. */
export type WithdrawCompensationClaimInput = {
  /** The claim. */
  id: string;
  /** When it was withdrawn, YYYY-MM-DD; today when left out. */
  withdrawnOn?: string | null | undefined;
};

export type BreakGlassReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type BreakGlassReviewsQuery = { breakGlassReviews: Array<{ id: string, caseId: string, supervisor: string, justification: string, startedAt: string, expiresAt: string, accesses: number, reviewedAt: string | null }> | null };

export type OpenBreakGlassMutationVariables = Exact<{
  caseId: string;
  justification: string;
  minutes: number;
}>;


export type OpenBreakGlassMutation = { openBreakGlass: { id: string, caseId: string, expiresAt: string, justification: string } };

export type ReviewBreakGlassMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type ReviewBreakGlassMutation = { reviewBreakGlass: { id: string, reviewedAt: string | null, reviewNote: string | null } };

export type CasePageQueryVariables = Exact<{
  id: string;
}>;


export type CasePageQuery = { case: { id: string, code: string, status: CaseStatus, openedAt: string, closedAt: string | null, closingReason: ClosingReason | null, synthetic: boolean, statisticsConsent: boolean, caseWorker: { name: string, workEmail: string | null, workPhone: string | null }, person: { givenName: string | null, familyName: string | null, dateOfBirth: string | null, sex: Sex | null, citizenship: string | null, phone: string | null, address: string | null, municipality: string | null, languages: Array<string> | null }, reports: Array<{ id: string, channel: ReportChannel, urgency: ReportUrgency, receivedAt: string, firstContactDueAt: string, firstContactAt: string | null, overdue: boolean, reportingPartner: { id: string, name: string } | null }>, preliminaryIdentifications: Array<{ id: string, assessedOn: string | null, indicators: Array<MeansOfControl> | null, otherIndicators: string | null, result: PreliminaryResult | null }> | null, identification: { id: string, decision: IdentificationDecision | null, decidedOn: string | null, decidedBy: string | null, exploitationTypes: Array<ExploitationType> | null, scope: TraffickingScope | null, finding: string | null, child: boolean | null } | null, assessment: { id: string, version: number | null, assessedOn: string | null, assessedBy: string | null, findings: Array<{ area: AssessmentArea | null, kind: AssessmentKind | null, level: AssessmentLevel | null, subject: AssessmentSubject | null, note: string | null }> | null } | null, protectionPlan: { id: string, version: number | null, goals: Array<string> | null, adoptedBy: string | null, items: Array<{ id: string, description: string | null, dueOn: string | null, status: PlanItemStatus | null, overdue: boolean | null, serviceType: ServiceType | null, referralId: string | null, cancelReason: string | null, sourceEntry: { id: string } | null, responsiblePartner: { id: string, code: string, name: string } | null }> | null } | null, referrals: Array<{ id: string, status: ReferralStatus, note: string | null, declineReason: string | null, planItemId: string | null, createdAt: string, provider: { id: string, code: string, name: string } | null, service: { id: string, name: string, type: ServiceType } }> | null, accommodation: { id: string, kind: AccommodationKind | null, phase: number | null, from: string | null, to: string | null, provider: { id: string, code: string, name: string } | null } | null, accommodations: Array<{ id: string, kind: AccommodationKind | null, phase: number | null, from: string | null, to: string | null, provider: { id: string, code: string, name: string } | null }> | null, voluntaryReturns: Array<{ id: string, status: ReturnStatus | null, destinationCountry: string | null, plannedOn: string | null, returnedOn: string | null, partner: { id: string, code: string, name: string } | null }> | null, humanitarianResidence: Array<{ id: string, status: ResidenceStatus | null, appliedOn: string | null, decidedOn: string | null, validUntil: string | null }> | null, proceedings: Array<{ id: string, kind: ProceedingKind, stage: ProceedingStage, victimRole: VictimRole, fileNumber: string | null, startedOn: string | null, charges: Array<string>, hearings: Array<{ id: string, scheduledAt: string, purpose: string, outcome: string | null, protectiveMeasures: Array<ProtectiveMeasure>, supportNeeded: Array<HearingSupport>, interpreterLanguage: string | null }> }> | null, conferences: Array<{ id: string, scheduledAt: string, status: ConferenceStatus, entries: Array<{ id: string, kind: ConferenceEntryKind, text: string, assignee: string | null, dueOn: string | null }> }> | null, representations: Array<{ id: string, lawyerName: string | null, partnerCode: string | null, active: boolean | null, startedOn: string | null, endedOn: string | null, endReason: string | null, powerOfAttorneyOn: string | null, proceeding: { id: string, kind: ProceedingKind } | null }> | null, compensationClaims: Array<{ id: string, status: CompensationStatus | null, forum: CompensationForum | null, amountClaimed: number | null, amountAwarded: number | null, amountPaid: number | null, currency: string | null, filedOn: string | null, decidedOn: string | null, paidOn: string | null, decisionReference: string | null, note: string | null, proceeding: { id: string, kind: ProceedingKind } | null }> | null, timeline: Array<{ id: string, at: string, type: string, partner: string }> } | null };

export type RecordFirstContactMutationVariables = Exact<{
  reportId: string;
}>;


export type RecordFirstContactMutation = { recordFirstContact: { id: string, firstContactAt: string | null, overdue: boolean } };

export type RecordPreliminaryMutationVariables = Exact<{
  input: PreliminaryIdentificationInput;
}>;


export type RecordPreliminaryMutation = { recordPreliminaryIdentification: { id: string } };

export type IdentifyVictimMutationVariables = Exact<{
  input: IdentificationInput;
}>;


export type IdentifyVictimMutation = { identifyVictim: { id: string, decision: IdentificationDecision | null } };

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { id: string, version: number | null } };

export type AdoptPlanMutationVariables = Exact<{
  input: AdoptPlanInput;
}>;


export type AdoptPlanMutation = { adoptProtectionPlan: { id: string, version: number | null } };

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralMutation = { createReferral: { id: string, status: ReferralStatus } };

export type ChangeCaseStatusMutationVariables = Exact<{
  caseId: string;
  status: CaseStatus;
}>;


export type ChangeCaseStatusMutation = { changeCaseStatus: { id: string, status: CaseStatus } };

export type ServicesForReferralQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesForReferralQuery = { services: Array<{ id: string, name: string, type: ServiceType, requiredCategories: Array<DataCategory>, provider: { id: string, code: string, name: string } | null }> };

export type CaseEventsSubscriptionVariables = Exact<{
  caseId: string;
}>;


export type CaseEventsSubscription = { caseEvents: { id: string, type: string } };

export type AppointRepresentationMutationVariables = Exact<{
  input: AppointRepresentationInput;
}>;


export type AppointRepresentationMutation = { appointRepresentation: { id: string, active: boolean | null } };

export type EndRepresentationMutationVariables = Exact<{
  input: EndRepresentationInput;
}>;


export type EndRepresentationMutation = { endRepresentation: { id: string, active: boolean | null, endedOn: string | null } };

export type FileCompensationClaimMutationVariables = Exact<{
  input: FileCompensationClaimInput;
}>;


export type FileCompensationClaimMutation = { fileCompensationClaim: { id: string, status: CompensationStatus | null } };

export type DecideCompensationClaimMutationVariables = Exact<{
  input: DecideCompensationClaimInput;
}>;


export type DecideCompensationClaimMutation = { decideCompensationClaim: { id: string, status: CompensationStatus | null, amountAwarded: number | null } };

export type WithdrawCompensationClaimMutationVariables = Exact<{
  input: WithdrawCompensationClaimInput;
}>;


export type WithdrawCompensationClaimMutation = { withdrawCompensationClaim: { id: string, status: CompensationStatus | null } };

export type RecordCompensationPaymentMutationVariables = Exact<{
  input: RecordCompensationPaymentInput;
}>;


export type RecordCompensationPaymentMutation = { recordCompensationPayment: { id: string, status: CompensationStatus | null, amountPaid: number | null } };

export type AddPlanItemMutationVariables = Exact<{
  planId: string;
  input: PlanItemInput;
}>;


export type AddPlanItemMutation = { addPlanItem: { id: string, status: PlanItemStatus | null } };

export type MovePlanItemMutationVariables = Exact<{
  input: MovePlanItemInput;
}>;


export type MovePlanItemMutation = { movePlanItem: { id: string, status: PlanItemStatus | null, cancelReason: string | null } };

export type WithdrawReferralMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type WithdrawReferralMutation = { withdrawReferral: { id: string, status: ReferralStatus } };

export type CloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { closeCase: { id: string, status: CaseStatus, closedAt: string | null } };

export type SetStatisticsConsentMutationVariables = Exact<{
  caseId: string;
  consent: boolean;
}>;


export type SetStatisticsConsentMutation = { setStatisticsConsent: { id: string, statisticsConsent: boolean } };

export type AddReportMutationVariables = Exact<{
  caseId: string;
  input: ReportInput;
}>;


export type AddReportMutation = { addReport: { id: string } };

export type PlanItemFromActionItemMutationVariables = Exact<{
  entryId: string;
  dueOn?: string | null | undefined;
}>;


export type PlanItemFromActionItemMutation = { planItemFromActionItem: { id: string, status: PlanItemStatus | null } };

export type PlaceInAccommodationMutationVariables = Exact<{
  input: PlaceInput;
}>;


export type PlaceInAccommodationMutation = { placeInAccommodation: { id: string } };

export type EndAccommodationMutationVariables = Exact<{
  id: string;
  on: string;
}>;


export type EndAccommodationMutation = { endAccommodation: { id: string, to: string | null } };

export type RequestVoluntaryReturnMutationVariables = Exact<{
  input: RequestReturnInput;
}>;


export type RequestVoluntaryReturnMutation = { requestVoluntaryReturn: { id: string, status: ReturnStatus | null } };

export type MoveVoluntaryReturnMutationVariables = Exact<{
  input: MoveReturnInput;
}>;


export type MoveVoluntaryReturnMutation = { moveVoluntaryReturn: { id: string, status: ReturnStatus | null } };

export type ApplyForResidenceMutationVariables = Exact<{
  caseId: string;
  appliedOn: string;
}>;


export type ApplyForResidenceMutation = { applyForHumanitarianResidence: { id: string, status: ResidenceStatus | null } };

export type DecideResidenceMutationVariables = Exact<{
  input: DecideResidenceInput;
}>;


export type DecideResidenceMutation = { decideHumanitarianResidence: { id: string, status: ResidenceStatus | null } };

export type OpenProceedingMutationVariables = Exact<{
  input: OpenProceedingInput;
}>;


export type OpenProceedingMutation = { openProceeding: { id: string } };

export type AdvanceProceedingMutationVariables = Exact<{
  input: AdvanceProceedingInput;
}>;


export type AdvanceProceedingMutation = { advanceProceeding: { id: string, stage: ProceedingStage } };

export type ScheduleHearingMutationVariables = Exact<{
  input: ScheduleHearingInput;
}>;


export type ScheduleHearingMutation = { scheduleHearing: { id: string } };

export type RecordHearingOutcomeMutationVariables = Exact<{
  id: string;
  outcome: string;
}>;


export type RecordHearingOutcomeMutation = { recordHearingOutcome: { id: string, outcome: string | null } };

export type CasesQueryVariables = Exact<{
  first: number;
  search?: CaseSearch | null | undefined;
}>;


export type CasesQuery = { casesConnection: { totalCount: number, nodes: Array<{ id: string, code: string, status: CaseStatus, openedAt: string, caseWorker: { name: string }, person: { givenName: string | null, familyName: string | null } }> } };

export type CaseByCodeQueryVariables = Exact<{
  code: string;
}>;


export type CaseByCodeQuery = { caseByCode: { id: string } | null };

export type ReportingPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingPartnersQuery = { partners: Array<{ id: string, code: string, name: string }> };

export type ReportCaseMutationVariables = Exact<{
  input: ReportCaseInput;
}>;


export type ReportCaseMutation = { reportCase: { id: string, code: string, status: CaseStatus } };

export type ConferenceQueryVariables = Exact<{
  id: string;
}>;


export type ConferenceQuery = { conference: { id: string, status: ConferenceStatus, scheduledAt: string, startedAt: string | null, closedAt: string | null, coordinator: string, agenda: Array<string>, participants: Array<{ name: string, partner: string | null }>, case: { id: string, code: string } | null, entries: Array<{ id: string, kind: ConferenceEntryKind, text: string, assignee: string | null, dueOn: string | null, recordedAt: string, recordedBy: string }> } | null };

export type ConferenceEventsSubscriptionVariables = Exact<{
  conferenceId: string;
  after?: string | null | undefined;
}>;


export type ConferenceEventsSubscription = { conferenceEvents: { id: string, type: string, at: string, entry: { id: string, kind: ConferenceEntryKind, text: string, assignee: string | null, dueOn: string | null, recordedAt: string, recordedBy: string } | null, conference: { id: string, status: ConferenceStatus } | null } };

export type RecordConferenceEntryMutationVariables = Exact<{
  input: RecordConferenceEntryInput;
}>;


export type RecordConferenceEntryMutation = { recordConferenceEntry: { id: string, kind: ConferenceEntryKind, text: string } };

export type StartConferenceMutationVariables = Exact<{
  id: string;
}>;


export type StartConferenceMutation = { startConference: { id: string, status: ConferenceStatus, startedAt: string | null } };

export type CloseConferenceMutationVariables = Exact<{
  id: string;
}>;


export type CloseConferenceMutation = { closeConference: { id: string, status: ConferenceStatus, closedAt: string | null } };

export type ScheduleConferenceMutationVariables = Exact<{
  input: ScheduleConferenceInput;
}>;


export type ScheduleConferenceMutation = { scheduleConference: { id: string, status: ConferenceStatus } };

export type CaseConsentQueryVariables = Exact<{
  caseId: string;
}>;


export type CaseConsentQuery = { case: { id: string, code: string, consents: Array<{ id: string, active: boolean, categories: Array<DataCategory>, purpose: ConsentPurpose, legalBasis: LegalBasis, legalProvision: string | null, givenBy: GivenBy, authority: string | null, evidence: string, validFrom: string, validUntil: string | null, recordedBy: string, recordedAt: string, revokedAt: string | null, revokedBy: string | null, revocationReason: string | null, grantee: { id: string, code: string, name: string } | null }> | null } | null, caseAccessLog: Array<{ id: string, at: string, actor: string, partner: string, categories: Array<DataCategory>, decision: string, basis: string, breakGlass: boolean, operation: string | null, subgraph: string }> | null };

export type GranteePartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type GranteePartnersQuery = { partners: Array<{ id: string, code: string, name: string }> };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { grantConsent: { id: string, active: boolean } };

export type RevokeConsentMutationVariables = Exact<{
  grantId: string;
  reason: string;
}>;


export type RevokeConsentMutation = { revokeConsent: { id: string, active: boolean, revokedAt: string | null, revocationReason: string | null } };

export type PartnerReferralsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerReferralsQuery = { referrals: Array<{ id: string, status: ReferralStatus, note: string | null, declineReason: string | null, createdAt: string, updatedAt: string, notes: Array<{ at: string, by: string, text: string }>, service: { id: string, name: string, type: ServiceType }, case: { id: string, code: string } | null } | null> };

export type PartnerPlanItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerPlanItemsQuery = { cases: Array<{ id: string, code: string, protectionPlan: { id: string, items: Array<{ id: string, description: string | null, dueOn: string | null, status: PlanItemStatus | null, overdue: boolean | null, responsiblePartner: { id: string, code: string } | null }> | null } | null }> };

export type PartnerCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCasesQuery = { cases: Array<{ id: string, code: string, status: CaseStatus, person: { givenName: string | null, familyName: string | null } }> };

export type PartnerHearingsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PartnerHearingsQuery = { upcomingHearings: Array<{ id: string, scheduledAt: string, purpose: string, supportNeeded: Array<HearingSupport>, interpreterLanguage: string | null, outcome: string | null, proceeding: { id: string, kind: ProceedingKind, case: { id: string, code: string, representations: Array<{ id: string, partnerCode: string | null, active: boolean | null, proceeding: { id: string } | null }> | null } | null } | null } | null> };

export type AcceptReferralMutationVariables = Exact<{
  id: string;
}>;


export type AcceptReferralMutation = { acceptReferral: { id: string, status: ReferralStatus } };

export type DeclineReferralMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type DeclineReferralMutation = { declineReferral: { id: string, status: ReferralStatus, declineReason: string | null } };

export type ReportReferralProgressMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type ReportReferralProgressMutation = { reportReferralProgress: { id: string, status: ReferralStatus, notes: Array<{ at: string, by: string, text: string }> } };

export type CompleteReferralMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type CompleteReferralMutation = { completeReferral: { id: string, status: ReferralStatus } };

export type StatisticsCountFragment = { value: number | null, suppressed: boolean };

export type StatisticsRowFragment = { key: string, parent: string | null, count: { value: number | null, suppressed: boolean } };

export type StatisticsFigureFragment = { total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }> };

export type StatisticsSumFragment = { value: number | null, suppressed: boolean };

export type StatisticsSumRowFragment = { key: string, parent: string | null, sum: { value: number | null, suppressed: boolean } };

export type StatisticsSumsFragment = { total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, sum: { value: number | null, suppressed: boolean } }> };

export type StatisticsQueryVariables = Exact<{
  period: StatisticsPeriodInput;
  region?: string | null | undefined;
  municipality?: string | null | undefined;
}>;


export type StatisticsQuery = { statistics: { areaNode: string, period: { year: number, from: string, to: string }, reports: { channel: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, partnerType: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }> }, cases: { status: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }> }, victims: { sex: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, age: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, citizenship: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, exploitationType: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, scope: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, meansOfControl: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, recruiterRelation: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }> }, planItems: { serviceType: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, status: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }> }, referrals: { serviceType: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, status: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }> }, placements: { kind: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }> }, accommodated: { total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }> }, returns: { status: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }> }, residencePermits: { status: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }> }, proceedings: { kind: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, stage: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }> }, hearings: { protectiveMeasure: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }> }, compensationClaims: { status: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }>, total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, count: { value: number | null, suppressed: boolean } }> }, nights: { kind: Array<{ key: string, parent: string | null, sum: { value: number | null, suppressed: boolean } }>, total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, sum: { value: number | null, suppressed: boolean } }> }, compensationClaimed: { status: Array<{ key: string, parent: string | null, sum: { value: number | null, suppressed: boolean } }>, total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, sum: { value: number | null, suppressed: boolean } }> }, compensationPaid: { total: { value: number | null, suppressed: boolean }, byMonth: Array<{ key: string, parent: string | null, sum: { value: number | null, suppressed: boolean } }> }, previousYears: Array<{ period: { year: number }, reports: { total: { value: number | null, suppressed: boolean } }, cases: { total: { value: number | null, suppressed: boolean } }, victims: { total: { value: number | null, suppressed: boolean } }, planItems: { total: { value: number | null, suppressed: boolean } }, referrals: { total: { value: number | null, suppressed: boolean } }, placements: { total: { value: number | null, suppressed: boolean } }, accommodated: { total: { value: number | null, suppressed: boolean } }, returns: { total: { value: number | null, suppressed: boolean } }, residencePermits: { total: { value: number | null, suppressed: boolean } }, proceedings: { total: { value: number | null, suppressed: boolean } }, hearings: { total: { value: number | null, suppressed: boolean } }, compensationClaims: { total: { value: number | null, suppressed: boolean } }, nights: { total: { value: number | null, suppressed: boolean } }, compensationClaimed: { total: { value: number | null, suppressed: boolean } }, compensationPaid: { total: { value: number | null, suppressed: boolean } } }> } };

export type TodayQueryVariables = Exact<{
  from: string;
  to: string;
  supervisor: boolean;
}>;


export type TodayQuery = { overdueReports: Array<{ id: string, urgency: ReportUrgency, channel: ReportChannel, receivedAt: string, firstContactDueAt: string, case: { id: string, code: string } | null }>, awaiting: Array<{ id: string, code: string, reports: Array<{ id: string, urgency: ReportUrgency, firstContactAt: string | null, firstContactDueAt: string, overdue: boolean }> }>, overduePlanItems: Array<{ id: string, description: string | null, dueOn: string | null, status: PlanItemStatus | null, case: { id: string, code: string } | null } | null>, upcomingHearings: Array<{ id: string, scheduledAt: string, purpose: string, proceeding: { id: string, kind: ProceedingKind, case: { id: string, code: string } | null } | null } | null>, withConferences: Array<{ id: string, code: string, status: CaseStatus, conferences: Array<{ id: string, scheduledAt: string, status: ConferenceStatus }> | null }>, breakGlassReviews?: Array<{ id: string, caseId: string, startedAt: string, supervisor: string, justification: string, accesses: number }> | null };

export const StatisticsCountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<StatisticsCountFragment, unknown>;
export const StatisticsRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountBy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<StatisticsRowFragment, unknown>;
export const StatisticsFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Figures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountBy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}}]} as unknown as DocumentNode<StatisticsFigureFragment, unknown>;
export const StatisticsSumFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<StatisticsSumFragment, unknown>;
export const StatisticsSumRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSumRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SumBy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<StatisticsSumRowFragment, unknown>;
export const StatisticsSumsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSums"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sums"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSumRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSumRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SumBy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}}]}}]} as unknown as DocumentNode<StatisticsSumsFragment, unknown>;
export const BreakGlassReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BreakGlassReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakGlassReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"accesses"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<BreakGlassReviewsQuery, BreakGlassReviewsQueryVariables>;
export const OpenBreakGlassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenBreakGlass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openBreakGlass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}}]}}]} as unknown as DocumentNode<OpenBreakGlassMutation, OpenBreakGlassMutationVariables>;
export const ReviewBreakGlassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewBreakGlass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewBreakGlass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]} as unknown as DocumentNode<ReviewBreakGlassMutation, ReviewBreakGlassMutationVariables>;
export const CasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"statisticsConsent"}},{"kind":"Field","name":{"kind":"Name","value":"caseWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"preliminaryIdentifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"otherIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"child"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"sourceEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"planItemId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"voluntaryReturns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"returnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"humanitarianResidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proceedings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"victimRole"}},{"kind":"Field","name":{"kind":"Name","value":"fileNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"charges"}},{"kind":"Field","name":{"kind":"Name","value":"hearings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"protectiveMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"supportNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"representations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lawyerName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"powerOfAttorneyOn"}},{"kind":"Field","name":{"kind":"Name","value":"proceeding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forum"}},{"kind":"Field","name":{"kind":"Name","value":"amountClaimed"}},{"kind":"Field","name":{"kind":"Name","value":"amountAwarded"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proceeding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}}]}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const RecordFirstContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFirstContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFirstContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<RecordFirstContactMutation, RecordFirstContactMutationVariables>;
export const RecordPreliminaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPreliminary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreliminaryIdentificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPreliminaryIdentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordPreliminaryMutation, RecordPreliminaryMutationVariables>;
export const IdentifyVictimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentifyVictim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifyVictim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<IdentifyVictimMutation, IdentifyVictimMutationVariables>;
export const RecordAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const AdoptPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptProtectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdoptPlanMutation, AdoptPlanMutationVariables>;
export const CreateReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateReferralMutation, CreateReferralMutationVariables>;
export const ChangeCaseStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCaseStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCaseStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChangeCaseStatusMutation, ChangeCaseStatusMutationVariables>;
export const ServicesForReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServicesForReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ServicesForReferralQuery, ServicesForReferralQueryVariables>;
export const CaseEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<CaseEventsSubscription, CaseEventsSubscriptionVariables>;
export const AppointRepresentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointRepresentation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointRepresentationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointRepresentation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<AppointRepresentationMutation, AppointRepresentationMutationVariables>;
export const EndRepresentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndRepresentation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndRepresentationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endRepresentation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<EndRepresentationMutation, EndRepresentationMutationVariables>;
export const FileCompensationClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileCompensationClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileCompensationClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileCompensationClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FileCompensationClaimMutation, FileCompensationClaimMutationVariables>;
export const DecideCompensationClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCompensationClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCompensationClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCompensationClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountAwarded"}}]}}]}}]} as unknown as DocumentNode<DecideCompensationClaimMutation, DecideCompensationClaimMutationVariables>;
export const WithdrawCompensationClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawCompensationClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawCompensationClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawCompensationClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawCompensationClaimMutation, WithdrawCompensationClaimMutationVariables>;
export const RecordCompensationPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCompensationPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCompensationPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCompensationPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}}]}}]}}]} as unknown as DocumentNode<RecordCompensationPaymentMutation, RecordCompensationPaymentMutationVariables>;
export const AddPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AddPlanItemMutation, AddPlanItemMutationVariables>;
export const MovePlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MovePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MovePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]} as unknown as DocumentNode<MovePlanItemMutation, MovePlanItemMutationVariables>;
export const WithdrawReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const CloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const SetStatisticsConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStatisticsConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStatisticsConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"consent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statisticsConsent"}}]}}]}}]} as unknown as DocumentNode<SetStatisticsConsentMutation, SetStatisticsConsentMutationVariables>;
export const AddReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddReportMutation, AddReportMutationVariables>;
export const PlanItemFromActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanItemFromActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planItemFromActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PlanItemFromActionItemMutation, PlanItemFromActionItemMutationVariables>;
export const PlaceInAccommodationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceInAccommodation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeInAccommodation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlaceInAccommodationMutation, PlaceInAccommodationMutationVariables>;
export const EndAccommodationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndAccommodation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endAccommodation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<EndAccommodationMutation, EndAccommodationMutationVariables>;
export const RequestVoluntaryReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestVoluntaryReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestVoluntaryReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestVoluntaryReturnMutation, RequestVoluntaryReturnMutationVariables>;
export const MoveVoluntaryReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveVoluntaryReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveVoluntaryReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MoveVoluntaryReturnMutation, MoveVoluntaryReturnMutationVariables>;
export const ApplyForResidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForResidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appliedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForHumanitarianResidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"appliedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appliedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApplyForResidenceMutation, ApplyForResidenceMutationVariables>;
export const DecideResidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideResidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideResidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideHumanitarianResidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideResidenceMutation, DecideResidenceMutationVariables>;
export const OpenProceedingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenProceeding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenProceedingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openProceeding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenProceedingMutation, OpenProceedingMutationVariables>;
export const AdvanceProceedingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceProceeding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceProceedingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceProceeding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<AdvanceProceedingMutation, AdvanceProceedingMutationVariables>;
export const ScheduleHearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleHearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleHearingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleHearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleHearingMutation, ScheduleHearingMutationVariables>;
export const RecordHearingOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHearingOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHearingOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RecordHearingOutcomeMutation, RecordHearingOutcomeMutationVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseSearch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"casesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CaseByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CaseByCodeQuery, CaseByCodeQueryVariables>;
export const ReportingPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportingPartnersQuery, ReportingPartnersQueryVariables>;
export const ReportCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReportCaseMutation, ReportCaseMutationVariables>;
export const ConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceQuery, ConferenceQueryVariables>;
export const ConferenceEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConferenceEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferenceEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceEventsSubscription, ConferenceEventsSubscriptionVariables>;
export const RecordConferenceEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConferenceEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConferenceEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConferenceEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<RecordConferenceEntryMutation, RecordConferenceEntryMutationVariables>;
export const StartConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]}}]} as unknown as DocumentNode<StartConferenceMutation, StartConferenceMutationVariables>;
export const CloseConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseConferenceMutation, CloseConferenceMutationVariables>;
export const ScheduleConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScheduleConferenceMutation, ScheduleConferenceMutationVariables>;
export const CaseConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"legalProvision"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"breakGlass"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"}}]}}]}}]} as unknown as DocumentNode<CaseConsentQuery, CaseConsentQueryVariables>;
export const GranteePartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GranteePartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GranteePartnersQuery, GranteePartnersQueryVariables>;
export const GrantConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const RevokeConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const PartnerReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerReferralsQuery, PartnerReferralsQueryVariables>;
export const PartnerPlanItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerPlanItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"protectionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerPlanItemsQuery, PartnerPlanItemsQueryVariables>;
export const PartnerCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCasesQuery, PartnerCasesQueryVariables>;
export const PartnerHearingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerHearings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upcomingHearings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"supportNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"proceeding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"representations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"proceeding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerHearingsQuery, PartnerHearingsQueryVariables>;
export const AcceptReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const DeclineReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]} as unknown as DocumentNode<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const ReportReferralProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportReferralProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportReferralProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ReportReferralProgressMutation, ReportReferralProgressMutationVariables>;
export const CompleteReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteReferralMutation, CompleteReferralMutationVariables>;
export const StatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaNode"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"channel"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"channel","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"partnerType"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"partnerType","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"victims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"sex"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"sex","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"age"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"age","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"citizenship"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"citizenship","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"exploitationType"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"exploitationType","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"scope"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"scope","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"meansOfControl"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"meansOfControl","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recruiterRelation"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"recruiterRelation","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"serviceType"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"serviceType","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"serviceType"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"serviceType","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"kind"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"kind","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"residencePermits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proceedings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"kind"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"kind","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"stage"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"stage","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"protectiveMeasure"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"protectiveMeasure","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSums"}},{"kind":"Field","alias":{"kind":"Name","value":"kind"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"kind","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSumRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationClaimed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSums"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSumRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSums"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"victims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"residencePermits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proceedings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationClaimed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountBy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSumRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SumBy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Figures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSums"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sums"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSumRow"}}]}}]}}]} as unknown as DocumentNode<StatisticsQuery, StatisticsQueryVariables>;
export const TodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Today"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"supervisor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"awaiting"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REPORTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overduePlanItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingHearings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"proceeding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"withConferences"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakGlassReviews"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"supervisor"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"accesses"}}]}}]}}]} as unknown as DocumentNode<TodayQuery, TodayQueryVariables>;