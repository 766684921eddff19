import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { ErrorCode } from '@hub/common/errors';
import { hasRole, isCentre } from '@hub/common/identity';
import { GraphQLError, type FormattedExecutionResult } from 'graphql';
import type { GatewayContext } from '../context';
import { matches, type HubEventRow } from './event-filter';
import {
  accessProbeQuery,
  failure,
  type LiveSubscription,
  type Outcome,
  type Subscriber,
} from './live';
import { planPayload, type PayloadPlan } from './payload';
import { SharedReads } from './shared-reads';

/** Retries of an update read that met an outage (about a minute with backoff). */
const OUTAGE_RETRIES = 35;
const UNREADABLE = 'This update could not be read.';
/** Errors that accompany a read the subscriber is no longer allowed: consistent with revocation. */
const REFUSALS = new Set<string>([ErrorCode.CONSENT_REQUIRED, ErrorCode.NOT_FOUND]);

export interface UpdateReaderDeps {
  apollo: ApolloServer<GatewayContext>;
  /**
   * How long a backlog read waits for others resuming at the same time to join it (ms; see
   * SharedReads). 0: backlog reads start at once, as live ones do.
   */
  resumeGatherMs?: number;
}

/**
 * Who reads the same thing under the same consent: the same partner and roles — and, for
 * Centre supervisors (break-glass is a person's own), the same person.
 */
const consentGroup = (caller: Subscriber['caller']) =>
  [
    caller.partner,
    [...caller.roles].sort().join(','),
    isCentre(caller) && hasRole(caller, 'SUPERVISOR') ? caller.sub : '',
  ].join('\n');

/**
 * What an event means for a subscription, read through the gateway under the subscriber's own
 * identity, so a live payload obeys consent exactly as a query does. Reads that are the same
 * for several subscribers under the same consent are shared (SharedReads).
 */
export function createUpdateReader(deps: UpdateReaderDeps) {
  const runAs = async (
    subscriber: Subscriber,
    query: string,
    variables: Record<string, unknown>,
    audience?: string[],
  ): Promise<FormattedExecutionResult> => {
    const requestId = randomUUID();
    const contextValue: GatewayContext = {
      caller: subscriber.caller,
      requestId,
      audience,
    };
    const response = await deps.apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') {
      throw new Error('Unexpected incremental result.');
    }
    return response.body.singleResult;
  };

  const reads = new SharedReads<Subscriber>(runAs);
  const readShared = (
    subscriber: Subscriber,
    query: string,
    variables: Record<string, unknown>,
    gather = 0,
  ) =>
    reads.read(
      consentGroup(subscriber.caller),
      `${consentGroup(subscriber.caller)}\n${query}\n${JSON.stringify(variables)}`,
      subscriber,
      subscriber.caller.sub,
      query,
      variables,
      gather,
    );

  /** The read one event needs for one subscription: its payload, or only the access probe. */
  const readFor = (live: LiveSubscription, event: HubEventRow) => {
    const plan = matches(live.filter, event)
      ? planPayload(live.document, live.operation, live.root, live.variables, event, live.access)
      : null;
    const query = plan ? plan.query : accessProbeQuery(live.access!);
    return { plan, query, variables: plan?.variables ?? {} };
  };

  /**
   * What one event means for one subscription: read (shared where it can be), or skipped. A
   * backlog event's read waits a moment for others resuming at the same time to join it.
   */
  const evaluate = async (
    subscription: LiveSubscription,
    event: HubEventRow,
    { backlog = false } = {},
  ): Promise<Outcome> => {
    const gather = backlog ? (deps.resumeGatherMs ?? 0) : 0;
    if (Date.now() / 1000 >= subscription.subscriber.exp) {
      return 'expired';
    }
    const { plan, query, variables } = readFor(subscription, event);
    // An outage (the database restarting, a subgraph down) delays an update, never spoils it:
    // the read is retried with backoff, and later events wait behind it.
    for (let attempt = 0; ; attempt += 1) {
      const last = attempt >= OUTAGE_RETRIES || subscription.closed;
      try {
        // A payload made of the event row alone, about no case, needs no read.
        const result = query
          ? await readShared(subscription.subscriber, query, variables, gather)
          : { data: {} };
        const outage = result?.errors?.some(
          (error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE,
        );
        if (!outage || last) {
          return outcomeOf(subscription, event, plan, result);
        }
      } catch {
        if (last) {
          return failure(ErrorCode.INTERNAL_SERVER_ERROR, UNREADABLE);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 2000)));
    }
  };

  return { runAs, readShared, evaluate };
}

export type UpdateReader = ReturnType<typeof createUpdateReader>;

/**
 * What one event means for one subscription once its payload has been read (without an event
 * or plan: what an access probe's answer means).
 */
export function outcomeOf(
  live: Pick<LiveSubscription, 'access'>,
  event: HubEventRow | null,
  plan: PayloadPlan | null,
  result: FormattedExecutionResult,
): Outcome {
  const data = result.data as Record<string, unknown> | null | undefined;
  // The access field is null only when the subscriber can no longer see the case or
  // conference. A null beside any other fault (a failed read, an access log that could not
  // be written) proves nothing: it is reported as this event's error, never as a revocation.
  const uncertain = result.errors?.some(
    (error) =>
      error.path?.[0] === 'access' ||
      !REFUSALS.has(String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR)),
  );
  if (live.access && (!data || data.access === null)) {
    // Fail closed: not proven visible, so nothing of the event (not even its id or type) goes
    // out; the subscriber learns that an update could not be read.
    return uncertain
      ? failure(ErrorCode.SERVICE_UNAVAILABLE, UNREADABLE, { retryable: true })
      : 'revoked';
  }
  if (!plan || !event) {
    return 'skip';
  }
  if (plan.scoped && data?.scope !== true) {
    // Whether the subscriber may learn of the event at all is the cases subgraph's to say (the
    // timeline's rule: consent to the category of what it concerns). false: skipped, as the
    // timeline leaves it out; no answer (a failed check): reported, never delivered.
    return data?.scope === false ? 'skip' : failure(ErrorCode.INTERNAL_SERVER_ERROR, UNREADABLE);
  }
  return {
    data: plan.assemble(event, data),
    errors: result.errors?.map(
      (error) =>
        new GraphQLError(error.message, {
          path: error.path ? plan.errorPath(error.path) : undefined,
          extensions: error.extensions,
        }),
    ),
  };
}
