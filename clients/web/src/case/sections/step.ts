import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FormEvent } from 'react';
import { type AnyVariables, useMutation } from 'urql';
import { type FieldProblem, problemsOf } from '../../api/errors';

/**
 * One workflow step of the case page: the mutation, its problems (for fieldError/FormProblems)
 * and a submit handler that refreshes the case when the step was taken.
 */
export function useStep<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  refresh: () => void,
) {
  const [result, run] = useMutation<Data, Variables>(document);
  const problems: FieldProblem[] = problemsOf(result.error);
  const take = async (variables: Variables): Promise<boolean> => {
    const done = await run(variables);
    if (done.data) {
      refresh();
      return true;
    }
    return false;
  };
  const submit = (variables: () => Variables, then?: () => void) => async (event: FormEvent) => {
    event.preventDefault();
    if ((await take(variables())) && then) {
      then();
    }
  };
  return { problems, fetching: result.fetching, take, submit };
}

/** A `datetime-local` input's value as an ISO instant, or '' (refused by the API as invalid). */
export const instant = (local: string): string =>
  local && !Number.isNaN(new Date(local).getTime()) ? new Date(local).toISOString() : '';
