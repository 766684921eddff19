/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a person is accommodated: the Centre’s Shelter (in phases 1–3), an NGO shelter, a social care institution, foster care, or elsewhere. */
export type AccommodationKind =
  /** The Centre's own Shelter for women and girls (phases 1–3). */
  | 'CENTRE_SHELTER'
  /** A foster family, placed by the social work centre. */
  | 'FOSTER_CARE'
  /** A shelter run by an NGO. */
  | 'NGO_SHELTER'
  /** Any other accommodation, such as with relatives. */
  | 'OTHER'
  /** A social care institution, such as a home for children. */
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
  /** Identity and other documents. */
  | 'DOCUMENTS'
  /** Schooling and training. */
  | 'EDUCATION'
  /** Work. */
  | 'EMPLOYMENT'
  /** Relations with the family. */
  | 'FAMILY_RELATIONS'
  /** Physical health. */
  | 'HEALTH'
  /** A place to live. */
  | 'HOUSING'
  /** Money to live on. */
  | 'INCOME'
  /** Legal matters: proceedings, status, rights. */
  | 'LEGAL'
  /** Any other area. */
  | 'OTHER'
  /** Psychological wellbeing. */
  | 'PSYCHOLOGICAL'
  /** Safety from the traffickers and anyone else who may harm the person. */
  | 'SAFETY'
  /** Friends and other people the person can rely on. */
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
  /** A need to meet. */
  | 'NEED'
  /** A risk to the person. */
  | 'RISK'
  /** A strength to build on. */
  | 'STRENGTH';

/** How high a risk or need is, or how strong a strength. */
export type AssessmentLevel =
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Medium. */
  | 'MEDIUM';

/** Whom a finding is about: the victim, their child, their family, their intimate partner, or someone else around them. */
export type AssessmentSubject =
  /** The victim's child. */
  | 'CHILD'
  /** The victim's family. */
  | 'FAMILY'
  /** Someone else around the victim. */
  | 'OTHER'
  /** The victim's intimate partner. */
  | 'PARTNER'
  /** The victim themself. */
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
  /** The Centre lost contact with the person. */
  | 'CONTACT_LOST'
  /** The person died. */
  | 'DECEASED'
  /** The identification found the person is not a victim. */
  | 'NOT_A_VICTIM'
  /** Another reason, written in the closing note. */
  | 'OTHER'
  /** The person no longer wants support. */
  | 'PERSON_DECLINED_SUPPORT'
  /** Voluntary return to the country of origin was completed. */
  | 'RETURNED_HOME'
  /** The protection plan was carried out. */
  | 'SUPPORT_COMPLETED'
  /** Handed over to a service abroad or another competent body. */
  | 'TRANSFERRED';

/** The decision on a compensation claim. */
export type CompensationDecision =
  /** The claim was granted in full. */
  | 'GRANTED'
  /** Part of the claim was granted. */
  | 'PARTLY_GRANTED'
  /** The claim was rejected. */
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
  /** Filed and waiting for a decision. */
  | 'FILED'
  /** Granted in full, not yet paid. */
  | 'GRANTED'
  /** The granted amount was paid to the victim. */
  | 'PAID'
  /** Granted in part, not yet paid. */
  | 'PARTLY_GRANTED'
  /** Rejected. */
  | 'REJECTED'
  /** Withdrawn by the victim before a decision. */
  | 'WITHDRAWN';

/** A line of the minutes, a decision, or an action item (who does what by when). */
export type ConferenceEntryKind =
  /** Who does what by when; it can become a plan item. */
  | 'ACTION_ITEM'
  /** A decision the conference took. */
  | 'DECISION'
  /** A line of the minutes: what was said or reported. */
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
  /** Ended; its minutes can no longer change. */
  | 'CLOSED'
  /** Under way: entries appear live for the participants. */
  | 'LIVE'
  /** Planned; not yet begun. */
  | 'SCHEDULED';

/** What the shared data may be used for. */
export type ConsentPurpose =
  /** Criminal proceedings against the traffickers. */
  | 'CRIMINAL_PROCEEDINGS'
  /** A child's guardianship by the social work centre. */
  | 'GUARDIANSHIP'
  /** Medical and psychological care. */
  | 'HEALTH_CARE'
  /** Coordinating the person's protection and support. */
  | 'PROTECTION_COORDINATION'
  /** A safe, voluntary return to the country of origin. */
  | 'SAFE_RETURN'
  /** Delivering a service the person was referred to. */
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

/** A disability and the support required. */
export type DisabilityInput = {
  /** What kind of disability. */
  kind: DisabilityKind;
  /** The support required. */
  supportRequired?: string | null | undefined;
};

/** A kind of disability. */
export type DisabilityKind =
  /** An intellectual disability. */
  | 'INTELLECTUAL'
  /** Another disability. */
  | 'OTHER'
  /** A physical disability. */
  | 'PHYSICAL'
  /** A psychosocial disability. */
  | 'PSYCHOSOCIAL'
  /** A sensory disability: sight or hearing. */
  | 'SENSORY';

/** Who has the document now: the person, someone withholding it (an indicator), the authorities, lost, or not known. */
export type DocumentHolder =
  /** The authorities hold it. */
  | 'AUTHORITIES'
  /** Lost or destroyed. */
  | 'LOST'
  /** The person has it. */
  | 'PERSON'
  /** Not known. */
  | 'UNKNOWN'
  /** Someone withholds it from the person (an indicator of trafficking). */
  | 'WITHHELD';

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

/** A family member or child. */
export type FamilyMemberInput = {
  /** Their age in years (0–120). */
  age?: number | null | undefined;
  /** Whether they are also at risk. */
  alsoAtRisk?: boolean;
  /** Their name, as given. */
  name?: string | null | undefined;
  /** How they are related to the person. */
  relation: FamilyRelation;
  /** Where they are now, as written. */
  whereabouts?: string | null | undefined;
};

/** How a family member is related to the person. LEGAL_GUARDIAN: the guardian a social work centre appointed for a child. */
export type FamilyRelation =
  /** The person's child. */
  | 'CHILD'
  /** Father. */
  | 'FATHER'
  /** Grandmother or grandfather. */
  | 'GRANDPARENT'
  /** The guardian a social work centre appointed for a child. */
  | 'LEGAL_GUARDIAN'
  /** Mother. */
  | 'MOTHER'
  /** Someone else close to the person. */
  | 'OTHER'
  /** Another relative. */
  | 'OTHER_RELATIVE'
  /** Spouse or intimate partner. */
  | 'PARTNER'
  /** Brother or sister. */
  | 'SIBLING';

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
  /** An authority decided it (for a legal obligation or vital interest). */
  | 'AUTHORITY'
  /** A child's legal guardian gave the consent. */
  | 'LEGAL_GUARDIAN'
  /** The victim gave the consent. */
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

/** A health or psychological need. */
export type HealthNeedInput = {
  /** A diagnosis: recorded by the Centre only, when it records one. */
  diagnosis?: string | null | undefined;
  /** What kind of need. */
  kind: HealthNeedKind;
  /** The need, in words: what support the person needs. */
  need: string;
};

/** What kind of health or psychological need. */
export type HealthNeedKind =
  /** Dental care. */
  | 'DENTAL'
  /** General medical care. */
  | 'MEDICAL'
  /** Another health need. */
  | 'OTHER'
  /** Psychiatric care. */
  | 'PSYCHIATRIC'
  /** Psychological support or counselling. */
  | 'PSYCHOLOGICAL'
  /** Reproductive and sexual health, including pregnancy. */
  | 'REPRODUCTIVE'
  /** Treatment for alcohol or drug use. */
  | 'SUBSTANCE_USE';

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

