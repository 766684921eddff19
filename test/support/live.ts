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

interface Mutator {
  query(
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ body: { data?: Record<string, unknown> | null; errors?: unknown[] } }>;
}

/** Case conferences for live-update tests: schedule one and start it; record entries. */
export function conferenceKit(hub: Mutator, token: string) {
  const mutate = async (query: string, variables: Record<string, unknown>) => {
    const response = await hub.query(token, query, variables);
    if (response.body.errors) {
      throw new Error(`Refused: ${JSON.stringify(response.body.errors)}`);
    }
    return response.body.data!;
  };
  return {
    liveConference: async (caseId: string): Promise<string> => {
      const data = await mutate(
        'mutation ($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }',
        {
          input: {
            caseId,
            scheduledAt: new Date().toISOString(),
            agenda: ['Synthetic agenda'],
            participants: [{ name: 'Synthetic participant' }],
          },
        },
      );
      const id = (data.scheduleConference as { id: string }).id;
      await mutate('mutation ($id: ID!) { startConference(id: $id) { status } }', { id });
      return id;
    },
    record: async (conferenceId: string, text: string): Promise<string> => {
      const data = await mutate(
        'mutation ($input: RecordConferenceEntryInput!) { recordConferenceEntry(input: $input) { id } }',
        { input: { conferenceId, kind: 'MINUTE', text } },
      );
      return (data.recordConferenceEntry as { id: string }).id;
    },
  };
}

/** The selection live-update tests follow a conference with. */
export const FOLLOW_CONFERENCE = `subscription Follow($id: ID!, $after: ID) {
  conferenceEvents(conferenceId: $id, after: $after) { id entry { text } }
}`;

/** The entry texts a follower received, in the order received. */
export const entryTexts = (results: Result[]): (string | undefined)[] =>
  results.map(
    (r) => (r.data?.conferenceEvents as { entry?: { text: string } | null })?.entry?.text,
  );

/**
 * A subscriber that resumes as a careful client does: it keeps the last event id it saw and,
 * whenever graphql-ws reconnects, subscribes again with `after` set to it (graphql-ws re-sends
 * the same payload object, so the variables are updated in place).
 */
export function resumable(
  wsUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
) {
  const received: Result[] = [];
  let connections = 0;
  const payload = { query, variables: { ...variables } as Record<string, unknown> };
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 1000,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 100)),
    shouldRetry: () => true,
    on: { connected: () => (connections += 1) },
  });
  const stop = client.subscribe(payload, {
    next: (value) => {
      received.push(value as Result);
      const root = Object.values(value.data ?? {})[0] as { id?: string } | undefined;
      if (root?.id) {
        payload.variables.after = root.id;
      }
    },
    error: () => undefined,
    complete: () => undefined,
  });
  return {
    received,
    connections: () => connections,
    close: async () => {
      stop();
      await client.dispose();
    },
  };
}
