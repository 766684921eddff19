import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { ErrorCode, type InternalSigner, type Logger } from '@hub/common';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import { WebSocketServer } from 'ws';
import { AuthenticationError, type Authenticator } from '../auth';
import type { GatewayContext } from '../gateway';
import { matches, type EventFilter, type EventSource, type HubEventRow } from './event-source';
import { planPayload } from './payload';
import { AsyncQueue } from './queue';

/** Who a WebSocket connection belongs to, fixed at connection_init. */
interface Subscriber {
  caller: GatewayContext['caller'];
  /** When the token expires (seconds since the epoch): delivery stops then. */
  exp: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  const wss = new WebSocketServer({ server, path: '/graphql' });

  const runAs = async (
    subscriber: Subscriber,
    query: string,
    variables: Record<string, unknown>,
  ) => {
    const requestId = randomUUID();
    const contextValue: GatewayContext = {
      caller: subscriber.caller,
      requestId,
      internalToken: await deps.signInternal(subscriber.caller, requestId),
    };
    const response = await deps.apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') {
      throw new Error('Unexpected incremental result.');
    }
    return response.body.singleResult;
  };

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
      const centre = subscriber.caller.partner === 'centre';
      filter = { referralsFor: centre ? 'all' : subscriber.caller.partner };
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

    // Listen first, then replay: nothing falls between the two, and ids drop duplicates.
    const queue = new AsyncQueue<HubEventRow>();
    const unsubscribe = deps.events.onEvent((event) => {
      const revocation =
        event.type === 'CONSENT_REVOKED' &&
        event.caseId === caseId &&
        event.concerns === subscriber.caller.partner;
      if (matches(filter, event) || revocation) {
        queue.push(event);
      }
    });
    let last = after ?? '0';
    const deliver = async (
      event: HubEventRow,
    ): Promise<ExecutionResult | 'revoked' | 'expired'> => {
      if (Date.now() / 1000 >= subscriber.exp) {
        return 'expired';
      }
      const plan = planPayload(args.document, operation, root, variables, event, access);
      const result = plan.query
        ? await runAs(subscriber, plan.query, plan.variables)
        : { data: {} };
      const data = result.data as Record<string, unknown> | null | undefined;
      // The access field is null only when the subscriber can no longer see the case or
      // conference; a failed query (no data at all) is reported as this event's error instead.
      if (access && data && !data.access) {
        return 'revoked';
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
    try {
      const backlog = after ? await deps.events.replay(filter, after) : [];
      let index = 0;
      for (;;) {
        const next = index < backlog.length ? backlog[index++] : await queue.next();
        if (BigInt(next.id) <= BigInt(last)) {
          continue;
        }
        if (!matches(filter, next)) {
          // A revocation for this partner on this case: is our own access gone?
          const probe = await runAs(
            subscriber,
            `query { access: ${access!.root}(id: "${access!.id}") { id } }`,
            {},
          );
          if (!probe.data?.access) {
            yield ended('revoked');
            return;
          }
          continue;
        }
        const outcome = await deliver(next);
        if (outcome === 'revoked' || outcome === 'expired') {
          yield ended(outcome);
          return;
        }
        last = next.id;
        yield outcome;
      }
    } finally {
      unsubscribe();
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
