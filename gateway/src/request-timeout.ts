import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Fetcher } from '@apollo/utils.fetcher';
import { ErrorCode } from '@hub/common/errors';
import { subgraphFetcher } from './fetch/subgraph-fetcher';

/** The abort signal of the client request a subgraph fetch is made for. */
const fetchSignal = new AsyncLocalStorage<AbortSignal>();
const controllers = new WeakMap<object, AbortController>();

/**
 * A subgraph data source whose fetches end when the client request they serve times out. The
 * fetcher takes the signal; the signal travels from the request's context to the fetch by
 * AsyncLocalStorage, because RemoteGraphQLDataSource hands its fetcher no context. `globalFetch`
 * is for benchmarks only: the fetcher this hub had before its own pool (Node's fetch).
 */
export class CancellableDataSource<
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- RemoteGraphQLDataSource's own bound
  TContext extends Record<string, any> = Record<string, any>,
> extends RemoteGraphQLDataSource<TContext> {
  /** Opens connections to the subgraph ahead of the first request (see SubgraphFetcher). */
  readonly warm: (connections: number) => Promise<void>;
  /** Closes the connections kept open to the subgraph. */
  readonly close: () => Promise<void>;

  constructor(url: string, options: { globalFetch?: boolean } = {}) {
    const pooled = options.globalFetch ? null : subgraphFetcher(url);
    const send: Fetcher = pooled?.fetch ?? (fetch as never);
    super({
      url,
      fetcher: ((target: string, init: RequestInit) =>
        send(target, { ...init, signal: fetchSignal.getStore() } as never)) as never,
    });
    this.warm = async (connections) => pooled?.warm(connections);
    this.close = async () => pooled?.close();
  }

  override process(
    options: GraphQLDataSourceProcessOptions<TContext>,
  ): ReturnType<RemoteGraphQLDataSource<TContext>['process']> {
    const signal = controllers.get(options.context)?.signal;
    return signal ? fetchSignal.run(signal, () => super.process(options)) : super.process(options);
  }
}

/**
 * Gives every operation REQUEST_TIMEOUT_MS: past it, the subgraph fetches still running are
 * cancelled and the errors they end with say REQUEST_TIMEOUT instead of a fault.
 */
export function requestTimeoutPlugin<T extends BaseContext>(ms: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue }) {
      const controller = new AbortController();
      controllers.set(contextValue, controller);
      const timer = setTimeout(() => controller.abort(), ms);
      timer.unref();
      return {
        async willSendResponse({ response }) {
          clearTimeout(timer);
          if (!controller.signal.aborted || response.body.kind !== 'single') {
            return;
          }
          const result = response.body.singleResult;
          result.errors = result.errors?.map((error) =>
            error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR ||
            error.extensions?.code === 'SERVICE_UNAVAILABLE'
              ? {
                  ...error,
                  message: `The request took longer than ${ms} ms and was stopped; ask for less, or retry later.`,
                  extensions: { code: ErrorCode.REQUEST_TIMEOUT },
                }
              : error,
          );
        },
      };
    },
  };
}
