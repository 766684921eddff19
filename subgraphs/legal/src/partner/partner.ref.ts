import { entityReference } from '@hub/common';

/** A partner (court or prosecution), owned by the partners subgraph. */
export const PartnerRef = entityReference('Partner', { resolvable: false });
export type PartnerRef = InstanceType<typeof PartnerRef>;
