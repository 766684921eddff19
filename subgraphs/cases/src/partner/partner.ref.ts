import { entityReference } from '@hub/common';

/** A partner, owned by the partners subgraph; cases point at it by its stable code. */
export const PartnerRef = entityReference('Partner', { resolvable: false, key: 'code' });
export type PartnerRef = InstanceType<typeof PartnerRef>;