/** An identity document. */
export type IdentityDocumentInput = {
  /** Who has it now. */
  heldBy?: DocumentHolder;
  /** Issuing country, ISO 3166-1 alpha-2. */
  issuingCountry?: string | null | undefined;
  /** What kind of document. */
  kind: IdentityDocumentKind;
  /** Its number, as written on it. */
  number?: string | null | undefined;
  /** Valid until (YYYY-MM-DD). */
  validUntil?: string | null | undefined;
};

/** A kind of identity document. */
export type IdentityDocumentKind =
  /** A birth certificate. */
  | 'BIRTH_CERTIFICATE'
  /** A national identity card. */
  | 'IDENTITY_CARD'
  /** Another identity document. */
  | 'OTHER'
  /** A passport. */
  | 'PASSPORT'
  /** A residence permit. */
  | 'RESIDENCE_PERMIT'
  /** A travel document (e.g. for refugees or for a return). */
  | 'TRAVEL_DOCUMENT';

/** Why sharing is lawful: the consent of the victim or guardian, a legal obligation, or a vital interest. */
export type LegalBasis =
  /** The victim, or for a child the guardian, consented. */
  | 'CONSENT'
  /** A law obliges the sharing; cite the provision. */
  | 'LEGAL_OBLIGATION'
  /** Needed to protect the person's life or safety. */
  | 'VITAL_INTEREST';

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

