/**
 * The consent vocabulary: every field of every case-related type belongs to exactly one of these.
 * A partner sees a category of a case only while it holds an active grant that names it.
 */
export enum DataCategory {
  CORE = 'CORE',
  IDENTITY = 'IDENTITY',
  CONTACT = 'CONTACT',
  LOCATION = 'LOCATION',
  EXPLOITATION = 'EXPLOITATION',
  HEALTH = 'HEALTH',
  ASSESSMENT = 'ASSESSMENT',
  PLAN = 'PLAN',
  LEGAL = 'LEGAL',
  FAMILY = 'FAMILY',
  CONFERENCE = 'CONFERENCE',
}

/**
 * The data category an event is about, by the type of entity it names: knowing that something
 * happened (an identification was decided, a residence granted) is itself data of that category.
 * A timeline entry or a live update is shown only with consent to it. null: Centre case staff
 * only (break-glass sessions, and any entity type not listed here — fail closed).
 */
const EVENT_CATEGORY: Record<string, DataCategory> = {
  Case: DataCategory.CORE,
  Report: DataCategory.CORE,
  // A partner's report: that a partner reported is CORE, as the report's reporting partner is.
  PartnerReport: DataCategory.CORE,
  ConsentGrant: DataCategory.CORE,
  PreliminaryIdentification: DataCategory.EXPLOITATION,
  Identification: DataCategory.EXPLOITATION,
  Assessment: DataCategory.ASSESSMENT,
  ProtectionPlan: DataCategory.PLAN,
  PlanItem: DataCategory.PLAN,
  Referral: DataCategory.PLAN,
  VoluntaryReturn: DataCategory.PLAN,
  CaseConference: DataCategory.CONFERENCE,
  ConferenceEntry: DataCategory.CONFERENCE,
  Accommodation: DataCategory.LOCATION,
  HumanitarianResidence: DataCategory.LEGAL,
  Proceeding: DataCategory.LEGAL,
  Hearing: DataCategory.LEGAL,
  Representation: DataCategory.LEGAL,
  CompensationClaim: DataCategory.LEGAL,
  // A change to the person record is data of the changed field's category.
  ...Object.fromEntries(
    Object.values(DataCategory)
      .filter((category) => category !== DataCategory.CORE)
      .map((category) => [`PersonChange:${category}`, category]),
  ),
};

export const eventCategory = (entityType: string): DataCategory | null =>
  // Own keys only: `constructor`, `toString` and the like are no entity type (and must not reach
  // the consent check, which would log them as categories).
  Object.hasOwn(EVENT_CATEGORY, entityType) ? EVENT_CATEGORY[entityType] : null;
