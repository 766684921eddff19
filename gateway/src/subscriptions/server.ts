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
  type InternalSigner,
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
  queue: AsyncQueue<{ id: string; outcome: Promise<Outcome> }>;
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
  signInternal: InternalSigner;
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
      internalToken: await deps.signInternal(subscriber.caller, requestId, audience),
      audience,
    };
    const response = await deps.apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') {
      throw new Error('Unexpected incremental result.');
    }
    return response.body.singleResult;
  };

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
    const result = await runAs(
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
    audience?: string[],
  ): Promise<FormattedExecutionResult | null> =>
    (await mayLearnOf(subscriber, event, access))
      ? runAs(subscriber, query, variables, audience)
      : null;

  /** What one event means for one subscription, once its payload has been read. */
  const outcomeOf = (
    live: LiveSubscription,
    event: HubEventRow,
    plan: PayloadPlan | null,
    result: FormattedExecutionResult,
  ): Outcome => {
    const data = result.data as Record<string, unknown> | null | undefined;
    // The access field is null only when the subscriber can no longer see the case or
    // conference; a failed read (no data at all) is reported as this event's error instead.
    const accessFailed = result.errors?.some((error) => error.path?.[0] === 'access');
    if (live.access && data && data.access === null && !accessFailed) {
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

  const live = new Set<LiveSubscription>();

  /**
   * Live events are read once per group of subscriptions that would read exactly the same thing
   * under the same consent (same partner and roles — and, for Centre staff, the same person),
   * with every member recorded in the access log; each member gets its result in event order.
   */
  deps.events.onEvent((event) => {
    const groups = new Map<
      string,
      {
        subscriber: Subscriber;
        query: string;
        variables: Record<string, unknown>;
        members: { live: LiveSubscription; plan: PayloadPlan | null }[];
      }
    >();
    for (const subscription of live) {
      const relevant = matches(subscription.filter, event);
      const revocation =
        !relevant &&
        event.type === 'CONSENT_REVOKED' &&
        subscription.access !== null &&
        event.caseId === subscription.caseId &&
        event.concerns === subscription.subscriber.caller.partner;
      if (!relevant && !revocation) {
        continue;
      }
      if (Date.now() / 1000 >= subscription.subscriber.exp) {
        subscription.queue.push({ id: event.id, outcome: Promise.resolve('expired') });
        continue;
      }
      const { plan, query, variables } = readFor(subscription, event);
      if (!query) {
        subscription.queue.push({
          id: event.id,
          outcome: mayLearnOf(subscription.subscriber, event, subscription.access).then(
            (allowed): Outcome =>
              allowed ? outcomeOf(subscription, event, plan, { data: {} }) : 'skip',
            (): Outcome =>
              failure(ErrorCode.INTERNAL_SERVER_ERROR, 'This update could not be read.'),
          ),
        });
        continue;
      }
      const caller = subscription.subscriber.caller;
      const key = [
        caller.partner,
        [...caller.roles].sort().join(','),
        // Break-glass is a supervisor's own: only then does the person matter.
        isCentre(caller) && hasRole(caller, 'SUPERVISOR') ? caller.sub : '',
        query,
        JSON.stringify(variables),
      ].join('\n');
      const group = groups.get(key) ?? {
        subscriber: subscription.subscriber,
        query,
        variables,
        members: [],
      };
      group.members.push({ live: subscription, plan });
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      const audience = [...new Set(group.members.map((m) => m.live.subscriber.caller.sub))];
      const read = readIfAllowed(
        group.subscriber,
        event,
        group.members[0].live.access,
        group.query,
        group.variables,
        audience.length > 1 ? audience : undefined,
      );
      for (const member of group.members) {
        member.live.queue.push({
          id: event.id,
          outcome: read.then(
            (result): Outcome =>
              result ? outcomeOf(member.live, event, member.plan, result) : 'skip',
            (): Outcome =>
              failure(ErrorCode.INTERNAL_SERVER_ERROR, 'This update could not be read.'),
          ),
        });
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
      const check = await runAs(
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
    const ended = (reason: 'revoked' | 'expired') =>
      reason === 'revoked'
        ? failure(
            'CONSENT_REVOKED',
            'Consent to share this was withdrawn; the subscription has ended.',
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
      let index = 0;
      for (;;) {
        let id: string;
        let outcome: Outcome;
        if (index < backlog.length) {
          const event = backlog[index++];
          id = event.id;
          if (Date.now() / 1000 >= subscriber.exp) {
            outcome = 'expired';
          } else {
            const { plan, query, variables: used } = readFor(subscription, event);
            try {
              const result = query
                ? await readIfAllowed(subscriber, event, subscription.access, query, used)
                : (await mayLearnOf(subscriber, event, subscription.access))
                  ? { data: {} }
                  : null;
              outcome = result ? outcomeOf(subscription, event, plan, result) : 'skip';
            } catch {
              outcome = failure(ErrorCode.INTERNAL_SERVER_ERROR, 'This update could not be read.');
            }
          }
        } else {
          const next = await subscription.queue.next();
          id = next.id;
          if (BigInt(id) <= BigInt(last)) {
            continue;
          }
          outcome = await next.outcome;
        }
        if (outcome === 'skip') {
          continue;
        }
        if (outcome === 'revoked' || outcome === 'expired') {
          yield ended(outcome);
          return;
        }
        last = id;
        yield outcome;
      }
    } finally {
      live.delete(subscription);
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
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
