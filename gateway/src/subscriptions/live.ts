import { ErrorCode } from '@hub/common/errors';
import {
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { GatewayContext } from '../context';
import type { EventFilter } from './event-filter';
import type { AsyncQueue } from './queue';

/** Who a WebSocket connection belongs to, fixed at connection_init. */
export interface Subscriber {
  caller: GatewayContext['caller'];
  /** When the token expires (seconds since the epoch): delivery stops then. */
  exp: number;
}

/** What one event means for one subscription: a result to deliver, the stream's end, or nothing. */
export type Outcome = ExecutionResult | 'revoked' | 'expired' | 'skip';

/** The case or conference a subscription follows, probed for every event it delivers. */
export interface AccessProbe {
  root: 'case' | 'conference';
  id: string;
}

/** One subscription while it runs: what it follows and the results waiting for it, in order. */
export interface LiveSubscription {
  subscriber: Subscriber;
  filter: EventFilter;
  caseId: string | null;
  access: AccessProbe | null;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  root: FieldNode;
  variables: Record<string, unknown>;
  /** Events in id order; an item with `recheck` is the access re-checked when a grant ends. */
  queue: AsyncQueue<{ id: string; outcome: Promise<Outcome>; recheck?: true }>;
  /** Set when the stream has ended: reads still retrying for it give up. */
  closed: boolean;
}

/** A refusal or end of stream, as a subscription result with a stable code. */
export const failure = (
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): ExecutionResult => ({
  errors: [new GraphQLError(message, { extensions: { ...extensions, code } })],
});

/** How a stream ends when access is withdrawn or the token runs out. */
export const ended = (reason: 'revoked' | 'expired'): ExecutionResult =>
  reason === 'revoked'
    ? failure(
        'CONSENT_REVOKED',
        'Consent to share this was withdrawn or has expired; the subscription has ended.',
      )
    : failure(
        ErrorCode.UNAUTHENTICATED,
        'The token has expired: reconnect with a new one and resume with `after`.',
      );

/** The query that asks whether the subscriber still sees what it follows. */
export const accessProbeQuery = (access: AccessProbe) =>
  `query AccessProbe { access: ${access.root}(id: "${access.id}") { id } }`;
