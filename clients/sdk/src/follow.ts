import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FieldNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws/client';
import { backoffDelay, sleep, type Backoff } from './backoff';
import type { HubClient, HubResult } from './client';
import { documentHashOf, operationOf } from './document';
import { memoryCursorStore, type CursorStore } from './cursor-store';
import {
  ConsentRevokedError,
  decodeError,
  type GraphQLErrorLike,
  HubError,
  NetworkError,
  UnauthenticatedError,
} from './errors';
import { EventOrder } from './event-order';

/** Why a follow ended without an error. */
export type FollowEnd =
  { reason: 'consent-revoked'; error: ConsentRevokedError } | { reason: 'stopped' };

/** One event, with the result it came in (for fieldStatus and its field-level errors). */
export interface FollowItem<TEvent> {
  id: string;
  event: TEvent;
  errors: HubError[];
  result: HubResult<Record<string, unknown>>;
}

export type FollowStatus =
  | { state: 'connecting'; attempt: number; after: string | null }
  | { state: 'live' }
  | { state: 'waiting'; attempt: number; delayMs: number; error: HubError }
  | { state: 'skipped-unreadable'; error: HubError };

export interface FollowOptions {
  /** Where the cursor is kept between runs (default: in memory). */
  store?: CursorStore;
  /** The store's key for this stream (default: operation name and variables). */
  key?: string;
  /** Start after this event id instead of the stored cursor; null for live events only. */
  after?: string | null;
  /** Reconnection backoff (default 250 ms doubling to 10 s). */
  backoff?: Partial<Backoff>;
  /** Consecutive failed connections before giving up (default: never give up). */
  maxAttempts?: number;
  /** Ends the follow (as `stopped`). */
  signal?: AbortSignal;
  onStatus?: (status: FollowStatus) => void;
}

export interface Follower<TEvent> extends AsyncIterable<FollowItem<TEvent>> {
  /** The id of the last event handed out. */
  readonly cursor: string | null;
  /** Why it ended, once it has. */
  readonly ended: FollowEnd | null;
  readonly stats: Readonly<{
    delivered: number;
    duplicates: number;
    /** Events that came after a later one (delivered all the same, never lost). */
    outOfOrder: number;
    reconnects: number;
  }>;
  stop(): void;
}

type Variables = Record<string, unknown> & { after?: string | null };
type RootOf<TData> = TData[keyof TData];

/** Close codes after which reconnecting cannot help: the request itself is wrong. */
const FATAL_CLOSE = new Set([4400, 4404, 4406, 4409, 4429]);
/** graphql-ws's close code for a refused connection_init (a bad or expired token). */
const AUTH_CLOSE = new Set([4401, 4403]);

/**
 * Follows a live stream with nothing lost or repeated across drops and restarts: the id of each
 * event handed out becomes the cursor; each (re)connection is a new subscription whose `after`
 * is that cursor (graphql-ws would re-send the first payload as it was); ids are compared as
 * numbers (BigInt: they are decimal bigints, "1000" follows "999"), so a replayed event is
 * dropped. The cursor is saved when the next event is asked for — after the caller has handled
 * this one. The stream ends without an error when consent to it is withdrawn.
 */
