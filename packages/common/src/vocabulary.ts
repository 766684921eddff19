/** Shared words of the domain, used by more than one subgraph with the same values. */
export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
}

export enum AgeGroup {
  CHILD = 'CHILD',
  ADULT = 'ADULT',
}

/** The kinds of support the catalogue lists (DESIGN §5). */
export enum ServiceType {
  LEGAL_AID = 'LEGAL_AID',
  LEGAL_REPRESENTATION = 'LEGAL_REPRESENTATION',
  PSYCHOLOGICAL_COUNSELLING = 'PSYCHOLOGICAL_COUNSELLING',
  PSYCHOTHERAPY = 'PSYCHOTHERAPY',
  MEDICAL = 'MEDICAL',
  SHELTER = 'SHELTER',
  ESCORT = 'ESCORT',
  INTERPRETATION = 'INTERPRETATION',
  TRANSPORT = 'TRANSPORT',
  REPATRIATION = 'REPATRIATION',
  REINTEGRATION = 'REINTEGRATION',
  EDUCATION = 'EDUCATION',
  EMPLOYMENT = 'EMPLOYMENT',
  FINANCIAL_HELP = 'FINANCIAL_HELP',
  DOCUMENTS = 'DOCUMENTS',
  GUARDIANSHIP = 'GUARDIANSHIP',
  HOTLINE = 'HOTLINE',
}

/** What a partner code looks like (the `partner` claim of a token): "astra", "police-beograd". */
export const PARTNER_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A UUID as ids are written (any version). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
