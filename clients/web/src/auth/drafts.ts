import { useCallback, useState } from 'react';

/**
 * What the user has typed into a form, kept in memory by form key until it is submitted. A 401
 * sends the user to sign-in inside the page (no reload), so the draft is still here when they
 * come back. Never written to storage: drafts hold personal data.
 */
const drafts = new Map<string, unknown>();

export function useDraft<T extends object>(key: string, initial: T) {
  const [value, setValue] = useState<T>(() => ({ ...initial, ...(drafts.get(key) as T) }));
  const update = useCallback(
    (patch: Partial<T>) =>
      setValue((previous) => {
        const next = { ...previous, ...patch };
        drafts.set(key, next);
        return next;
      }),
    [key],
  );
  const clear = useCallback(() => {
    drafts.delete(key);
    setValue(initial);
  }, [key]);
  return [value, update, clear] as const;
}

export const clearAllDrafts = () => drafts.clear();

/**
 * One value kept the same way — a single field, or which form is open — so that after a 401 the
 * form the user was typing in is open again with their text in it. `useState` with a key.
 */
export function useDraftValue<T>(key: string, initial: T) {
  const [draft, update, clear] = useDraft(key, { value: initial });
  const set = useCallback((value: T) => update({ value }), [update]);
  return [draft.value, set, clear] as const;
}