export function follow<TData, TVariables extends Variables>(
  client: HubClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'after'>,
  options: FollowOptions = {},
): Follower<NonNullable<RootOf<TData>>> {
  const operation = operationOf(document);
  if (operation.operation !== 'subscription') {
    throw new Error('follow() takes a subscription.');
  }
  const rootField = operation.selectionSet.selections.find(
    (selection): selection is FieldNode => selection.kind === 'Field',
  );
  const rootKey: string | undefined = rootField?.alias?.value ?? rootField?.name.value;
  if (rootKey === undefined) {
    throw new Error('The subscription selects no field.');
  }
  const query = print(document);
  // The registered id goes with the text: a hub that requires registered documents runs its own
  // registered text for it (graphql-ws always carries a query).
  const hash = documentHashOf(document);
  const extensions = hash ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined;
  const store = options.store ?? memoryCursorStore();
  const key = options.key ?? `${operation.name?.value ?? rootKey}:${JSON.stringify(variables)}`;
  const backoff: Backoff = {
    baseMs: options.backoff?.baseMs ?? 250,
    maxMs: options.backoff?.maxMs ?? 10_000,
  };
  const stopper = new AbortController();
  const signal = options.signal
    ? AbortSignal.any([options.signal, stopper.signal])
    : stopper.signal;
  const order = new EventOrder();
  const stats = { delivered: 0, duplicates: 0, outOfOrder: 0, reconnects: 0 };
  let ended: FollowEnd | null = null;
  const status = (value: FollowStatus) => options.onStatus?.(value);

  const field = rootKey;
  async function* run(): AsyncGenerator<FollowItem<NonNullable<RootOf<TData>>>> {
    order.resumeAfter(options.after !== undefined ? options.after : await store.load(key));
    let failures = 0;
    let authFailures = 0;
    while (!signal.aborted) {
      status({ state: 'connecting', attempt: failures + 1, after: order.cursor });
      let failure: HubError | null = null;
      let ws: Client | null = null;
      try {
        ws = openSocket(client, () => {
          authFailures = 0;
          status({ state: 'live' });
        });
        // A new payload per attempt, with the cursor as it is now.
        const payload = {
          query,
          operationName: operation.name?.value,
          variables: { ...variables, after: order.cursor },
          extensions,
        };
        const onAbort = () => void ws?.dispose();
        signal.addEventListener('abort', onAbort, { once: true });
        try {
          for await (const result of ws.iterate(payload)) {
            const errors = (result.errors ?? []).map((error) => decodeError(error));
            const event = (result.data as Record<string, unknown> | null | undefined)?.[field] as
              (NonNullable<RootOf<TData>> & { id: string }) | null | undefined;
            if (!event) {
              const revoked = errors.find((error) => error instanceof ConsentRevokedError);
              if (revoked) {
                ended = { reason: 'consent-revoked', error: revoked as ConsentRevokedError };
                return;
              }
              if (errors.some((error) => error instanceof UnauthenticatedError)) {
                // The token expired while following: a fresh one, a new connection.
                client.tokens.invalidate?.();
                failure = errors[0];
                break;
              }
              if (errors[0]?.code === 'INTERNAL_SERVER_ERROR') {
                status({ state: 'skipped-unreadable', error: errors[0] });
                continue;
              }
              throw errors[0] ?? new HubError('An empty live update.', { code: 'BAD_RESPONSE' });
            }
            failures = 0;
            const verdict = order.accept(event.id);
            if (verdict === 'duplicate') {
              stats.duplicates++;
              continue;
            }
            if (verdict === 'out-of-order') {
              stats.outOfOrder++;
            }
            stats.delivered++;
            yield {
              id: event.id,
              event,
              errors,
              result: { data: result.data as Record<string, unknown>, errors, requestId: '' },
            };
            // Asked for the next one: the caller has handled this one.
            await store.save(key, order.cursor!);
          }
          failure ??= new NetworkError('The live stream ended; resuming.', { code: 'COMPLETED' });
        } finally {
          signal.removeEventListener('abort', onAbort);
        }
      } catch (error) {
        if (signal.aborted) {
          break;
        }
        failure = classify(error);
        if (failure instanceof UnauthenticatedError) {
          client.tokens.invalidate?.();
          if (++authFailures >= 3) {
            throw failure;
          }
        } else if (!failure.retryable) {
          throw failure;
        }
      } finally {
        void ws?.dispose();
      }
      failures++;
      stats.reconnects++;
      if (options.maxAttempts !== undefined && failures >= options.maxAttempts) {
        throw failure!;
      }
      const delayMs = backoffDelay(backoff, failures);
      status({ state: 'waiting', attempt: failures, delayMs, error: failure! });
      await sleep(delayMs, signal).catch(() => undefined);
    }
    ended = { reason: 'stopped' };
  }

  const generator = run();
  return {
    [Symbol.asyncIterator]: () => generator,
    get cursor() {
      return order.cursor;
    },
    get ended() {
      return ended;
    },
    stats,
    stop: () => stopper.abort(),
  };
}

function openSocket(client: HubClient, onConnected: () => void): Client {
  return createClient({
    url: client.wsUrl,
    webSocketImpl: client.webSocketImpl,
    lazy: true,
    // follow() reconnects itself, with a new payload; graphql-ws would resend the old one.
    retryAttempts: 0,
    keepAlive: 10_000,
    connectionParams: async () => ({ authorization: `Bearer ${await client.tokens.getToken()}` }),
    on: { connected: onConnected },
  });
}

/** What graphql-ws threw, as a hub error: GraphQL errors, a close event, or a socket error. */
function classify(error: unknown): HubError {
  if (error instanceof HubError) {
    return error;
  }
  if (Array.isArray(error)) {
    return decodeError((error[0] ?? { message: 'Subscription refused.' }) as GraphQLErrorLike);
  }
  const close = error as { code?: unknown; reason?: unknown } | null;
  if (close && typeof close.code === 'number') {
    const reason = typeof close.reason === 'string' && close.reason ? close.reason : 'closed';
    if (AUTH_CLOSE.has(close.code)) {
      return new UnauthenticatedError(`The hub refused the token (${reason}).`, {
        code: 'UNAUTHENTICATED',
      });
    }
    if (FATAL_CLOSE.has(close.code)) {
      return new HubError(`The hub closed the stream: ${reason}.`, { code: `CLOSE_${close.code}` });
    }
    return new NetworkError(`The connection closed (${close.code}); resuming.`, {
      code: `CLOSE_${close.code}`,
    });
  }
  return new NetworkError('The hub could not be reached; resuming.', { code: 'NETWORK' });
}