/** Facts to enter or correct. A field given is set (null clears it); a field left out stays. Lists are replaced whole. */
export type PersonChangeInput = {
  /** The home or postal address. */
  address?: string | null | undefined;
  /** Citizenship, ISO 3166-1 alpha-2. */
  citizenship?: string | null | undefined;
  /** A contact person (name and how). */
  contactPerson?: string | null | undefined;
  /** Date of birth, YYYY-MM-DD. */
  dateOfBirth?: string | null | undefined;
  /** Disabilities and support required. */
  disabilities?: Array<DisabilityInput> | null | undefined;
  /** An e-mail address. */
  email?: string | null | undefined;
  /** Family members, children. */
  familyMembers?: Array<FamilyMemberInput> | null | undefined;
  /** Family name. */
  familyName?: string | null | undefined;
  /** Given name. */
  givenName?: string | null | undefined;
  /** Health and psychological needs. */
  healthNeeds?: Array<HealthNeedInput> | null | undefined;
  /** Identity documents. */
  identityDocuments?: Array<IdentityDocumentInput> | null | undefined;
  /** Languages the person speaks, ISO 639-1, best first. */
  languages?: Array<string> | null | undefined;
  /** The municipality, as written. */
  municipality?: string | null | undefined;
  /** A phone number. */
  phone?: string | null | undefined;
  /** Sex. */
  sex?: Sex | null | undefined;
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

/** A measure protecting the victim as a witness (e.g. testimony by video link). */
export type ProtectiveMeasure =
  /** The hearing is closed to the public. */
  | 'CLOSED_TO_PUBLIC'
  /** The victim is not confronted with the accused. */
  | 'NO_CONFRONTATION'
  /** The victim's recorded testimony is used instead of testifying again. */
  | 'RECORDED_TESTIMONY'
  /** The victim waits apart from the accused. */
  | 'SEPARATE_WAITING_ROOM'
  /** The victim testifies by video link. */
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
  /** A family member. */
  | 'FAMILY'
  /** A friend or acquaintance. */
  | 'FRIEND'
  /** An intimate partner. */
  | 'INTIMATE_PARTNER'
  /** Someone else. */
  | 'OTHER'
  /** Not known. */
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
  /** Abduction. */
  | 'ABDUCTION'
  /** Arranged through the family, e.g. a marriage. */
  | 'FAMILY_ARRANGEMENT'
  /** An offer of work. */
  | 'JOB_OFFER'
  /** Online: social networks, chat or adverts. */
  | 'ONLINE'
  /** Another way. */
  | 'OTHER'
  /** A romantic relationship ("loverboy"). */
  | 'ROMANTIC_RELATIONSHIP'
  /** Sold by the family. */
  | 'SOLD_BY_FAMILY'
  /** Not known. */
  | 'UNKNOWN';

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
  /** Applied for; waiting for a decision. */
  | 'APPLIED'
  /** Granted earlier, not extended, and past its end date. */
  | 'EXPIRED'
  /** Granted; valid until its end date. */
  | 'GRANTED'
  /** Refused. */
  | 'REFUSED';

/** REQUESTED → IN_PREPARATION → COMPLETED, or CANCELLED before it is completed. */
export type ReturnStatus =
  /** Cancelled before the return. */
  | 'CANCELLED'
  /** The person has returned. */
  | 'COMPLETED'
  /** Being prepared, with IOM: documents, travel, reception. */
  | 'IN_PREPARATION'
  /** The person asked to return. */
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
  /** Within Serbia only. */
  | 'INTERNAL'
  /** Across a border. */
  | 'TRANSNATIONAL';

/** The victim's role in the proceeding. */
export type VictimRole =
  /** The injured party (оштећени), who may claim compensation. */
  | 'INJURED_PARTY'
  /** Both injured party and witness. */
  | 'INJURED_PARTY_AND_WITNESS'
  /** A witness. */
  | 'WITNESS';

/** The withdrawal of a filed compensation claim. */
export type WithdrawCompensationClaimInput = {
  /** The claim. */
  id: string;
  /** When it was withdrawn, YYYY-MM-DD; today when left out. */
  withdrawnOn?: string | null | undefined;
};

export type BreakGlassReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type BreakGlassReviewsQuery = { __typename: 'Query', breakGlassReviews: Array<{ __typename: 'BreakGlassSession', id: string, caseId: string, supervisor: string, justification: string, startedAt: string, expiresAt: string, accesses: number, reviewedAt: string | null }> | null };

export type OpenBreakGlassMutationVariables = Exact<{
  caseId: string;
  justification: string;
  minutes: number;
}>;


export type OpenBreakGlassMutation = { __typename: 'Mutation', openBreakGlass: { __typename: 'BreakGlassSession', id: string, caseId: string, expiresAt: string, justification: string } };

export type ReviewBreakGlassMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type ReviewBreakGlassMutation = { __typename: 'Mutation', reviewBreakGlass: { __typename: 'BreakGlassSession', id: string, reviewedAt: string | null, reviewNote: string | null } };

export type CasePageQueryVariables = Exact<{
  id: string;
}>;


export type CasePageQuery = { __typename: 'Query', case: { __typename: 'Case', id: string, code: string, status: CaseStatus, openedAt: string, closedAt: string | null, closingReason: ClosingReason | null, synthetic: boolean, statisticsConsent: boolean, caseWorker: { __typename: 'CaseWorker', name: string, workEmail: string | null, workPhone: string | null }, person: { __typename: 'Person', givenName: string | null, familyName: string | null, dateOfBirth: string | null, sex: Sex | null, citizenship: string | null, phone: string | null, address: string | null, municipality: string | null, languages: Array<string> | null }, personHistory: Array<{ __typename: 'PersonChange', id: string, field: string, previous: string | null, value: string | null, changedAt: string, changedBy: string }>, reports: Array<{ __typename: 'Report', id: string, channel: ReportChannel, urgency: ReportUrgency, receivedAt: string, firstContactDueAt: string, firstContactAt: string | null, overdue: boolean, reportingPartner: { __typename: 'Partner', id: string, name: string } | null }>, preliminaryIdentifications: Array<{ __typename: 'PreliminaryIdentification', id: string, assessedOn: string | null, indicators: Array<MeansOfControl> | null, otherIndicators: string | null, result: PreliminaryResult | null }> | null, identification: { __typename: 'Identification', id: string, decision: IdentificationDecision | null, decidedOn: string | null, decidedBy: string | null, exploitationTypes: Array<ExploitationType> | null, scope: TraffickingScope | null, finding: string | null, child: boolean | null } | null, assessment: { __typename: 'Assessment', id: string, version: number | null, assessedOn: string | null, assessedBy: string | null, findings: Array<{ __typename: 'AssessmentFinding', area: AssessmentArea | null, kind: AssessmentKind | null, level: AssessmentLevel | null, subject: AssessmentSubject | null, note: string | null }> | null } | null, protectionPlan: { __typename: 'ProtectionPlan', id: string, version: number | null, goals: Array<string> | null, adoptedBy: string | null, items: Array<{ __typename: 'PlanItem', id: string, description: string | null, dueOn: string | null, status: PlanItemStatus | null, overdue: boolean | null, serviceType: ServiceType | null, referralId: string | null, cancelReason: string | null, sourceEntry: { __typename: 'ConferenceEntry', id: string } | null, responsiblePartner: { __typename: 'Partner', id: string, code: string, name: string } | null }> | null } | null, referrals: Array<{ __typename: 'Referral', id: string, status: ReferralStatus, note: string | null, declineReason: string | null, planItemId: string | null, createdAt: string, provider: { __typename: 'Partner', id: string, code: string, name: string } | null, service: { __typename: 'Service', id: string, name: string, type: ServiceType } }> | null, accommodation: { __typename: 'Accommodation', id: string, kind: AccommodationKind | null, phase: number | null, from: string | null, to: string | null, provider: { __typename: 'Partner', id: string, code: string, name: string } | null } | null, accommodations: Array<{ __typename: 'Accommodation', id: string, kind: AccommodationKind | null, phase: number | null, from: string | null, to: string | null, provider: { __typename: 'Partner', id: string, code: string, name: string } | null }> | null, voluntaryReturns: Array<{ __typename: 'VoluntaryReturn', id: string, status: ReturnStatus | null, destinationCountry: string | null, plannedOn: string | null, returnedOn: string | null, partner: { __typename: 'Partner', id: string, code: string, name: string } | null }> | null, humanitarianResidence: Array<{ __typename: 'HumanitarianResidence', id: string, status: ResidenceStatus | null, appliedOn: string | null, decidedOn: string | null, validUntil: string | null }> | null, proceedings: Array<{ __typename: 'Proceeding', id: string, kind: ProceedingKind, stage: ProceedingStage, victimRole: VictimRole, fileNumber: string | null, startedOn: string | null, charges: Array<string>, hearings: Array<{ __typename: 'Hearing', id: string, scheduledAt: string, purpose: string, outcome: string | null, protectiveMeasures: Array<ProtectiveMeasure>, supportNeeded: Array<HearingSupport>, interpreterLanguage: string | null }> }> | null, conferences: Array<{ __typename: 'CaseConference', id: string, scheduledAt: string, status: ConferenceStatus, entries: Array<{ __typename: 'ConferenceEntry', id: string, kind: ConferenceEntryKind, text: string, assignee: string | null, dueOn: string | null }> }> | null, representations: Array<{ __typename: 'Representation', id: string, lawyerName: string | null, partnerCode: string | null, active: boolean | null, startedOn: string | null, endedOn: string | null, endReason: string | null, powerOfAttorneyOn: string | null, proceeding: { __typename: 'Proceeding', id: string, kind: ProceedingKind } | null }> | null, compensationClaims: Array<{ __typename: 'CompensationClaim', id: string, status: CompensationStatus | null, forum: CompensationForum | null, amountClaimed: number | null, amountAwarded: number | null, amountPaid: number | null, currency: string | null, filedOn: string | null, decidedOn: string | null, paidOn: string | null, decisionReference: string | null, note: string | null, proceeding: { __typename: 'Proceeding', id: string, kind: ProceedingKind } | null }> | null, timeline: Array<{ __typename: 'TimelineEntry', id: string, at: string, type: string, partner: string }> } | null };

export type RecordFirstContactMutationVariables = Exact<{
  reportId: string;
}>;


export type RecordFirstContactMutation = { __typename: 'Mutation', recordFirstContact: { __typename: 'Report', id: string, firstContactAt: string | null, overdue: boolean } };

export type RecordPreliminaryMutationVariables = Exact<{
  input: PreliminaryIdentificationInput;
}>;


export type RecordPreliminaryMutation = { __typename: 'Mutation', recordPreliminaryIdentification: { __typename: 'PreliminaryIdentification', id: string } };

export type IdentifyVictimMutationVariables = Exact<{
  input: IdentificationInput;
}>;


export type IdentifyVictimMutation = { __typename: 'Mutation', identifyVictim: { __typename: 'Identification', id: string, decision: IdentificationDecision | null } };

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentMutation = { __typename: 'Mutation', recordAssessment: { __typename: 'Assessment', id: string, version: number | null } };

export type AdoptPlanMutationVariables = Exact<{
  input: AdoptPlanInput;
}>;


export type AdoptPlanMutation = { __typename: 'Mutation', adoptProtectionPlan: { __typename: 'ProtectionPlan', id: string, version: number | null } };

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralMutation = { __typename: 'Mutation', createReferral: { __typename: 'Referral', id: string, status: ReferralStatus } };

export type ChangeCaseStatusMutationVariables = Exact<{
  caseId: string;
  status: CaseStatus;
}>;


export type ChangeCaseStatusMutation = { __typename: 'Mutation', changeCaseStatus: { __typename: 'Case', id: string, status: CaseStatus } };

export type ServicesForReferralQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicesForReferralQuery = { __typename: 'Query', services: Array<{ __typename: 'Service', id: string, name: string, type: ServiceType, requiredCategories: Array<DataCategory>, provider: { __typename: 'Partner', id: string, code: string, name: string } | null }> };

export type CaseEventsSubscriptionVariables = Exact<{
  caseId: string;
}>;


export type CaseEventsSubscription = { caseEvents: { __typename: 'HubEvent', id: string, type: string } };

export type AppointRepresentationMutationVariables = Exact<{
  input: AppointRepresentationInput;
}>;


export type AppointRepresentationMutation = { __typename: 'Mutation', appointRepresentation: { __typename: 'Representation', id: string, active: boolean | null } };

export type EndRepresentationMutationVariables = Exact<{
  input: EndRepresentationInput;
}>;


export type EndRepresentationMutation = { __typename: 'Mutation', endRepresentation: { __typename: 'Representation', id: string, active: boolean | null, endedOn: string | null } };

export type FileCompensationClaimMutationVariables = Exact<{
  input: FileCompensationClaimInput;
}>;


export type FileCompensationClaimMutation = { __typename: 'Mutation', fileCompensationClaim: { __typename: 'CompensationClaim', id: string, status: CompensationStatus | null } };

export type DecideCompensationClaimMutationVariables = Exact<{
  input: DecideCompensationClaimInput;
}>;


export type DecideCompensationClaimMutation = { __typename: 'Mutation', decideCompensationClaim: { __typename: 'CompensationClaim', id: string, status: CompensationStatus | null, amountAwarded: number | null } };

export type WithdrawCompensationClaimMutationVariables = Exact<{
  input: WithdrawCompensationClaimInput;
}>;


export type WithdrawCompensationClaimMutation = { __typename: 'Mutation', withdrawCompensationClaim: { __typename: 'CompensationClaim', id: string, status: CompensationStatus | null } };

export type RecordCompensationPaymentMutationVariables = Exact<{
  input: RecordCompensationPaymentInput;
}>;


export type RecordCompensationPaymentMutation = { __typename: 'Mutation', recordCompensationPayment: { __typename: 'CompensationClaim', id: string, status: CompensationStatus | null, amountPaid: number | null } };

export type AddPlanItemMutationVariables = Exact<{
  planId: string;
  input: PlanItemInput;
}>;


export type AddPlanItemMutation = { __typename: 'Mutation', addPlanItem: { __typename: 'PlanItem', id: string, status: PlanItemStatus | null } };

export type MovePlanItemMutationVariables = Exact<{
  input: MovePlanItemInput;
}>;


export type MovePlanItemMutation = { __typename: 'Mutation', movePlanItem: { __typename: 'PlanItem', id: string, status: PlanItemStatus | null, cancelReason: string | null } };

export type WithdrawReferralMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type WithdrawReferralMutation = { __typename: 'Mutation', withdrawReferral: { __typename: 'Referral', id: string, status: ReferralStatus } };

export type CloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { __typename: 'Mutation', closeCase: { __typename: 'Case', id: string, status: CaseStatus, closedAt: string | null } };

export type SetStatisticsConsentMutationVariables = Exact<{
  caseId: string;
  consent: boolean;
}>;


export type SetStatisticsConsentMutation = { __typename: 'Mutation', setStatisticsConsent: { __typename: 'Case', id: string, statisticsConsent: boolean } };

export type AddReportMutationVariables = Exact<{
  caseId: string;
  input: ReportInput;
}>;


export type AddReportMutation = { __typename: 'Mutation', addReport: { __typename: 'Report', id: string } };

export type PlanItemFromActionItemMutationVariables = Exact<{
  entryId: string;
  dueOn?: string | null | undefined;
}>;


export type PlanItemFromActionItemMutation = { __typename: 'Mutation', planItemFromActionItem: { __typename: 'PlanItem', id: string, status: PlanItemStatus | null } };

export type PersonChangeRowFragment = { __typename: 'PersonChange', id: string, field: string, previous: string | null, value: string | null, changedAt: string, changedBy: string };

export type PersonRecordQueryVariables = Exact<{
  caseId: string;
}>;


export type PersonRecordQuery = { __typename: 'Query', case: { __typename: 'Case', id: string, person: { __typename: 'Person', languages: Array<string> | null, municipality: string | null, address: string | null, phone: string | null, identityDocuments: Array<{ __typename: 'IdentityDocument', kind: IdentityDocumentKind | null, number: string | null, issuingCountry: string | null, validUntil: string | null, heldBy: DocumentHolder | null }> | null, healthNeeds: Array<{ __typename: 'HealthNeed', kind: HealthNeedKind | null, need: string | null }> | null, disabilities: Array<{ __typename: 'Disability', kind: DisabilityKind | null, supportRequired: string | null }> | null, familyMembers: Array<{ __typename: 'FamilyMember', relation: FamilyRelation | null, name: string | null, age: number | null, whereabouts: string | null, alsoAtRisk: boolean | null }> | null } } | null };

export type UpdatePersonMutationVariables = Exact<{
  caseId: string;
  input: PersonChangeInput;
}>;


export type UpdatePersonMutation = { __typename: 'Mutation', updatePerson: { __typename: 'Case', id: string, personHistory: Array<{ __typename: 'PersonChange', id: string, field: string, previous: string | null, value: string | null, changedAt: string, changedBy: string }> } };

export type PlaceInAccommodationMutationVariables = Exact<{
  input: PlaceInput;
}>;


export type PlaceInAccommodationMutation = { __typename: 'Mutation', placeInAccommodation: { __typename: 'Accommodation', id: string } };

export type EndAccommodationMutationVariables = Exact<{
  id: string;
  on: string;
}>;


export type EndAccommodationMutation = { __typename: 'Mutation', endAccommodation: { __typename: 'Accommodation', id: string, to: string | null } };

export type RequestVoluntaryReturnMutationVariables = Exact<{
  input: RequestReturnInput;
}>;


export type RequestVoluntaryReturnMutation = { __typename: 'Mutation', requestVoluntaryReturn: { __typename: 'VoluntaryReturn', id: string, status: ReturnStatus | null } };

export type MoveVoluntaryReturnMutationVariables = Exact<{
  input: MoveReturnInput;
}>;


export type MoveVoluntaryReturnMutation = { __typename: 'Mutation', moveVoluntaryReturn: { __typename: 'VoluntaryReturn', id: string, status: ReturnStatus | null } };

export type ApplyForResidenceMutationVariables = Exact<{
  caseId: string;
  appliedOn: string;
}>;


export type ApplyForResidenceMutation = { __typename: 'Mutation', applyForHumanitarianResidence: { __typename: 'HumanitarianResidence', id: string, status: ResidenceStatus | null } };

export type DecideResidenceMutationVariables = Exact<{
  input: DecideResidenceInput;
}>;


export type DecideResidenceMutation = { __typename: 'Mutation', decideHumanitarianResidence: { __typename: 'HumanitarianResidence', id: string, status: ResidenceStatus | null } };

export type OpenProceedingMutationVariables = Exact<{
  input: OpenProceedingInput;
}>;


export type OpenProceedingMutation = { __typename: 'Mutation', openProceeding: { __typename: 'Proceeding', id: string } };

export type AdvanceProceedingMutationVariables = Exact<{
  input: AdvanceProceedingInput;
}>;


export type AdvanceProceedingMutation = { __typename: 'Mutation', advanceProceeding: { __typename: 'Proceeding', id: string, stage: ProceedingStage } };

export type ScheduleHearingMutationVariables = Exact<{
  input: ScheduleHearingInput;
}>;


export type ScheduleHearingMutation = { __typename: 'Mutation', scheduleHearing: { __typename: 'Hearing', id: string } };

export type RecordHearingOutcomeMutationVariables = Exact<{
  id: string;
  outcome: string;
}>;


export type RecordHearingOutcomeMutation = { __typename: 'Mutation', recordHearingOutcome: { __typename: 'Hearing', id: string, outcome: string | null } };

export type CasesQueryVariables = Exact<{
  first: number;
  search?: CaseSearch | null | undefined;
}>;


export type CasesQuery = { __typename: 'Query', casesConnection: { __typename: 'CaseConnection', totalCount: number, nodes: Array<{ __typename: 'Case', id: string, code: string, status: CaseStatus, openedAt: string, caseWorker: { __typename: 'CaseWorker', name: string }, person: { __typename: 'Person', givenName: string | null, familyName: string | null } }> } };

export type CaseByCodeQueryVariables = Exact<{
  code: string;
}>;


export type CaseByCodeQuery = { __typename: 'Query', caseByCode: { __typename: 'Case', id: string } | null };

export type ReportingPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingPartnersQuery = { __typename: 'Query', partners: Array<{ __typename: 'Partner', id: string, code: string, name: string }> };

export type ReportCaseMutationVariables = Exact<{
  input: ReportCaseInput;
}>;


export type ReportCaseMutation = { __typename: 'Mutation', reportCase: { __typename: 'Case', id: string, code: string, status: CaseStatus } };

export type ConferenceQueryVariables = Exact<{
  id: string;
}>;


export type ConferenceQuery = { __typename: 'Query', conference: { __typename: 'CaseConference', id: string, status: ConferenceStatus, scheduledAt: string, startedAt: string | null, closedAt: string | null, coordinator: string, agenda: Array<string>, participants: Array<{ __typename: 'ConferenceParticipant', name: string, partner: string | null }>, case: { __typename: 'Case', id: string, code: string } | null, entries: Array<{ __typename: 'ConferenceEntry', id: string, kind: ConferenceEntryKind, text: string, assignee: string | null, dueOn: string | null, recordedAt: string, recordedBy: string }> } | null };

export type ConferenceEventsSubscriptionVariables = Exact<{
  conferenceId: string;
  after?: string | null | undefined;
}>;


export type ConferenceEventsSubscription = { conferenceEvents: { __typename: 'HubEvent', id: string, type: string, at: string, entry: { __typename: 'ConferenceEntry', id: string, kind: ConferenceEntryKind, text: string, assignee: string | null, dueOn: string | null, recordedAt: string, recordedBy: string } | null, conference: { __typename: 'CaseConference', id: string, status: ConferenceStatus } | null } };

export type RecordConferenceEntryMutationVariables = Exact<{
  input: RecordConferenceEntryInput;
}>;


export type RecordConferenceEntryMutation = { __typename: 'Mutation', recordConferenceEntry: { __typename: 'ConferenceEntry', id: string, kind: ConferenceEntryKind, text: string } };

export type StartConferenceMutationVariables = Exact<{
  id: string;
}>;


export type StartConferenceMutation = { __typename: 'Mutation', startConference: { __typename: 'CaseConference', id: string, status: ConferenceStatus, startedAt: string | null } };

export type CloseConferenceMutationVariables = Exact<{
  id: string;
}>;


export type CloseConferenceMutation = { __typename: 'Mutation', closeConference: { __typename: 'CaseConference', id: string, status: ConferenceStatus, closedAt: string | null } };

export type ScheduleConferenceMutationVariables = Exact<{
  input: ScheduleConferenceInput;
}>;


export type ScheduleConferenceMutation = { __typename: 'Mutation', scheduleConference: { __typename: 'CaseConference', id: string, status: ConferenceStatus } };

export type CaseConsentQueryVariables = Exact<{
  caseId: string;
}>;


export type CaseConsentQuery = { __typename: 'Query', case: { __typename: 'Case', id: string, code: string, consents: Array<{ __typename: 'ConsentGrant', id: string, active: boolean, categories: Array<DataCategory>, purpose: ConsentPurpose, legalBasis: LegalBasis, legalProvision: string | null, givenBy: GivenBy, authority: string | null, evidence: string, validFrom: string, validUntil: string | null, recordedBy: string, recordedAt: string, revokedAt: string | null, revokedBy: string | null, revocationReason: string | null, grantee: { __typename: 'Partner', id: string, code: string, name: string } | null }> | null } | null, caseAccessLog: Array<{ __typename: 'AccessLogEntry', id: string, at: string, actor: string, partner: string, categories: Array<DataCategory>, decision: string, basis: string, breakGlass: boolean, operation: string | null, subgraph: string }> | null };

export type GranteePartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type GranteePartnersQuery = { __typename: 'Query', partners: Array<{ __typename: 'Partner', id: string, code: string, name: string }> };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { __typename: 'Mutation', grantConsent: { __typename: 'ConsentGrant', id: string, active: boolean } };

export type RevokeConsentMutationVariables = Exact<{
  grantId: string;
  reason: string;
}>;


export type RevokeConsentMutation = { __typename: 'Mutation', revokeConsent: { __typename: 'ConsentGrant', id: string, active: boolean, revokedAt: string | null, revocationReason: string | null } };

export type PartnerReferralsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerReferralsQuery = { __typename: 'Query', referrals: Array<{ __typename: 'Referral', id: string, status: ReferralStatus, note: string | null, declineReason: string | null, createdAt: string, updatedAt: string, notes: Array<{ __typename: 'ReferralNote', at: string, by: string, text: string }>, service: { __typename: 'Service', id: string, name: string, type: ServiceType }, case: { __typename: 'Case', id: string, code: string } | null } | null> };

export type PartnerPlanItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerPlanItemsQuery = { __typename: 'Query', cases: Array<{ __typename: 'Case', id: string, code: string, protectionPlan: { __typename: 'ProtectionPlan', id: string, items: Array<{ __typename: 'PlanItem', id: string, description: string | null, dueOn: string | null, status: PlanItemStatus | null, overdue: boolean | null, responsiblePartner: { __typename: 'Partner', id: string, code: string } | null }> | null } | null }> };

export type PartnerCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCasesQuery = { __typename: 'Query', cases: Array<{ __typename: 'Case', id: string, code: string, status: CaseStatus, person: { __typename: 'Person', givenName: string | null, familyName: string | null } }> };

export type PartnerHearingsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PartnerHearingsQuery = { __typename: 'Query', upcomingHearings: Array<{ __typename: 'Hearing', id: string, scheduledAt: string, purpose: string, supportNeeded: Array<HearingSupport>, interpreterLanguage: string | null, outcome: string | null, proceeding: { __typename: 'Proceeding', id: string, kind: ProceedingKind, case: { __typename: 'Case', id: string, code: string, representations: Array<{ __typename: 'Representation', id: string, partnerCode: string | null, active: boolean | null, proceeding: { __typename: 'Proceeding', id: string } | null }> | null } | null } | null } | null> };

export type AcceptReferralMutationVariables = Exact<{
  id: string;
}>;


export type AcceptReferralMutation = { __typename: 'Mutation', acceptReferral: { __typename: 'Referral', id: string, status: ReferralStatus } };

export type DeclineReferralMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type DeclineReferralMutation = { __typename: 'Mutation', declineReferral: { __typename: 'Referral', id: string, status: ReferralStatus, declineReason: string | null } };

export type ReportReferralProgressMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type ReportReferralProgressMutation = { __typename: 'Mutation', reportReferralProgress: { __typename: 'Referral', id: string, status: ReferralStatus, notes: Array<{ __typename: 'ReferralNote', at: string, by: string, text: string }> } };

export type CompleteReferralMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type CompleteReferralMutation = { __typename: 'Mutation', completeReferral: { __typename: 'Referral', id: string, status: ReferralStatus } };

export type StatisticsCountFragment = { __typename: 'Count', value: number | null, suppressed: boolean };

export type StatisticsRowFragment = { __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } };

