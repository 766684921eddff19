import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import {
  DataCategory,
  ErrorCode,
  eventCategory,
  hasRole,
  isCentre,
  seesAllCases,
  UUID,
  type Logger,
} from '@hub/common';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type ExecutionArgs,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FormattedExecutionResult,
  type OperationDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import { WebSocketServer } from 'ws';
import { AuthenticationError, type Authenticator } from '../auth';
import type { Edge } from '../edge';
import type { GatewayContext } from '../gateway';
import {
  CursorExpired,
  matches,
  type EventFilter,
  type EventSource,
  type HubEventRow,
} from './event-source';
import { planPayload, type PayloadPlan } from './payload';
import { AsyncQueue } from './queue';
import { SharedReads } from './shared-reads';

/** How many backlog events a resuming subscription reads ahead of delivering them. */
const LOOKAHEAD = 100;
/** Retries of an update read that met an outage (about a minute with backoff). */
const OUTAGE_RETRIES = 35;
/** Errors that accompany a read the subscriber is no longer allowed: consistent with revocation. */
const REFUSALS = new Set<string>([ErrorCode.CONSENT_REQUIRED, ErrorCode.NOT_FOUND]);

/** Who a WebSocket connection belongs to, fixed at connection_init. */
interface Subscriber {
  caller: GatewayContext['caller'];
  /** When the token expires (seconds since the epoch): delivery stops then. */
  exp: number;
}

type Outcome = ExecutionResult | 'revoked' | 'expired' | 'skip';

/** One subscription while it runs: what it follows and the results waiting for it, in order. */
interface LiveSubscription {
  subscriber: Subscriber;
  filter: EventFilter;
  caseId: string | null;
  access: { root: string; id: string } | null;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  root: FieldNode;
  variables: Record<string, unknown>;
  /** Events in id order; an item with `recheck` is the access re-checked when a grant ends. */
  queue: AsyncQueue<{ id: string; outcome: Promise<Outcome>; recheck?: true }>;
}

const failure = (
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): ExecutionResult => ({
  errors: [new GraphQLError(message, { extensions: { ...extensions, code } })],
});

export interface SubscriptionDeps {
  apollo: ApolloServer<GatewayContext>;
  apiSchema: () => GraphQLSchema | undefined;
  authenticate: Authenticator;
  events: EventSource;
  log: Logger;
  /** The gateway's operation limits at subscribe time, and the largest message (edge.ts). */
  limits?: Edge['subscriptions'];
}

/**
 * graphql-ws on the gateway's own /graphql path. A subscription listens to the event log and, for
 * each event, runs the subscriber's selection as a query through the gateway under the
 * subscriber's identity, so a live payload obeys consent exactly as a query does.
 */
