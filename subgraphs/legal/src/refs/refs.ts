import { entityReference } from '@hub/common';

/** The cases subgraph's Case, seen from here: its key and its proceedings. */
export const CaseRef = entityReference('Case', { resolvable: true });
export type CaseRef = InstanceType<typeof CaseRef>;

/** A partner (court or prosecution), owned by the partners subgraph. */
export const PartnerRef = entityReference('Partner', { resolvable: false });
export type PartnerRef = InstanceType<typeof PartnerRef>;
