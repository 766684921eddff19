import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ErrorCode } from '@hub/common/errors';

/** The abort signal of the client request a subgraph fetch is made for. */
const fetchSignal = new AsyncLocalStorage<AbortSignal>();
const controllers = new WeakMap<object, AbortController>();

/**
 * A subgraph data source whose fetches end when the client request they serve times out. Node's
 * fetch (undici) takes the signal; the signal travels from the request's context to the fetch by
 * AsyncLocalStorage, because RemoteGraphQLDataSource hands its fetcher no context.
 */
export class CancellableDataSource<
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- RemoteGraphQLDataSource's own bound
  TContext extends Record<string, any> = Record<string, any>,
> extends RemoteGraphQLDataSource<TContext> {
  constructor(config: ConstructorParameters<typeof RemoteGraphQLDataSource>[0]) {
    super({
      ...config,
      fetcher: ((url: string, init: RequestInit) =>
        fetch(url, { ...init, signal: fetchSignal.getStore() })) as never,
    });
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
