import { entityReference } from '@hub/common';

/** A catalogue service, owned by the services subgraph; plan items point at it by id. */
export const ServiceRef = entityReference('Service', { resolvable: false });
export type ServiceRef = InstanceType<typeof ServiceRef>;
