import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { ErrorCode } from '@hub/common/errors';
import { type Logger } from '@hub/common/logger';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import { WebSocketServer } from 'ws';
import { AuthenticationError, type Authenticator } from '../auth';
import type { Edge } from '../edge';
import type { GatewayContext } from '../context';
import type { EventSource } from './event-source';
import { failure, type Subscriber } from './live';
import { AsyncQueue } from './queue';
import { SubscriptionRegistry } from './registry';
import { streamOf } from './stream';
import { targetOf } from './target';
import { createUpdateReader } from './updates';

const trustedDocumentRequired = () =>
  new GraphQLError(
    'This client must send a registered document (`extensions.persistedQuery.sha256Hash`), not a document of its own.',
    { extensions: { code: ErrorCode.TRUSTED_DOCUMENT_REQUIRED } },
  );

export interface SubscriptionDeps {
  apollo: ApolloServer<GatewayContext>;
  apiSchema: () => GraphQLSchema | undefined;
  authenticate: Authenticator;
  events: EventSource;
  log: Logger;
  /** The gateway's operation limits at subscribe time, and the largest message (edge.ts). */
  limits?: Edge['subscriptions'];
  /** How long resuming subscribers' backlog reads wait for others to join them (ms). */
  resumeGatherMs?: number;
}

/**
 * graphql-ws on the gateway's own /graphql path. A subscription listens to the event log and, for
 * each event, runs the subscriber's selection as a query through the gateway under the
 * subscriber's identity, so a live payload obeys consent exactly as a query does. The parts:
 * the connection's identity (here), what a subscription follows (target.ts), the running
 * subscriptions and fan-out of events (registry.ts), the reads of an event (updates.ts, with
 * the payload planner in payload.ts) and one stream's delivery in order (stream.ts).
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
  const reader = createUpdateReader(deps);
  const registry = new SubscriptionRegistry(reader.evaluate);
  deps.events.onEvent((event) => registry.fanOut(event));

  async function* subscribe(args: ExecutionArgs): AsyncGenerator<ExecutionResult> {
    const subscriber = args.contextValue as Subscriber;
    // Where "from now" is: the subscription is registered only after its access check, and
    // what is delivered in between must reach it too.
    const sentAt = deps.events.position();
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    const operation = getOperationAST(args.document, args.operationName ?? undefined)!;
    const root = operation.selectionSet.selections[0] as FieldNode;
    const target = await targetOf(subscriber, root, variables, reader);
    if (!('filter' in target)) {
      yield target;
      return;
    }
    yield* streamOf(
      {
        subscriber,
        filter: target.filter,
        caseId: target.caseId,
        access: target.access,
        document: args.document,
        operation,
        root,
        variables,
        queue: new AsyncQueue(),
        closed: false,
      },
      { after: target.after, sentAt },
      { events: deps.events, registry, reader },
    );
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
        ? (ctx, _id, payload) => {
            const caller = ctx.extra.subscriber?.caller;
            const query = deps.limits!.document(caller, payload);
            return query === null
              ? [trustedDocumentRequired()]
              : deps.limits!.check(caller, { ...payload, query });
          }
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