export type StatisticsFigureFragment = { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }> };

export type StatisticsSumFragment = { __typename: 'Sum', value: number | null, suppressed: boolean };

export type StatisticsSumRowFragment = { __typename: 'SumBy', key: string, parent: string | null, sum: { __typename: 'Sum', value: number | null, suppressed: boolean } };

export type StatisticsSumsFragment = { __typename: 'Sums', total: { __typename: 'Sum', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'SumBy', key: string, parent: string | null, sum: { __typename: 'Sum', value: number | null, suppressed: boolean } }> };

export type StatisticsQueryVariables = Exact<{
  period: StatisticsPeriodInput;
  region?: string | null | undefined;
  municipality?: string | null | undefined;
}>;


export type StatisticsQuery = { __typename: 'Query', statistics: { __typename: 'StatisticsReport', areaNode: string, period: { __typename: 'StatisticsPeriod', year: number, from: string, to: string }, reports: { __typename: 'Figures', channel: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, partnerType: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, total: { __typename: 'Count', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }> }, cases: { __typename: 'Figures', status: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, total: { __typename: 'Count', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }> }, victims: { __typename: 'Figures', sex: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, age: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, citizenship: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, exploitationType: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, scope: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, meansOfControl: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, recruiterRelation: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, total: { __typename: 'Count', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }> }, planItems: { __typename: 'Figures', serviceType: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, status: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, total: { __typename: 'Count', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }> }, referrals: { __typename: 'Figures', serviceType: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, status: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, total: { __typename: 'Count', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }> }, placements: { __typename: 'Figures', kind: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, total: { __typename: 'Count', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }> }, accommodated: { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }> }, returns: { __typename: 'Figures', status: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, total: { __typename: 'Count', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }> }, residencePermits: { __typename: 'Figures', status: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, total: { __typename: 'Count', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }> }, proceedings: { __typename: 'Figures', kind: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, stage: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, total: { __typename: 'Count', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }> }, hearings: { __typename: 'Figures', protectiveMeasure: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, total: { __typename: 'Count', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }> }, compensationClaims: { __typename: 'Figures', status: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }>, total: { __typename: 'Count', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'CountBy', key: string, parent: string | null, count: { __typename: 'Count', value: number | null, suppressed: boolean } }> }, nights: { __typename: 'Sums', kind: Array<{ __typename: 'SumBy', key: string, parent: string | null, sum: { __typename: 'Sum', value: number | null, suppressed: boolean } }>, total: { __typename: 'Sum', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'SumBy', key: string, parent: string | null, sum: { __typename: 'Sum', value: number | null, suppressed: boolean } }> }, compensationClaimed: { __typename: 'Sums', status: Array<{ __typename: 'SumBy', key: string, parent: string | null, sum: { __typename: 'Sum', value: number | null, suppressed: boolean } }>, total: { __typename: 'Sum', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'SumBy', key: string, parent: string | null, sum: { __typename: 'Sum', value: number | null, suppressed: boolean } }> }, compensationPaid: { __typename: 'Sums', total: { __typename: 'Sum', value: number | null, suppressed: boolean }, byMonth: Array<{ __typename: 'SumBy', key: string, parent: string | null, sum: { __typename: 'Sum', value: number | null, suppressed: boolean } }> }, previousYears: Array<{ __typename: 'StatisticsReport', period: { __typename: 'StatisticsPeriod', year: number }, reports: { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean } }, cases: { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean } }, victims: { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean } }, planItems: { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean } }, referrals: { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean } }, placements: { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean } }, accommodated: { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean } }, returns: { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean } }, residencePermits: { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean } }, proceedings: { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean } }, hearings: { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean } }, compensationClaims: { __typename: 'Figures', total: { __typename: 'Count', value: number | null, suppressed: boolean } }, nights: { __typename: 'Sums', total: { __typename: 'Sum', value: number | null, suppressed: boolean } }, compensationClaimed: { __typename: 'Sums', total: { __typename: 'Sum', value: number | null, suppressed: boolean } }, compensationPaid: { __typename: 'Sums', total: { __typename: 'Sum', value: number | null, suppressed: boolean } } }> } };

