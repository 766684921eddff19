import type { Caller } from '@hub/common/identity';

/** What the gateway knows about a request while planning and fetching it. */
export interface GatewayContext {
  caller: Caller;
  requestId: string;
  /** For a live-update payload read once for several subscribers: who they are. */
  audience?: string[];
}
