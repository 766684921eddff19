import { entityReference } from '@hub/common';

/** The cases subgraph's Case, seen from here: its key and its referrals. */
export const CaseRef = entityReference('Case', { resolvable: true });
export type CaseRef = InstanceType<typeof CaseRef>;
