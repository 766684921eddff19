import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export type Result = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
};

/** A real graphql-ws client subscribed to one operation, collecting what it receives. */
export function follow(
  wsUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const received: Result[] = [];
  let done = false;
  let closeCode: number | null = null;
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: { closed: (event) => (closeCode = (event as { code?: number }).code ?? null) },
  });
  const stop = client.subscribe(
    { query, variables },
    {
      next: (value) => received.push(value as Result),
      error: () => (done = true),
      complete: () => (done = true),
    },
  );
  const waitFor = async (count: number, ms = 5000) => {
    const deadline = Date.now() + ms;
    while (received.length < count && Date.now() < deadline && !done) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return received;
  };
  return {
    received,
    waitFor,
    isDone: () => done,
    closeCode: () => closeCode,
    close: async () => {
      stop();
      await client.dispose();
    },
  };
}
