import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CursorStore } from './cursor-store';

/**
 * Cursors kept in a JSON file (Node only; `@hub/sdk/node`): each save writes a new file and
 * renames it over the old, so a crash leaves the previous cursor, never half a file.
 */
export function fileCursorStore(file: string): CursorStore {
  const read = (): Record<string, string> => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return {};
      }
      throw error;
    }
  };
  return {
    load: (key) => read()[key] ?? null,
    save: (key, eventId) => writeJsonAtomically(file, { ...read(), [key]: eventId }),
  };
}

/** Writes JSON so that readers see the old file or the new one, whole (mode 0600). */
export function writeJsonAtomically(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}
