import { fieldStatus, type FieldPath, type HubResult } from '@hub/sdk';

/** Where a command writes: stdout for results, stderr for notes, and whether as JSON. */
export interface Output {
  json: boolean;
  out(line: string): void;
  note(line: string): void;
}

/**
 * A plain-text table: columns padded to their widest cell, no borders, so it reads in a terminal
 * and still greps and cuts in a pipe (a table library's box drawing would not).
 */
export function table(headers: string[], rows: (string | null | undefined)[][]): string {
  const cells = rows.map((row) => row.map((cell) => (cell == null || cell === '' ? '—' : cell)));
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...cells.map((row) => row[i].length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), ...cells.map(line)].join('\n');
}

/** A field as a person reads it: its value, "—" when empty, or why it is withheld. */
export function shown(
  result: Pick<HubResult<unknown>, 'data' | 'errors'>,
  path: FieldPath,
  format: (value: unknown) => string = String,
): string {
  const status = fieldStatus(result, path);
  switch (status.status) {
    case 'shared':
      return format(status.value);
    case 'not-shared':
      return `not shared: needs ${status.category} consent`;
    case 'empty':
      return '—';
    case 'failed':
      return `unavailable: ${status.error.message}`;
  }
}

/** The same for JSON: every withheld field with its category. */
export function notShared(result: Pick<HubResult<unknown>, 'errors'>) {
  return result.errors
    .filter((error) => error.kind === 'consent-required')
    .map((error) => ({
      path: (error.path ?? []).join('.'),
      category: (error as { category?: string }).category,
    }));
}

export const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '');
export const minute = (value: unknown) =>
  typeof value === 'string' ? value.slice(0, 16).replace('T', ' ') : '';

/** A list item the hub withheld (null in its place: a closed, sealed case). */
export function withheld(output: { output: Output }, count: number): void {
  if (count > 0 && !output.output.json) {
    output.output.note(`${count} more not shared: their cases are closed and sealed.`);
  }
}
