import type { HubResult } from './client';
import { ConsentRequiredError, type HubError } from './errors';

/**
 * What became of one field: shared (with its value), not shared (consent to its category is
 * missing — the value is withheld, not absent), empty (shared, and there is nothing), or
 * failed for another reason (an outage, say).
 */
export type FieldStatus =
  | { status: 'shared'; value: unknown }
  | { status: 'not-shared'; category: string; error: ConsentRequiredError }
  | { status: 'empty' }
  | { status: 'failed'; error: HubError };

/** A path as in GraphQL error paths: ['caseByCode', 'person', 'phone'] or 'caseByCode.person.phone'. */
export type FieldPath = string | readonly (string | number)[];

const segments = (path: FieldPath): string[] =>
  (typeof path === 'string' ? path.split('.') : path).map(String);

/**
 * Tells a field the hub withheld from one that is empty. A refused field is null with a
 * CONSENT_REQUIRED error at its path (or at an ancestor's); an empty one is null, "" or [] with
 * no error.
 */
export function fieldStatus(
  result: Pick<HubResult<unknown>, 'data' | 'errors'>,
  path: FieldPath,
): FieldStatus {
  const wanted = segments(path);
  // The error nearest the field: its own, else the closest ancestor's.
  let nearest: HubError | undefined;
  let depth = -1;
  for (const error of result.errors) {
    const at = (error.path ?? []).map(String);
    if (
      at.length <= wanted.length &&
      at.length > depth &&
      at.every((part, i) => part === wanted[i])
    ) {
      nearest = error;
      depth = at.length;
    }
  }
  let value: unknown = result.data;
  for (const part of wanted) {
    value = value == null ? undefined : (value as Record<string, unknown>)[part];
  }
  if (value == null && nearest) {
    return nearest instanceof ConsentRequiredError
      ? { status: 'not-shared', category: nearest.category, error: nearest }
      : { status: 'failed', error: nearest };
  }
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return { status: 'empty' };
  }
  return { status: 'shared', value };
}
