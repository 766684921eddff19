import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';
import { documentHashOf, operationOf } from './document';
import {
  decodeError,
  type GraphQLErrorLike,
  HubError,
  NetworkError,
  OutageError,
  TimeoutError,
  UnauthenticatedError,
} from './errors';
import { backoffDelay, sleep, type Backoff } from './backoff';
import { staticToken, type TokenProvider } from './token';

/** What an operation gave: its data (null where refused or missing) and every error, decoded. */
export interface HubResult<TData> {
  data: TData;
  errors: HubError[];
  /** The request id of the attempt that answered (x-request-id). */
  requestId: string;
}

export interface HubClientOptions {
  /** The hub's API URL, e.g. https://hub.example/graphql. */
  url: string;
  /** Its graphql-ws URL; by default the API URL with ws(s)://. */
  wsUrl?: string;
  /** A token provider, or one fixed token. */
  token: TokenProvider | string;
  /** Milliseconds before one HTTP attempt is abandoned (default 15 s). */
  timeoutMs?: number;
  /** How reads and outages are retried (default 4 attempts, 250 ms doubling to 5 s). */
  retry?: Partial<Backoff> & { attempts?: number };
  fetch?: typeof fetch;
  /**
   * The WebSocket implementation for subscriptions. Browsers have one; in Node pass the `ws`
   * package's default export.
   */
  webSocketImpl?: unknown;
  /** A new request id (default: crypto.randomUUID). */
  requestId?: () => string;
  /**
   * The name this client gives the hub (`apollographql-client-name`, default `hub-sdk`); an
   * operator may require registered documents of a named client.
   */
  clientName?: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call. */
  timeoutMs?: number;
}

const printed = new WeakMap<DocumentNode, string>();
const printOnce = (document: DocumentNode) => {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
};

/**
 * The hub's client over HTTP: one bearer token per request from the provider, a request id per
 * attempt, a timeout, and retries with backoff — for reads, which are safe to repeat, and for
 * the typed outage error on a mutation no part of which ran.
 */
export class HubClient {
  readonly url: string;
  readonly wsUrl: string;
  readonly tokens: TokenProvider;
  readonly webSocketImpl: unknown;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly retry: Backoff & { attempts: number };
  private readonly newRequestId: () => string;
  private readonly clientName: string;

  constructor(options: HubClientOptions) {
    this.url = options.url;
    this.wsUrl = options.wsUrl ?? options.url.replace(/^http/, 'ws');
    this.tokens = typeof options.token === 'string' ? staticToken(options.token) : options.token;
    this.webSocketImpl = options.webSocketImpl;
    this.fetchImpl = options.fetch ?? ((...args) => fetch(...args));
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.retry = {
      attempts: options.retry?.attempts ?? 4,
      baseMs: options.retry?.baseMs ?? 250,
      maxMs: options.retry?.maxMs ?? 5_000,
    };
    this.newRequestId = options.requestId ?? (() => globalThis.crypto.randomUUID());
    this.clientName = options.clientName ?? 'hub-sdk';
  }

  /**
   * Runs an operation. Field-level refusals (consent, an outage of one part) come back in
   * `errors` beside the data the hub could give; when there is no data at all, the first error
   * is thrown as its typed value. A generated document is sent by its registered id only; a hub
   * that does not know the id (PERSISTED_QUERY_NOT_FOUND) is sent the document's text instead.
   */
  async request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    options: RequestOptions = {},
  ): Promise<HubResult<TData>> {
    const operation = operationOf(document);
    if (operation.operation === 'subscription') {
      throw new Error('Subscriptions go through follow() or subscribe(), not request().');
    }
    const read = operation.operation === 'query';
    const hash = documentHashOf(document);
    const bodyOf = (withText: boolean) =>
      JSON.stringify({
        query: withText ? printOnce(document) : undefined,
        variables,
        operationName: operation.name?.value,
        // The id names the registered (normalised) text, not this print of it: the text goes alone.
        extensions:
          hash && !withText ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined,
      });
    let withText = !hash;
    const baseId = this.newRequestId();
    let refreshedToken = false;
    for (let attempt = 1; ; attempt++) {
      const requestId = attempt === 1 ? baseId : `${baseId}.${attempt}`;
      let result: HubResult<TData> | undefined;
      let failure: HubError;
      try {
        result = await this.attempt<TData>(bodyOf(withText), requestId, options);
        const outage = result.errors.find((error) => error instanceof OutageError);
        // A mutation is repeated only when none of it ran: no root field has data.
        const noneRan =
          !result.data ||
          Object.values(result.data as Record<string, unknown>).every((value) => value == null);
        if (!outage || !(read || noneRan)) {
          return finish(result);
        }
        failure = outage;
      } catch (error) {
        if (!(error instanceof HubError)) {
          throw error;
        }
        failure = error;
        if (error.code === 'PERSISTED_QUERY_NOT_FOUND' && !withText) {
          withText = true;
          attempt--;
          continue;
        }
        if (error instanceof UnauthenticatedError && !refreshedToken && this.tokens.invalidate) {
          // Refused before anything ran: a fresh token, then once more.
          this.tokens.invalidate();
          refreshedToken = true;
          attempt--;
          continue;
        }
        const transient = error.retryable && (read || error instanceof OutageError);
        if (!transient) {
          throw error;
        }
      }
      if (attempt >= this.retry.attempts || options.signal?.aborted) {
        if (result) {
          return finish(result);
        }
        throw failure;
      }
      await sleep(backoffDelay(this.retry, attempt), options.signal);
    }
  }

  private async attempt<TData>(
    body: string,
    requestId: string,
    options: RequestOptions,
  ): Promise<HubResult<TData>> {
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    // Outside the try: a provider that cannot give a token is not a network failure.
    const token = await this.tokens.getToken();
    let response: Response;
    try {
      response = await this.fetchImpl(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${token}`,
          'x-request-id': requestId,
          'apollographql-client-name': this.clientName,
        },
        body,
        signal,
      });
    } catch (error) {
      if (options.signal?.aborted) {
        throw error;
      }
      if (timeout.aborted) {
        throw new TimeoutError(`The hub did not answer within ${timeoutMs} ms.`, {
          code: 'TIMEOUT',
          requestId,
        });
      }
      throw new NetworkError('The hub could not be reached.', { code: 'NETWORK', requestId });
    }
    const answeredId = response.headers.get('x-request-id') ?? requestId;
    const json = (await response.json().catch(() => null)) as {
      data?: TData | null;
      errors?: GraphQLErrorLike[];
    } | null;
    const errors = (json?.errors ?? []).map((error) =>
      decodeError(error, { requestId: answeredId, status: response.status }),
    );
    if (response.status === 401) {
      throw (
        errors[0] ??
        new UnauthenticatedError('Sign in again.', {
          code: 'UNAUTHENTICATED',
          requestId: answeredId,
          status: 401,
        })
      );
    }
    if (!json || json.data == null) {
      if (errors[0]) {
        throw errors[0];
      }
      const details = { code: 'BAD_RESPONSE', requestId: answeredId, status: response.status };
      const message = `The hub answered HTTP ${response.status} without data.`;
      // A proxy's 502/503/504 in front of the hub: transient, so a read may try again.
      throw response.status >= 502 && response.status <= 504
        ? new NetworkError(message, details)
        : new HubError(message, details);
    }
    return { data: json.data, errors, requestId: answeredId };
  }
}

function finish<TData>(result: HubResult<TData>): HubResult<TData> {
  if (result.data == null && result.errors[0]) {
    throw result.errors[0];
  }
  return result;
}
