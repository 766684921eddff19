import { entityReference } from '@hub/common';

/** The partners subgraph's Partner, seen from here: its key, and the services it provides. */
export const PartnerRef = entityReference('Partner', { resolvable: true, key: 'code' });
export type PartnerRef = InstanceType<typeof PartnerRef>;
