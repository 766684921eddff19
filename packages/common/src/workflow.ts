import { ErrorCode, HubError } from './errors';

/** The moves a workflow allows, as "from → the states it may go to". */
export type Moves<S extends string> = Readonly<Record<S, readonly S[]>>;

/** What a refused move says: its message and the error's extensions (the states, never data). */
export type Refusal<S extends string> = (
  from: S,
  to: S,
) => { message: string; details: Record<string, unknown> };

/**
 * One workflow's transition table and its check: every state change of every workflow goes
 * through `require` (or `allows`, where a refused move is skipped rather than an error), so a
 * move the table does not list is refused the same way everywhere: INVALID_TRANSITION.
 */
export interface Workflow<S extends string> {
  readonly moves: Moves<S>;
  /** Whether the table lets `from` become `to`. */
  allows(from: S, to: S): boolean;
  /** Refuses a move the table does not list with INVALID_TRANSITION. */
  require(from: S, to: S): void;
}

/**
 * A workflow over `moves`. `what` names the thing that moves ("A case"); by default a refusal
 * says "A case that is CLOSED cannot become IN_SUPPORT." with the current state and the one
 * asked for. `refusal` words it otherwise, where a workflow's steps are named by their action.
 */
export function workflow<S extends string>(
  what: string,
  moves: Moves<S>,
  refusal: Refusal<S> = (from, to) => ({
    message: `${what} that is ${from} cannot become ${to}.`,
    details: { status: from, to },
  }),
): Workflow<S> {
  const allows = (from: S, to: S) => moves[from].includes(to);
  return {
    moves,
    allows,
    require(from, to) {
      if (!allows(from, to)) {
        const { message, details } = refusal(from, to);
        throw new HubError(ErrorCode.INVALID_TRANSITION, message, details);
      }
    },
  };
}
