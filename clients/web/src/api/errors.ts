import type { CombinedError } from 'urql';

/** The category a field was refused for (CONSENT_REQUIRED), or null when it was not refused. */
/**
 * The items of a list the API answered, without those withheld from you: a list of nullable
 * items keeps an item you may not see as null at its place, with an error naming the category.
 */
export const visible = <T>(items: readonly (T | null | undefined)[]): T[] =>
  items.filter((item): item is T => item != null);

export function refusedCategory(
  error: CombinedError | undefined,
  path: readonly (string | number)[],
): string | null {
  for (const e of error?.graphQLErrors ?? []) {
    if (e.extensions?.code !== 'CONSENT_REQUIRED' || !e.path) {
      continue;
    }
    const at = e.path;
    // Refused at this field or above it (a whole refused object covers its fields).
    if (at.length <= path.length && at.every((part, i) => String(part) === String(path[i]))) {
      return String(e.extensions.category ?? '');
    }
  }
  return null;
}

export interface FieldProblem {
  code: string;
  message: string;
  field?: string;
  extensions: Record<string, unknown>;
}

/** The errors of a mutation, with the input field each one names (for showing it next to it). */
export function problemsOf(error: CombinedError | undefined): FieldProblem[] {
  if (!error) {
    return [];
  }
  if (error.networkError && !error.graphQLErrors.length) {
    return [{ code: 'NETWORK', message: error.networkError.message, extensions: {} }];
  }
  return error.graphQLErrors.flatMap((e) => {
    const extensions = (e.extensions ?? {}) as Record<string, unknown>;
    const code = String(extensions.code ?? 'ERROR');
    if (Array.isArray(extensions.problems)) {
      // Input validation: one problem per field (the last part of its path names it).
      return (extensions.problems as { field: string; rules: string[] }[]).map((problem) => ({
        code,
        message: problem.rules.join('; '),
        field: problem.field.split('.').pop(),
        extensions,
      }));
    }
    const field =
      typeof extensions.field === 'string'
        ? extensions.field
        : typeof extensions.argumentName === 'string'
          ? extensions.argumentName
          : undefined;
    return [{ code, message: e.message, field, extensions }];
  });
}
