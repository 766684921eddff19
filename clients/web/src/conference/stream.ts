import {
  ConsentRequiredError,
  CursorExpiredError,
  follow,
  HubClient,
  memoryCursorStore,
} from '@hub/sdk';
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
 * Follows a conference's events with the SDK's follow(): each reconnection resumes after the last
 * event handed out, and a replayed event is dropped, so no entry is lost or repeated. Without a
 * cursor yet (at first, or when the hub no longer keeps the events after it) it follows live
 * events and asks for the recorded state to be read again once connected (`readState`); the
 * page shows each entry once, whichever way it came. While the browser is offline it stops
 * trying (every failed attempt would be a console error) and starts again once online.
 */
export function useConferenceStream(conferenceId: string, readState: () => void): ConferenceStream {
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
    let cursorLost = false;
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
      const fresh = cursorLost || (await store.load(key)) === null;
      cursorLost = false;
      let read = false;
      const follower = follow(
        client,
        ConferenceEventsDocument,
        { conferenceId },
        {
          store,
          key,
          ...(fresh ? { after: null } : {}),
          signal: controller.signal,
          onStatus: (status) => {
            if (status.state === 'live' && fresh && !read) {
              read = true;
              readState();
            }
            setState((s) => ({
              ...s,
              connection:
                status.state === 'live'
                  ? 'live'
                  : status.state === 'waiting'
                    ? 'lost'
                    : s.connection,
            }));
          },
        },
      );
      try {
        for await (const { event } of follower) {
          const entry = event.entry;
          setState((s) => ({
            ...s,
            connection: 'live',
            status: event.conference?.status ?? s.status,
            entries:
              entry && !s.entries.some((e) => e.id === entry.id)
                ? [...s.entries, entry]
                : s.entries,
          }));
        }
        if (follower.ended?.reason === 'consent-revoked') {
          end('revoked');
        }
      } catch (error) {
        if (error instanceof ConsentRequiredError) {
          end('notShared');
        } else if (error instanceof CursorExpiredError && !controller.signal.aborted) {
          cursorLost = true;
          run = null;
          void start();
          return;
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
    // readState is the page's refetch; following again for a new one would lose the cursor.
  }, [conferenceId]);

  return state;
}
