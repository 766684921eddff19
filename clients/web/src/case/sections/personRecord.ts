import type {
  DisabilityKind,
  DocumentHolder,
  FamilyRelation,
  HealthNeedKind,
  IdentityDocumentKind,
  PersonChangeInput,
  PersonRecordQuery,
} from '../../generated/graphql';

/** The person record form's model: the record as the form's text, and back as the API's input. */
export type PersonRecord = NonNullable<PersonRecordQuery['case']>['person'];

/** The form's text, one string per input (a list is a list of rows). */
export function fromRecord(p: PersonRecord) {
  return {
    languages: (p.languages ?? []).join(', '),
    municipality: p.municipality ?? '',
    address: p.address ?? '',
    phone: p.phone ?? '',
    documents: (p.identityDocuments ?? []).map((d) => ({
      kind: (d.kind ?? 'PASSPORT') as string,
      number: d.number ?? '',
      issuingCountry: d.issuingCountry ?? '',
      validUntil: d.validUntil ?? '',
      heldBy: (d.heldBy ?? 'UNKNOWN') as string,
    })),
    health: (p.healthNeeds ?? []).map((h) => ({
      kind: (h.kind ?? 'MEDICAL') as string,
      need: h.need ?? '',
    })),
    disabilities: (p.disabilities ?? []).map((d) => ({
      kind: (d.kind ?? 'OTHER') as string,
      supportRequired: d.supportRequired ?? '',
    })),
    family: (p.familyMembers ?? []).map((f) => ({
      relation: (f.relation ?? 'OTHER') as string,
      name: f.name ?? '',
      age: f.age == null ? '' : String(f.age),
      whereabouts: f.whereabouts ?? '',
      alsoAtRisk: Boolean(f.alsoAtRisk),
    })),
  };
}

export type Form = ReturnType<typeof fromRecord>;
export const BLANK_DOCUMENT: Form['documents'][number] = {
  kind: 'PASSPORT',
  number: '',
  issuingCountry: '',
  validUntil: '',
  heldBy: 'PERSON',
};
const text = (value: string): string | null => value.trim() || null;

/** The input the form stands for: empty text is "not recorded" (null). */
function toInput(form: Form): PersonChangeInput {
  return {
    languages: form.languages.split(/[\s,]+/).filter(Boolean),
    municipality: text(form.municipality),
    address: text(form.address),
    phone: text(form.phone),
    identityDocuments: form.documents.map((d) => ({
      kind: d.kind as IdentityDocumentKind,
      number: text(d.number),
      issuingCountry: text(d.issuingCountry),
      validUntil: text(d.validUntil),
      heldBy: d.heldBy as DocumentHolder,
    })),
    healthNeeds: form.health.map((h) => ({ kind: h.kind as HealthNeedKind, need: h.need.trim() })),
    disabilities: form.disabilities.map((d) => ({
      kind: d.kind as DisabilityKind,
      supportRequired: text(d.supportRequired),
    })),
    familyMembers: form.family.map((f) => ({
      relation: f.relation as FamilyRelation,
      name: text(f.name),
      age: f.age.trim() ? Number(f.age) : null,
      whereabouts: text(f.whereabouts),
      alsoAtRisk: f.alsoAtRisk,
    })),
  };
}

/** Only what the user changed is sent: the API keeps each changed field with its old value. */
export function changes(form: Form, record: PersonRecord): PersonChangeInput {
  const now = toInput(form);
  const before = toInput(fromRecord(record));
  return Object.fromEntries(
    Object.entries(now).filter(
      ([field, value]) =>
        JSON.stringify(value) !== JSON.stringify(before[field as keyof PersonChangeInput]),
    ),
  ) as PersonChangeInput;
}
