import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import {
  Client,
  fetchExchange,
  makeOperation,
  mapExchange,
  subscriptionExchange,
  type Operation,
} from 'urql';
import { endSession, getSession } from '../auth/session';

/** Types without an id of their own: stored inside their parent, not normalised. */
const EMBEDDED = [
  'AssessmentFinding',
  'CaseWorker',
  'ConferenceParticipant',
  'Count',
  'CountBy',
  'Eligibility',
  'Occupancy',
  'PartnerContact',
  'Person',
  'Recruitment',
  'ReferralNote',
  'ServiceMatch',
  'StatisticsPeriod',
  'StatisticsReport',
  'Figures',
  'Sum',
  'SumBy',
  'Sums',
];

let ws: WsClient | null = null;

/** The graphql-ws client on the gateway's /graphql, authenticated with the current token. */
export function wsClient(): WsClient {
  if (!ws) {
    const url = new URL('/graphql', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    ws = createWsClient({
      url: url.toString(),
      lazy: true,
      // Read at every (re)connection, so a renewed token is used.
      connectionParams: () => ({ authorization: `Bearer ${getSession()?.token ?? ''}` }),
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: async (retries) => {
        await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** retries, 5000)));
      },
      keepAlive: 10_000,
    });
  }
  return ws;
}

/**
 * Queries and mutations go by their registered id alone (`extensions.persistedQuery`): the code
 * generator gave each document its id (`__meta__.hash`) and the gateway loads the manifest, so the
 * hub runs exactly the registered text. Subscriptions over graphql-ws send their text with it.
 */
const registeredIdOf = (operation: Operation) => {
  const hash = (operation.query as { __meta__?: { hash?: string } }).__meta__?.hash;
  const hex = hash && /^sha256:([0-9a-f]{64})$/.exec(hash)?.[1];
  return hex ? { persistedQuery: { version: 1 as const, sha256Hash: hex } } : undefined;
};
const byRegisteredId = (operation: Operation): Operation => {
  const id = registeredIdOf(operation);
  if (!id || (operation.kind !== 'query' && operation.kind !== 'mutation')) {
    return operation;
  }
  return makeOperation(
    operation.kind,
    { ...operation, extensions: { ...operation.extensions, ...id } },
    operation.context,
  );
};

/** A 401 from the API ends the session; the router then shows sign-in and keeps drafts. */
const authenticatedFetch: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers);
  const token = getSession()?.token;
  if (token) {
    headers.set('authorization', `Bearer ${token}`);
  }
  headers.set('apollographql-client-name', 'hub-web');
  const response = await fetch(input, { ...init, headers });
  if (response.status === 401) {
    endSession('expired');
  }
  return response;
};

export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    fetch: authenticatedFetch,
    // POST always: the gateway's CSRF prevention refuses simple GET requests.
    preferGetMethod: false,
    // Queries show what the server said last; mutations refetch the pages they change.
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange({
        keys: Object.fromEntries(EMBEDDED.map((type) => [type, () => null])),
      }),
      mapExchange({ onOperation: byRegisteredId }),
      fetchExchange,
      subscriptionExchange({
        // The registered id goes with the text: a gateway that requires registered documents
        // runs its registered text for it.
        forwardSubscription: (request, operation) => ({
          subscribe: (sink) => ({
            unsubscribe: wsClient().subscribe(
              {
                ...request,
                query: request.query ?? '',
                extensions: { ...request.extensions, ...registeredIdOf(operation) },
              },
              sink,
            ),
          }),
        }),
      }),
    ],
  });
}