export type TodayQueryVariables = Exact<{
  from: string;
  to: string;
  supervisor: boolean;
}>;


export type TodayQuery = { __typename: 'Query', overdueReports: Array<{ __typename: 'Report', id: string, urgency: ReportUrgency, channel: ReportChannel, receivedAt: string, firstContactDueAt: string, case: { __typename: 'Case', id: string, code: string } | null }>, awaiting: Array<{ __typename: 'Case', id: string, code: string, reports: Array<{ __typename: 'Report', id: string, urgency: ReportUrgency, firstContactAt: string | null, firstContactDueAt: string, overdue: boolean }> }>, overduePlanItems: Array<{ __typename: 'PlanItem', id: string, description: string | null, dueOn: string | null, status: PlanItemStatus | null, case: { __typename: 'Case', id: string, code: string } | null } | null>, upcomingHearings: Array<{ __typename: 'Hearing', id: string, scheduledAt: string, purpose: string, proceeding: { __typename: 'Proceeding', id: string, kind: ProceedingKind, case: { __typename: 'Case', id: string, code: string } | null } | null } | null>, withConferences: Array<{ __typename: 'Case', id: string, code: string, status: CaseStatus, conferences: Array<{ __typename: 'CaseConference', id: string, scheduledAt: string, status: ConferenceStatus }> | null }>, breakGlassReviews?: Array<{ __typename: 'BreakGlassSession', id: string, caseId: string, startedAt: string, supervisor: string, justification: string, accesses: number }> | null };

