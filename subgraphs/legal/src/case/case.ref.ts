import { entityReference } from '@hub/common';

/** The cases subgraph's Case, seen from here: its key and its proceedings. */
export const CaseRef = entityReference('Case', { resolvable: true });
export type CaseRef = InstanceType<typeof CaseRef>;
