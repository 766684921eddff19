import { entityReference } from '@hub/common';

/** A partner, owned by the partners subgraph; cases only point at it. */
export const PartnerRef = entityReference('Partner', { resolvable: false });
export type PartnerRef = InstanceType<typeof PartnerRef>;