export const PersonChangeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonChangeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}}]}}]} as unknown as DocumentNode<PersonChangeRowFragment, unknown>;
export const StatisticsCountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<StatisticsCountFragment, unknown>;
export const StatisticsRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountBy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<StatisticsRowFragment, unknown>;
export const StatisticsFigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Figures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountBy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}}]} as unknown as DocumentNode<StatisticsFigureFragment, unknown>;
export const StatisticsSumFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<StatisticsSumFragment, unknown>;
export const StatisticsSumRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSumRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SumBy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<StatisticsSumRowFragment, unknown>;
export const StatisticsSumsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSums"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sums"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSumRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSumRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SumBy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}}]}}]} as unknown as DocumentNode<StatisticsSumsFragment, unknown>;
export const BreakGlassReviewsDocument = {"__meta__":{"hash":"sha256:bc081d172c368725b40fbe4ce7d114c13b36320448f0a0196d66885481c4a32d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BreakGlassReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"breakGlassReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"accesses"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<BreakGlassReviewsQuery, BreakGlassReviewsQueryVariables>;
export const OpenBreakGlassDocument = {"__meta__":{"hash":"sha256:6dfb836f544907d96e55032d7490fb204b29532888a6eaac7f7f065a1e9b2c56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenBreakGlass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openBreakGlass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}}]}}]} as unknown as DocumentNode<OpenBreakGlassMutation, OpenBreakGlassMutationVariables>;
export const ReviewBreakGlassDocument = {"__meta__":{"hash":"sha256:2b6bcdae1e1d95d06cfd3cb81e45364b11d55f4c3743373b7697bab8e2503944"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewBreakGlass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reviewBreakGlass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]} as unknown as DocumentNode<ReviewBreakGlassMutation, ReviewBreakGlassMutationVariables>;
export const CasePageDocument = {"__meta__":{"hash":"sha256:d71610e4311db96bd3e2b100b4cad0ee678734b2e5d853b35d5f408c849bca15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"statisticsConsent"}},{"kind":"Field","name":{"kind":"Name","value":"caseWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonChangeRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"preliminaryIdentifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"otherIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"child"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"sourceEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"planItemId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"voluntaryReturns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"returnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"humanitarianResidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proceedings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"victimRole"}},{"kind":"Field","name":{"kind":"Name","value":"fileNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"charges"}},{"kind":"Field","name":{"kind":"Name","value":"hearings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"protectiveMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"supportNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"representations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lawyerName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"powerOfAttorneyOn"}},{"kind":"Field","name":{"kind":"Name","value":"proceeding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forum"}},{"kind":"Field","name":{"kind":"Name","value":"amountClaimed"}},{"kind":"Field","name":{"kind":"Name","value":"amountAwarded"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proceeding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonChangeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const RecordFirstContactDocument = {"__meta__":{"hash":"sha256:97c02c518cef4f22d802aa014f47edec049c1086f89456f01825cd23e08cd9a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFirstContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordFirstContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<RecordFirstContactMutation, RecordFirstContactMutationVariables>;
export const RecordPreliminaryDocument = {"__meta__":{"hash":"sha256:19040692d844444fcef430cde7010768d15ecadee33f98c32aeb4a610260f4d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPreliminary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreliminaryIdentificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordPreliminaryIdentification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordPreliminaryMutation, RecordPreliminaryMutationVariables>;
export const IdentifyVictimDocument = {"__meta__":{"hash":"sha256:5e17f2abaaa9526c452e50fc72d24f8ea11a7d646986f531b6f92a9d44313a00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentifyVictim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"identifyVictim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<IdentifyVictimMutation, IdentifyVictimMutationVariables>;
export const RecordAssessmentDocument = {"__meta__":{"hash":"sha256:13e5e4c427bc3b2c864db6395d0c99003e2a5de831d83e822df22e11d9bc7b73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const AdoptPlanDocument = {"__meta__":{"hash":"sha256:59209dd99c8dce8dcc24b663ab24e924286d9be71fa13cf0207da6ab0df55a21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"adoptProtectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdoptPlanMutation, AdoptPlanMutationVariables>;
export const CreateReferralDocument = {"__meta__":{"hash":"sha256:decd95185c2c0aefc10a65899696bc71400559aa4b66073ef4167a8770eff856"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateReferralMutation, CreateReferralMutationVariables>;
export const ChangeCaseStatusDocument = {"__meta__":{"hash":"sha256:cb6cbd402c78cf06df875c33345256022a1b85b7bf2018d9692f2fda7b5cef40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCaseStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeCaseStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChangeCaseStatusMutation, ChangeCaseStatusMutationVariables>;
export const ServicesForReferralDocument = {"__meta__":{"hash":"sha256:603e95fcda487a5bfba9490a0ad49d42347bd7189316f5a35bb5eca0a7919b31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServicesForReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ServicesForReferralQuery, ServicesForReferralQueryVariables>;
export const CaseEventsDocument = {"__meta__":{"hash":"sha256:822656e38c627b56fcc739420d797de35e38fa996a090cf46954a133138e92f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<CaseEventsSubscription, CaseEventsSubscriptionVariables>;
export const AppointRepresentationDocument = {"__meta__":{"hash":"sha256:edf3995cf4dd6c9ceef7cc6aff691bfc5b0aa786b1cae0d2161821106bdcfc39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointRepresentation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointRepresentationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"appointRepresentation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<AppointRepresentationMutation, AppointRepresentationMutationVariables>;
export const EndRepresentationDocument = {"__meta__":{"hash":"sha256:449f1dff33b19c0dfeec37c81aa91d97f67e003aadf719094285b3d724a091bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndRepresentation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndRepresentationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endRepresentation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<EndRepresentationMutation, EndRepresentationMutationVariables>;
export const FileCompensationClaimDocument = {"__meta__":{"hash":"sha256:cc076ce156faa255bb0dc3b6bd07626055c1ddfa63503b1c5442c314a14ab208"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileCompensationClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileCompensationClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fileCompensationClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FileCompensationClaimMutation, FileCompensationClaimMutationVariables>;
export const DecideCompensationClaimDocument = {"__meta__":{"hash":"sha256:7e1ceb7f06ea68e0c0b063d5385901b685dd25aa1a58177d86993e522b3df5d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCompensationClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCompensationClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideCompensationClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountAwarded"}}]}}]}}]} as unknown as DocumentNode<DecideCompensationClaimMutation, DecideCompensationClaimMutationVariables>;
export const WithdrawCompensationClaimDocument = {"__meta__":{"hash":"sha256:6316f122bc5541c00333448cba038fbc1746cf7dd7c2eae8be4f04c8f37c1f4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawCompensationClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawCompensationClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawCompensationClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawCompensationClaimMutation, WithdrawCompensationClaimMutationVariables>;
export const RecordCompensationPaymentDocument = {"__meta__":{"hash":"sha256:23035a5aefcf7f671068c47f60b991f7c203a78142be837c720f78f4a5626dd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCompensationPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCompensationPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordCompensationPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}}]}}]}}]} as unknown as DocumentNode<RecordCompensationPaymentMutation, RecordCompensationPaymentMutationVariables>;
export const AddPlanItemDocument = {"__meta__":{"hash":"sha256:f1789fe6e7d7d544e33bc524a878adcb467a1b63c3c6f9ba4eb40a627e3b23d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AddPlanItemMutation, AddPlanItemMutationVariables>;
export const MovePlanItemDocument = {"__meta__":{"hash":"sha256:19570ddbec738015a9ad5b00b6e0b25efe096955264f52c930457b3b12d41235"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MovePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MovePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"movePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]}}]} as unknown as DocumentNode<MovePlanItemMutation, MovePlanItemMutationVariables>;
export const WithdrawReferralDocument = {"__meta__":{"hash":"sha256:6a6bba4463498bcc71b5d40153faefb5ffd3d19eae872b41abc3acafa8b1f220"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const CloseCaseDocument = {"__meta__":{"hash":"sha256:bfea454159c96f1f7749bf12999f51c322f3215ee93fa0ae1ae169cf661fc8f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const SetStatisticsConsentDocument = {"__meta__":{"hash":"sha256:1b959196c9c6e0fb4bb75b266a3361c39f56d48674edc2a4e3968df9c64b44c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStatisticsConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setStatisticsConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"consent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statisticsConsent"}}]}}]}}]} as unknown as DocumentNode<SetStatisticsConsentMutation, SetStatisticsConsentMutationVariables>;
export const AddReportDocument = {"__meta__":{"hash":"sha256:86bf3a10df7b800da9ac38abea587d6e27f086b6c901fc6f5a21baeb553967d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddReportMutation, AddReportMutationVariables>;
export const PlanItemFromActionItemDocument = {"__meta__":{"hash":"sha256:ff09ec592f86e2c5ae99b4cec6eae7f60a414c3af241dfbbcab7e9a63571622b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanItemFromActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planItemFromActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PlanItemFromActionItemMutation, PlanItemFromActionItemMutationVariables>;
export const PersonRecordDocument = {"__meta__":{"hash":"sha256:44787570aef022c3bcc41b33d33072c2c94950c6b2f0247b3e77b013e20d0cdd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"identityDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"heldBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"need"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"supportRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"whereabouts"}},{"kind":"Field","name":{"kind":"Name","value":"alsoAtRisk"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonRecordQuery, PersonRecordQueryVariables>;
export const UpdatePersonDocument = {"__meta__":{"hash":"sha256:7b33317ba2c0939a3560e5cfc246ab77bac88ca352d45a42cc9b5af6d6309851"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonChangeRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonChangeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const PlaceInAccommodationDocument = {"__meta__":{"hash":"sha256:3a4b8fd6f21ef33c01212c6d3dbb2dd244d0a2cd99c4b9f209e2d1cea4f32eee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceInAccommodation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"placeInAccommodation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlaceInAccommodationMutation, PlaceInAccommodationMutationVariables>;
export const EndAccommodationDocument = {"__meta__":{"hash":"sha256:ced0340a71b07ef5c9ceedbfd7f33958aa2172ee578e2517991afc1abc00259f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndAccommodation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endAccommodation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<EndAccommodationMutation, EndAccommodationMutationVariables>;
export const RequestVoluntaryReturnDocument = {"__meta__":{"hash":"sha256:1afad50398469cb32b088f179d14303af8d74838ee2751c58171a470b8ea53f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestVoluntaryReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestVoluntaryReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestVoluntaryReturnMutation, RequestVoluntaryReturnMutationVariables>;
export const MoveVoluntaryReturnDocument = {"__meta__":{"hash":"sha256:108a9437a7a4fd1b0cc778ac8ce6d15d1357ad255d603e508c219516e78d0ee6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveVoluntaryReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveReturnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"moveVoluntaryReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MoveVoluntaryReturnMutation, MoveVoluntaryReturnMutationVariables>;
export const ApplyForResidenceDocument = {"__meta__":{"hash":"sha256:60b71df8d324330b8d30dc73b085f22ea6f8df7825b97f95e2fb8c9537e70546"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForResidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appliedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applyForHumanitarianResidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"appliedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appliedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApplyForResidenceMutation, ApplyForResidenceMutationVariables>;
export const DecideResidenceDocument = {"__meta__":{"hash":"sha256:a16f5641d76b102530a83a9f900f36d901083997335fbd562c90d5de8f18d081"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideResidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideResidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideHumanitarianResidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideResidenceMutation, DecideResidenceMutationVariables>;
export const OpenProceedingDocument = {"__meta__":{"hash":"sha256:1479f95caf8eab2d60d3521ff6d6621da06faef124314a627d543729647bd0fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenProceeding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenProceedingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openProceeding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenProceedingMutation, OpenProceedingMutationVariables>;
export const AdvanceProceedingDocument = {"__meta__":{"hash":"sha256:8452b42a4c32de832ea73b17314800372ec55bc1b7a0c08fd0b1e9e93aab6d43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceProceeding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceProceedingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"advanceProceeding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<AdvanceProceedingMutation, AdvanceProceedingMutationVariables>;
export const ScheduleHearingDocument = {"__meta__":{"hash":"sha256:80e82e3636e4a5347ffdda1f3660e2e546103363049fd3964decefd60d1ed588"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleHearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleHearingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleHearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleHearingMutation, ScheduleHearingMutationVariables>;
export const RecordHearingOutcomeDocument = {"__meta__":{"hash":"sha256:3b3492ff66f439d66ea0f6418c85735340cce0b5fe0ca6705f94e2ab75f2a8eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHearingOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordHearingOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RecordHearingOutcomeMutation, RecordHearingOutcomeMutationVariables>;
export const CasesDocument = {"__meta__":{"hash":"sha256:73d98fed77f1c49408838ab1c3cf9a06b7ac78aef3525e96a845944b88c236be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseSearch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"casesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CaseByCodeDocument = {"__meta__":{"hash":"sha256:b4bb1651a42de588249f2ae610df2a8d82c8f279a5fb531566ee0556c584822b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"caseByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CaseByCodeQuery, CaseByCodeQueryVariables>;
export const ReportingPartnersDocument = {"__meta__":{"hash":"sha256:a8e35d908b1258722deab28377021e4c442b5886c6151f22be1eea74422ef32c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportingPartnersQuery, ReportingPartnersQueryVariables>;
export const ReportCaseDocument = {"__meta__":{"hash":"sha256:3fa0daefcfa81b48279528f09ba57fb9610f93994263b7e2d92fa0cd85c85e59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReportCaseMutation, ReportCaseMutationVariables>;
export const ConferenceDocument = {"__meta__":{"hash":"sha256:47f07f902abf56db0265b1afdc14e386e8479a6c163995a533cf61b1f91dd04e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceQuery, ConferenceQueryVariables>;
export const ConferenceEventsDocument = {"__meta__":{"hash":"sha256:4b7c7ac8f58ad8f8658b34501527d43b87466a1eb48df88e369234791e9c9dd8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConferenceEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferenceEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceEventsSubscription, ConferenceEventsSubscriptionVariables>;
export const RecordConferenceEntryDocument = {"__meta__":{"hash":"sha256:828626179ff8e001838698bfa649be11c8c667dae4875e55dc7947a988920e3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConferenceEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConferenceEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordConferenceEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<RecordConferenceEntryMutation, RecordConferenceEntryMutationVariables>;
export const StartConferenceDocument = {"__meta__":{"hash":"sha256:b3cc2a84cc4632c43647cccadf3c8a9522ac9d78c3416bef47e8d7d51d18787c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]}}]} as unknown as DocumentNode<StartConferenceMutation, StartConferenceMutationVariables>;
export const CloseConferenceDocument = {"__meta__":{"hash":"sha256:a7d3202789ce7c27ce331cf9644cb953e2f2f865d9e09c8b132fe36dea06bb6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"closeConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseConferenceMutation, CloseConferenceMutationVariables>;
export const ScheduleConferenceDocument = {"__meta__":{"hash":"sha256:5fdcb391c1be6ed4642405633281d6c336549834781482b9c5b8730eabae2bb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScheduleConferenceMutation, ScheduleConferenceMutationVariables>;
export const CaseConsentDocument = {"__meta__":{"hash":"sha256:c0dabf67bc2479bfb628f58eab32211fec25b2eec1ba27f963a46c61b4051a7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"legalProvision"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"grantee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"breakGlass"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"}}]}}]}}]} as unknown as DocumentNode<CaseConsentQuery, CaseConsentQueryVariables>;
export const GranteePartnersDocument = {"__meta__":{"hash":"sha256:25fe3c74e5e59fb41e194f2c12bbcff93130b1b95a90d6005e884169fa00d607"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GranteePartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GranteePartnersQuery, GranteePartnersQueryVariables>;
export const GrantConsentDocument = {"__meta__":{"hash":"sha256:8c386e2713657b9c9c0908ef0ca5c1778939cd0035524adbd1e5c0fa8d8d7e37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const RevokeConsentDocument = {"__meta__":{"hash":"sha256:1a7f96cae6e01ad6f86971dd17c4dab9812cfddaa32cfdf73c7ca985ee9086b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const PartnerReferralsDocument = {"__meta__":{"hash":"sha256:9cf196af7a20d872d11611d6c32cc5adf9a71a216319098a1456798544c443c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerReferralsQuery, PartnerReferralsQueryVariables>;
export const PartnerPlanItemsDocument = {"__meta__":{"hash":"sha256:8ddc8aa1fbbe301a589b69de1335bdeec596b67894febbd27b4ac38a5d192cf3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerPlanItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"protectionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerPlanItemsQuery, PartnerPlanItemsQueryVariables>;
export const PartnerCasesDocument = {"__meta__":{"hash":"sha256:97cfe179b9d40e17ff4b2f06c2bf28dcb874ce7fa2ec36d496a6cd5baa803a6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCasesQuery, PartnerCasesQueryVariables>;
export const PartnerHearingsDocument = {"__meta__":{"hash":"sha256:a45b4ffe7370ed6f9fc00fd35ca8d93703dcd31743e7c49eef881b67d15909fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerHearings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingHearings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"supportNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"proceeding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"representations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"proceeding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerHearingsQuery, PartnerHearingsQueryVariables>;
export const AcceptReferralDocument = {"__meta__":{"hash":"sha256:37662eadc7654b269546640f03559317e62e242747e65891149fae20c7b3544e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const DeclineReferralDocument = {"__meta__":{"hash":"sha256:fd8e88321e4d7e4c6604027dea10a1fec7f73bcedd5c29b4e7e0b1815a38e542"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]} as unknown as DocumentNode<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const ReportReferralProgressDocument = {"__meta__":{"hash":"sha256:cd6426666fe6adc21a9af3b1773df15e6a5a3a3b9a77916b7f652df0606e753d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportReferralProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportReferralProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ReportReferralProgressMutation, ReportReferralProgressMutationVariables>;
export const CompleteReferralDocument = {"__meta__":{"hash":"sha256:54dcb8df75d1798ecc2e6c225b173ed9c0c92ee6e72b80b199722ee8757b4f6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteReferralMutation, CompleteReferralMutationVariables>;
export const StatisticsDocument = {"__meta__":{"hash":"sha256:071cb97b212cdb564d431da893cfa8b7bc566ef55036e9e8b3aaad38893b5c09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaNode"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"channel"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"channel","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"partnerType"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"partnerType","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"victims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"sex"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"sex","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"age"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"age","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"citizenship"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"citizenship","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"exploitationType"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"exploitationType","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"scope"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"scope","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"meansOfControl"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"meansOfControl","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recruiterRelation"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"recruiterRelation","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"serviceType"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"serviceType","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"serviceType"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"serviceType","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"kind"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"kind","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"residencePermits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proceedings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"kind"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"kind","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"stage"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"stage","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"protectiveMeasure"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"protectiveMeasure","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsFigure"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSums"}},{"kind":"Field","alias":{"kind":"Name","value":"kind"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"kind","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSumRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationClaimed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSums"}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"breakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"status","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSumRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSums"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"victims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accommodated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"residencePermits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proceedings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationClaimed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensationPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsCount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountBy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSumRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SumBy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsFigure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Figures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatisticsSums"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sums"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatisticsSumRow"}}]}}]}}]} as unknown as DocumentNode<StatisticsQuery, StatisticsQueryVariables>;
export const TodayDocument = {"__meta__":{"hash":"sha256:042432ee9a117a5efdb8ac11ba3f6c391e2d943a42b30eedda6f802fd8ac4e5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Today"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"supervisor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"overdueReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"awaiting"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REPORTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overduePlanItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingHearings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"proceeding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"withConferences"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakGlassReviews"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"supervisor"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"accesses"}}]}}]}}]} as unknown as DocumentNode<TodayQuery, TodayQueryVariables>;