import { ConsentRequiredError, follow, HubClient, memoryCursorStore } from '@hub/sdk';
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

/**
 * Follows a conference's events from its first one (`after: "0"`), then live, with the SDK's
 * follow(): each reconnection resumes after the last event handed out, and a replayed event is
 * dropped, so no entry is lost or repeated. While the browser is offline it stops trying (every
 * failed attempt would be a console error) and starts again from the same cursor once online.
 */
export function useConferenceStream(conferenceId: string): ConferenceStream {
  const [state, setState] = useState<ConferenceStream>({
    entries: [],
    status: null,
    connection: 'connecting',
    ended: null,
  });

  useEffect(() => {
    const client = new HubClient({
      url: new URL('/graphql', window.location.href).toString(),
      token: { getToken: async () => getSession()?.token ?? '' },
    });
    const store = memoryCursorStore();
    const key = `conference:${conferenceId}`;
    let first = true;
    let run: AbortController | null = null;
    let finished = false;

    const end = (ended: Exclude<Ended, null>) => {
      finished = true;
      run?.abort();
      // The content goes with the consent: nothing recorded stays on the screen.
      setState({ entries: [], status: null, connection: 'lost', ended });
    };

    const start = async () => {
      if (finished || run || !navigator.onLine) {
        return;
      }
      const controller = new AbortController();
      run = controller;
      const follower = follow(
        client,
        ConferenceEventsDocument,
        { conferenceId },
        {
          store,
          key,
          // The first time from the beginning; after a pause, from the stored cursor.
          ...(first ? { after: '0' } : {}),
          signal: controller.signal,
          onStatus: (status) =>
            setState((s) => ({
              ...s,
              connection:
                status.state === 'live' ? 'live' : status.state === 'waiting' ? 'lost' : s.connection,
            })),
        },
      );
      first = false;
      try {
        for await (const { event } of follower) {
          const entry = event.entry;
          setState((s) => ({
            ...s,
            connection: 'live',
            status: event.conference?.status ?? s.status,
            entries:
              entry && !s.entries.some((e) => e.id === entry.id) ? [...s.entries, entry] : s.entries,
          }));
        }
        if (follower.ended?.reason === 'consent-revoked') {
          end('revoked');
        }
      } catch (error) {
        if (error instanceof ConsentRequiredError) {
          end('notShared');
        } else if (!controller.signal.aborted) {
          setState((s) => ({ ...s, connection: 'lost' }));
        }
      } finally {
        if (run === controller) {
          run = null;
        }
      }
    };

    const offline = () => {
      run?.abort();
      run = null;
      setState((s) => ({ ...s, connection: 'lost' }));
    };
    const online = () => void start();
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    void start();
    return () => {
      finished = true;
      run?.abort();
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
    };
  }, [conferenceId]);

  return state;
}
