import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FormEvent } from 'react';
import { type AnyVariables, useMutation } from 'urql';
import { type FieldProblem, problemsOf } from '../../api/errors';
import { useDraft } from '../../auth/drafts';
import type { EnumName } from '../../ui/forms';
import { fieldError, useProblemText } from '../../ui/Problems';

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

/** The keys of a form whose values are text, the ones a TextInput or a NativeSelect is bound to. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/**
 * A step's form: its draft (kept across a 401, see useDraft), the step, each field's problem
 * (`error`, worded with `stateOf` naming the state that refused a move), and the binding of its
 * inputs. `input(key)` suits TextInput and NativeSelect (their onChange hands over the event),
 * `choice(key)` EnumSelect, EnumChecks and PartnerSelect (theirs hands over the value); each
 * shows the key's value, writes that key, and shows the problem of the API's field of the same
 * name, or of `field`.
 */
export function useStepForm<T extends object, Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  refresh: () => void,
  draft: string,
  initial: T,
  stateOf?: EnumName,
) {
  const text = useProblemText(stateOf);
  const [form, setForm, clearForm] = useDraft(draft, initial);
  const step = useStep(document, refresh);
  const error = (field: string) => fieldError(step.problems, field, text);
  const set = <K extends keyof T>(key: K, value: T[K]) => {
    const patch: Partial<T> = {};
    patch[key] = value;
    setForm(patch);
  };
  const choice = <K extends keyof T & string>(key: K, field: string = key) => ({
    value: form[key],
    onChange: (value: T[K]) => set(key, value),
    error: error(field),
  });
  const input = (key: TextKey<T>, field: string = key) => ({
    value: form[key] as string,
    onChange: (event: { currentTarget: { value: string } }) =>
      set(key, event.currentTarget.value as T[TextKey<T>]),
    error: error(field),
  });
  return { form, setForm, clearForm, step, error, input, choice };
}

/** A `datetime-local` input's value as an ISO instant, or '' (refused by the API as invalid). */
export const instant = (local: string): string =>
  local && !Number.isNaN(new Date(local).getTime()) ? new Date(local).toISOString() : '';
