/**
 * Where follow() keeps the id of the last event handled, so a restarted program resumes where it
 * stopped. Implement this to keep the cursor beside your own data (in the same transaction or
 * file write as what the event changed): then a crash can neither skip nor repeat an event.
 */
export interface CursorStore {
  load(key: string): Promise<string | null> | string | null;
  save(key: string, eventId: string): Promise<void> | void;
}

/** Kept in memory: survives reconnects, not restarts. */
export function memoryCursorStore(initial: Record<string, string> = {}): CursorStore {
  const cursors = new Map(Object.entries(initial));
  return {
    load: (key) => cursors.get(key) ?? null,
    save: (key, eventId) => {
      cursors.set(key, eventId);
    },
  };
}

/** Kept in the browser's localStorage (or any Storage), under `prefix + key`. */
export function storageCursorStore(
  storage: { getItem(key: string): string | null; setItem(key: string, value: string): void },
  prefix = 'hub-cursor:',
): CursorStore {
  return {
    load: (key) => storage.getItem(prefix + key),
    save: (key, eventId) => storage.setItem(prefix + key, eventId),
  };
}