export function attachSubscriptions(
  server: Server,
  deps: SubscriptionDeps,
): { close(): Promise<void> } {
  const wss = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: deps.limits?.maxPayload,
  });

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
  const readShared = (subscriber: Subscriber, query: string, variables: Record<string, unknown>) =>
    reads.read(
      consentGroup(subscriber.caller),
      `${consentGroup(subscriber.caller)}\n${query}\n${JSON.stringify(variables)}`,
      subscriber,
      subscriber.caller.sub,
      query,
      variables,
    );

  /**
   * Whether the subscriber may learn that this event happened at all. That an identification was
   * decided or a residence granted is data of its category (see eventCategory): without consent
   * to it the event is skipped, as the case timeline leaves it out. The cases subgraph decides,
   * by the same rule as every field, and records the decision.
   */
  const mayLearnOf = async (
    subscriber: Subscriber,
    event: HubEventRow,
    access: LiveSubscription['access'],
  ): Promise<boolean> => {
    if (!event.caseId) {
      return true;
    }
    const category = eventCategory(event.entityType);
    // CORE needs no asking; a conference's own events are covered by the read's access probe,
    // which needs CONFERENCE consent (and ends the stream when it is gone).
    if (
      category === DataCategory.CORE ||
      (category === DataCategory.CONFERENCE && access?.root === 'conference')
    ) {
      return true;
    }
    if (category === null) {
      return seesAllCases(subscriber.caller);
    }
    const result = await readShared(
      subscriber,
      `query EventScope { canSee(caseId: "${event.caseId}", category: ${category}) }`,
      {},
    );
    const canSee = (result.data as { canSee?: boolean } | null | undefined)?.canSee;
    if (typeof canSee !== 'boolean') {
      // Undecided (a subgraph failed): report this update as unreadable rather than skip it
      // silently, so the subscriber knows something was missed.
      throw new Error('The consent check for a live update failed.');
    }
    return canSee;
  };

  /** Reads an event for a subscriber, or skips it when they may not learn of it. */
  const readIfAllowed = async (
    subscriber: Subscriber,
    event: HubEventRow,
    access: LiveSubscription['access'],
    query: string,
    variables: Record<string, unknown>,
  ): Promise<FormattedExecutionResult | null> =>
    (await mayLearnOf(subscriber, event, access)) ? readShared(subscriber, query, variables) : null;

  /** What one event means for one subscription, once its payload has been read. */
  const outcomeOf = (
    live: LiveSubscription,
    event: HubEventRow,
    plan: PayloadPlan | null,
    result: FormattedExecutionResult,
  ): Outcome => {
    const data = result.data as Record<string, unknown> | null | undefined;
    // The access field is null only when the subscriber can no longer see the case or
    // conference. A null beside any other fault (a failed read, an access log that could not
    // be written) proves nothing: it is reported as this event's error, never as a revocation.
    const uncertain = result.errors?.some(
      (error) =>
        error.path?.[0] === 'access' ||
        !REFUSALS.has(String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR)),
    );
    if (live.access && data && data.access === null && !uncertain) {
      return 'revoked';
    }
    if (!plan) {
      return 'skip';
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
  };

  /** The read one event needs for one subscription: its payload, or only the access probe. */
  const readFor = (live: LiveSubscription, event: HubEventRow) => {
    const relevant = matches(live.filter, event);
    const plan = relevant
      ? planPayload(live.document, live.operation, live.root, live.variables, event, live.access)
      : null;
    const query = plan
      ? plan.query
      : `query AccessProbe { access: ${live.access!.root}(id: "${live.access!.id}") { id } }`;
    return { plan, query, variables: plan?.variables ?? {} };
  };

  /** What one event means for one subscription: read (shared where it can be), or skipped. */
  const evaluate = async (subscription: LiveSubscription, event: HubEventRow): Promise<Outcome> => {
    if (Date.now() / 1000 >= subscription.subscriber.exp) {
      return 'expired';
    }
    const { plan, query, variables } = readFor(subscription, event);
    // An outage (the database restarting, a subgraph down) delays an update, never spoils it:
    // the read is retried with backoff, and later events wait behind it.
    for (let attempt = 0; ; attempt += 1) {
      const last = attempt >= OUTAGE_RETRIES || !live.has(subscription);
      try {
        const result = query
          ? await readIfAllowed(
              subscription.subscriber,
              event,
              subscription.access,
              query,
              variables,
            )
          : (await mayLearnOf(subscription.subscriber, event, subscription.access))
            ? { data: {} }
            : null;
        const outage = result?.errors?.some(
          (error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE,
        );
        if (!outage || last) {
          return result ? outcomeOf(subscription, event, plan, result) : 'skip';
        }
      } catch {
        if (last) {
          return failure(ErrorCode.INTERNAL_SERVER_ERROR, 'This update could not be read.');
        }
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 2000)));
    }
  };

  const live = new Set<LiveSubscription>();

  /**
   * Every live event is evaluated for each subscription it concerns, in the same turn, so
   * subscriptions that read the same thing under the same consent share one read (SharedReads);
   * each gets its result in event order through its own queue.
   */
  deps.events.onEvent((event) => {
    for (const subscription of live) {
      const relevant = matches(subscription.filter, event);
      const revocation =
        !relevant &&
        event.type === 'CONSENT_REVOKED' &&
        subscription.access !== null &&
        event.caseId === subscription.caseId &&
        event.concerns === subscription.subscriber.caller.partner;
      if (relevant || revocation) {
        subscription.queue.push({ id: event.id, outcome: evaluate(subscription, event) });
      }
    }
  });

  async function* subscribe(args: ExecutionArgs): AsyncGenerator<ExecutionResult> {
    const subscriber = args.contextValue as Subscriber;
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    const operation = getOperationAST(args.document, args.operationName ?? undefined)!;
    const root = operation.selectionSet.selections[0] as FieldNode;
    const argument = (name: string) => {
      const node = root.arguments?.find((a) => a.name.value === name);
      return node
        ? ((valueFromASTUntyped(node.value, variables) as string | null | undefined) ?? null)
        : null;
    };
    const after = argument('after');
    if (after !== null && !/^\d{1,18}$/.test(after)) {
      yield failure(ErrorCode.BAD_USER_INPUT, '`after` is the id of an event you received.');
      return;
    }

    let filter: EventFilter;
    let access: { root: string; id: string } | null = null;
    let caseId: string | null = null;
    if (root.name.value === 'caseEvents') {
      caseId = argument('caseId');
      if (!caseId || !UUID.test(caseId)) {
        yield failure(ErrorCode.BAD_USER_INPUT, '`caseId` must be a case id.');
        return;
      }
      filter = { caseId };
      access = { root: 'case', id: caseId };
    } else if (root.name.value === 'conferenceEvents') {
      const conferenceId = argument('conferenceId');
      if (!conferenceId || !UUID.test(conferenceId)) {
        yield failure(ErrorCode.BAD_USER_INPUT, '`conferenceId` must be a conference id.');
        return;
      }
      filter = { parentId: conferenceId };
      access = { root: 'conference', id: conferenceId };
    } else {
      filter = { referralsFor: isCentre(subscriber.caller) ? 'all' : subscriber.caller.partner };
    }

    if (access) {
      const check = await readShared(
        subscriber,
        `query { access: ${access.root}(id: "${access.id}") { id ${access.root === 'conference' ? 'case { id }' : ''} } }`,
        {},
      );
      const found = check.data?.access as { case?: { id: string } | null } | null | undefined;
      if (!found) {
        yield failure(
          ErrorCode.CONSENT_REQUIRED,
          'You may not follow this: it is not visible to you.',
          {
            category: access.root === 'case' ? 'CORE' : 'CONFERENCE',
          },
        );
        return;
      }
      caseId = caseId ?? found.case?.id ?? null;
    }

    // Register first, then replay: nothing falls between the two, and ids drop duplicates.
    const subscription: LiveSubscription = {
      subscriber,
      filter,
      caseId,
      access,
      document: args.document,
      operation,
      root,
      variables,
      queue: new AsyncQueue(),
    };
    live.add(subscription);
    // A grant that runs out ends the stream at that moment, as a revocation does.
    let expiryTimer: NodeJS.Timeout | undefined;
    const watchExpiry = async () => {
      if (!access || !caseId || isCentre(subscriber.caller)) {
        return;
      }
      const category = access.root === 'case' ? DataCategory.CORE : DataCategory.CONFERENCE;
      const answer = await runAs(
        subscriber,
        `query AccessExpiry { accessExpiresAt(caseId: "${caseId}", category: ${category}) }`,
        {},
      ).catch(() => null);
      const at = (answer?.data as { accessExpiresAt?: string | null } | undefined)?.accessExpiresAt;
      if (typeof at !== 'string') {
        return;
      }
      const delay = Math.min(Math.max(Date.parse(at) - Date.now(), 0) + 20, 2 ** 31 - 1);
      expiryTimer = setTimeout(() => {
        const probe = `query AccessProbe { access: ${access!.root}(id: "${access!.id}") { id } }`;
        subscription.queue.push({
          id: '0',
          recheck: true,
          outcome: runAs(subscriber, probe, {}).then(
            (result): Outcome => (result.data && result.data.access === null ? 'revoked' : 'skip'),
            (): Outcome => 'skip',
          ),
        });
      }, delay);
      expiryTimer.unref();
    };
    await watchExpiry();
    const ended = (reason: 'revoked' | 'expired') =>
      reason === 'revoked'
        ? failure(
            'CONSENT_REVOKED',
            'Consent to share this was withdrawn or has expired; the subscription has ended.',
          )
        : failure(
            ErrorCode.UNAUTHENTICATED,
            'The token has expired: reconnect with a new one and resume with `after`.',
          );
    let last = after ?? '0';
    try {
      let backlog: HubEventRow[] = [];
      try {
        backlog = after ? await deps.events.replay(filter, after) : [];
      } catch (error) {
        if (error instanceof CursorExpired) {
          yield failure(
            'CURSOR_EXPIRED',
            'Some events after your cursor are no longer kept: read the current state, then subscribe without `after`.',
          );
          return;
        }
        throw error;
      }
      // The backlog is evaluated ahead of delivery, so subscribers resuming together share
      // their reads; delivery stays in id order.
      const ahead = new Map<number, Promise<Outcome>>();
      let index = 0;
      for (;;) {
        let id: string;
        let outcome: Outcome;
        if (index < backlog.length) {
          for (let next = index; next < Math.min(backlog.length, index + LOOKAHEAD); next += 1) {
            if (!ahead.has(next)) {
              ahead.set(next, evaluate(subscription, backlog[next]));
            }
          }
          id = backlog[index].id;
          outcome = await ahead.get(index)!;
          ahead.delete(index);
          index += 1;
        } else {
          const next = await subscription.queue.next();
          if (next.recheck) {
            if ((await next.outcome) === 'revoked') {
              yield ended('revoked');
              return;
            }
            // Still visible (another grant covers it): watch the next end.
            await watchExpiry();
            continue;
          }
          id = next.id;
          if (BigInt(id) <= BigInt(last)) {
            continue;
          }
          outcome = await next.outcome;
        }
        // Whatever happens to this event, it is not evaluated again from the live queue.
        last = id;
        if (outcome === 'skip') {
          continue;
        }
        if (outcome === 'revoked' || outcome === 'expired') {
          yield ended(outcome);
          return;
        }
        yield outcome;
      }
    } finally {
      live.delete(subscription);
      clearTimeout(expiryTimer);
    }
  }

  const disposable = useServer<Record<string, unknown>, { subscriber?: Subscriber }>(
    {
      schema: () => {
        const schema = deps.apiSchema();
        if (!schema) {
          throw new Error('The schema is not loaded yet.');
        }
        return schema;
      },
      context: (ctx) => ctx.extra.subscriber as unknown as Record<string, unknown>,
      onConnect: async (ctx) => {
        const given = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const header =
          typeof given === 'string'
            ? given.startsWith('Bearer ')
              ? given
              : `Bearer ${given}`
            : undefined;
        try {
          const caller = await deps.authenticate(header);
          const exp = decodeJwt(header!.slice(7)).exp ?? 0;
          ctx.extra.subscriber = { caller, exp };
          return true;
        } catch (error) {
          deps.log.info(
            { reason: error instanceof AuthenticationError ? error.message : 'invalid' },
            'subscription connection refused',
          );
          return false;
        }
      },
      onSubscribe: deps.limits
        ? (ctx, _id, payload) => deps.limits!.check(ctx.extra.subscriber?.caller, payload)
        : undefined,
      execute: () =>
        failure(
          ErrorCode.BAD_REQUEST,
          'Send queries and mutations over HTTP POST to /graphql; this socket serves subscriptions.',
        ),
      subscribe: (args) => {
        const operation = getOperationAST(args.document, args.operationName ?? undefined);
        if (
          operation?.operation !== 'subscription' ||
          operation.selectionSet.selections[0]?.kind !== Kind.FIELD
        ) {
          return failure(ErrorCode.BAD_REQUEST, 'Only subscription operations are served here.');
        }
        return subscribe(args);
      },
    },
    wss,
  );

  return {
    close: async () => {
      // 1012 "service restart": graphql-ws clients reconnect (to another replica) and resume.
      for (const socket of wss.clients) {
        socket.close(1012, 'Service restart');
      }
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
