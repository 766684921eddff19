import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { useEffect, useState } from 'react';
import { getSession } from '../auth/session';
import { ConferenceEventsDocument, type ConferenceEventsSubscription } from '../generated/graphql';

export type Entry = NonNullable<ConferenceEventsSubscription['conferenceEvents']['entry']>;
export type Connection = 'connecting' | 'live' | 'lost';
export type Ended = 'revoked' | 'notShared' | null;

export interface ConferenceStream {
  entries: Entry[];
  status: string | null;
  connection: Connection;
  ended: Ended;
}

const wsUrl = () => {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
};

/**
 * Follows a conference's events from the first one (`after: "0"`), then live. Every event id is
 * remembered: after any drop (the browser going offline, the server closing) it resumes with
 * `after` the last id seen, so no entry is lost, and ids already seen are skipped, so none is
 * repeated. While the browser is offline it does not try, and tries again once it is online.
 */
export function useConferenceStream(conferenceId: string): ConferenceStream {
  const [state, setState] = useState<ConferenceStream>({
    entries: [],
    status: null,
    connection: 'connecting',
    ended: null,
  });

  useEffect(() => {
    let last = '0';
    let client: Client | null = null;
    let stop: (() => void) | null = null;
    let finished = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const seen = new Set<string>();

    const drop = () => {
      stop?.();
      stop = null;
      void client?.dispose();
      client = null;
    };
    const lost = () => {
      drop();
      if (finished) {
        return;
      }
      setState((s) => ({ ...s, connection: 'lost' }));
      clearTimeout(retry);
      if (navigator.onLine) {
        retry = setTimeout(connect, 1000);
      }
    };
    const end = (ended: Ended) => {
      finished = true;
      drop();
      // The content goes with the consent: nothing recorded stays on the screen.
      setState({ entries: [], status: null, connection: 'lost', ended });
    };

    function connect() {
      if (finished || client || !navigator.onLine) {
        return;
      }
      setState((s) => ({ ...s, connection: 'connecting' }));
      const ws = createClient({
        url: wsUrl(),
        lazy: false,
        retryAttempts: 0,
        connectionParams: () => ({ authorization: `Bearer ${getSession()?.token ?? ''}` }),
        on: {
          connected: () => setState((s) => ({ ...s, connection: 'live' })),
          closed: () => {
            if (client === ws) {
              lost();
            }
          },
        },
      });
      client = ws;
      stop = ws.subscribe<ConferenceEventsSubscription>(
        { query: print(ConferenceEventsDocument), variables: { conferenceId, after: last } },
        {
          next: (result) => {
            const code = result.errors?.[0]?.extensions?.code;
            if (code === 'CONSENT_REVOKED') {
              end('revoked');
              return;
            }
            if (code === 'CONSENT_REQUIRED' && !result.data) {
              end('notShared');
              return;
            }
            const event = result.data?.conferenceEvents;
            if (!event || seen.has(event.id) || BigInt(event.id) <= BigInt(last)) {
              return;
            }
            seen.add(event.id);
            last = event.id;
            const entry = event.entry;
            setState((s) => ({
              ...s,
              status: event.conference?.status ?? s.status,
              entries:
                entry && !s.entries.some((e) => e.id === entry.id) ? [...s.entries, entry] : s.entries,
            }));
          },
          error: () => {
            if (client === ws) {
              lost();
            }
          },
          complete: () => {
            if (client === ws && !finished) {
              lost();
            }
          },
        },
      );
    }

    const offline = () => lost();
    const online = () => {
      clearTimeout(retry);
      connect();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    connect();
    return () => {
      finished = true;
      clearTimeout(retry);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      drop();
    };
  }, [conferenceId]);

  return state;
}
