import { STATUS_CODES } from 'node:http';
import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { Pool, type Dispatcher } from 'undici';

/** A fetcher for one subgraph, and the connections it keeps open to it. */
export interface SubgraphFetcher {
  readonly fetch: Fetcher;
  /**
   * Opens `connections` keep-alive connections by asking the subgraph's /health (no identity,
   * no data), so the first requests after start do not pay for connecting; never throws.
   */
  warm(connections: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Subgraph fetches over undici's own request API, on a keep-alive connection pool per subgraph.
 * Apollo's default fetcher (make-fetch-happen over agent-base) builds an `Error().stack` for
 * every request, and Node's global fetch (undici behind the WHATWG Request/Response/streams
 * layer) spends much of a fetch on that layer; `Pool.request` is undici without it. The pool
 * follows the subgraph's keep-alive hint, so a socket the subgraph is about to close is not
 * reused. An aborted signal ends the request (undici's `AbortError`), and a refused or reset
 * connection keeps its Node error code, so the data source still tells an outage from a fault.
 */
export function subgraphFetcher(url: string): SubgraphFetcher {
  const target = new URL(url);
  const pool = new Pool(target.origin);
  const path = `${target.pathname}${target.search}`;
  return {
    fetch: (async (_url: string, init: FetcherRequestInit = {}) => {
      const response = await pool.request({
        path,
        method: (init.method ?? 'POST') as Dispatcher.HttpMethod,
        headers: init.headers,
        body: init.body,
        signal: init.signal as AbortSignal | undefined,
      });
      return fetchResponse(url, response);
    }) as Fetcher,
    warm: async (connections) => {
      await Promise.allSettled(
        Array.from({ length: connections }, async () => {
          const response = await pool.request({
            path: '/health',
            method: 'GET',
            signal: AbortSignal.timeout(2000),
          });
          await response.body.dump();
        }),
      );
    },
    close: () => pool.close(),
  };
}

/** The parts of a fetch `Response` that RemoteGraphQLDataSource reads. */
function fetchResponse(url: string, response: Dispatcher.ResponseData): FetcherResponse {
  const { statusCode, headers, body } = response;
  const header = (name: string) => {
    const value = headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  };
  return {
    url,
    status: statusCode,
    ok: statusCode >= 200 && statusCode < 300,
    statusText: STATUS_CODES[statusCode] ?? '',
    redirected: false,
    get bodyUsed() {
      return body.bodyUsed;
    },
    headers: { get: header, has: (name: string) => header(name) !== null },
    json: () => body.json(),
    text: () => body.text(),
    arrayBuffer: () => body.arrayBuffer(),
  } as unknown as FetcherResponse;
}
