import { registerEnumType } from 'type-graphql';

export enum ProceedingKind {
  CRIMINAL = 'CRIMINAL',
  MISDEMEANOUR = 'MISDEMEANOUR',
  CIVIL_COMPENSATION = 'CIVIL_COMPENSATION',
}
registerEnumType(ProceedingKind, {
  name: 'ProceedingKind',
  description: 'The kind of proceeding.',
});

export enum ProceedingStage {
  PRE_INVESTIGATION = 'PRE_INVESTIGATION',
  INVESTIGATION = 'INVESTIGATION',
  INDICTMENT = 'INDICTMENT',
  TRIAL = 'TRIAL',
  FIRST_INSTANCE_JUDGMENT = 'FIRST_INSTANCE_JUDGMENT',
  APPEAL = 'APPEAL',
  FINAL = 'FINAL',
  DISCONTINUED = 'DISCONTINUED',
}
registerEnumType(ProceedingStage, {
  name: 'ProceedingStage',
  description:
    'Where a proceeding stands, from pre-investigation to a final judgment or discontinuation.',
});

export enum VictimRole {
  INJURED_PARTY = 'INJURED_PARTY',
  WITNESS = 'WITNESS',
  INJURED_PARTY_AND_WITNESS = 'INJURED_PARTY_AND_WITNESS',
}
registerEnumType(VictimRole, {
  name: 'VictimRole',
  description: "The victim's role in the proceeding.",
});
