import {
  Kind,
  parse,
  print,
  type DocumentNode,
  type FieldNode,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

/** Runs one read under one subscriber's identity, naming everyone it is read for. */
export type RunAs<S> = (
  subscriber: S,
  query: string,
  variables: Record<string, unknown>,
  audience?: string[],
) => Promise<FormattedExecutionResult>;

interface Entry<S> {
  key: string;
  /** Entries with the same batch key may be read together in one operation. */
  batch: string;
  operation: OperationDefinitionNode | null;
  fragments: FragmentDefinitionNode[];
  subscriber: S;
  query: string;
  variables: Record<string, unknown>;
  audience: Set<string>;
  /** Not read before this time (ms), so that others asking for the same thing can join. */
  notBefore: number;
  /** When the read was first asked for, and how long it waits for the next to join (ms). */
  created: number;
  gather: number;
  promise: Promise<FormattedExecutionResult>;
  resolve(result: FormattedExecutionResult): void;
  reject(error: unknown): void;
}

/**
 * Live-update reads shared by subscriptions that would read exactly the same thing under the
 * same consent (the caller of `read` makes that the key). A read waits in a queue until one of
 * `concurrency` slots is free; every subscription asking for the same key meanwhile joins it, and
 * the read names all of them as its audience (so the access log records each recipient). Once a
 * read has started nobody joins it: a later subscriber gets a read of its own.
 *
 * Live events join naturally (every subscription asks within the same turn of the event loop).
 * Resuming subscribers do not: after a gateway restart they reconnect over a second or more, each
 * asking for its backlog ahead of consuming it. Their reads wait `gather` ms before they start,
 * and `gather` again whenever someone joins (ten times `gather` at most), so that a wave of
 * reconnecting subscribers shares one read per event and consent group.
 */
export class SharedReads<S> {
  private readonly pending = new Map<string, Entry<S>>();
  private readonly queue: Entry<S>[] = [];
  private running = 0;
  private scheduled = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly run: RunAs<S>,
    private readonly concurrency = 16,
    private readonly batchSize = 50,
  ) {}

  /** `group`: who may share (consent group); `key` must start with it. */
  read(
    group: string,
    key: string,
    subscriber: S,
    who: string,
    query: string,
    variables: Record<string, unknown>,
    gather = 0,
  ): Promise<FormattedExecutionResult> {
    let entry = this.pending.get(key);
    if (!entry) {
      let resolve!: Entry<S>['resolve'];
      let reject!: Entry<S>['reject'];
      const promise = new Promise<FormattedExecutionResult>((ok, fail) => {
        resolve = ok;
        reject = fail;
      });
      const document = parse(query);
      const operation =
        document.definitions.find(
          (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
        ) ?? null;
      const fragments = document.definitions.filter(
        (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
      );
      const batch = [
        group,
        JSON.stringify(variables),
        (operation?.variableDefinitions ?? []).map((d) => print(d)).join(','),
        fragments.map((f) => print(f)).join('\n'),
      ].join('\n');
      entry = {
        key,
        batch,
        operation,
        fragments,
        subscriber,
        query,
        variables,
        audience: new Set(),
        notBefore: Date.now() + gather,
        created: Date.now(),
        gather,
        promise,
        resolve,
        reject,
      };
      this.pending.set(key, entry);
      this.queue.push(entry);
      this.schedule();
    }
    if (gather === 0 && entry.notBefore > Date.now()) {
      // A live read joined a backlog read still waiting: it goes now, as live reads do.
      entry.notBefore = Date.now();
      this.schedule();
    } else if (gather > 0 && entry.gather > 0 && !entry.audience.has(who)) {
      // Someone resuming joined: wait a little longer for the next (ten times the wait at most).
      entry.notBefore = Math.min(entry.created + entry.gather * 10, Date.now() + entry.gather);
    }
    entry.audience.add(who);
    return entry.promise;
  }

  private schedule(): void {
    if (!this.scheduled) {
      this.scheduled = true;
      // After this turn's microtasks: everyone asking in the same turn joins the same read.
      setImmediate(() => {
        this.scheduled = false;
        this.pump();
      });
    }
  }

  /** The first queued read that may start now, taken out of the queue. */
  private takeReady(now: number): Entry<S> | undefined {
    const index = this.queue.findIndex((entry) => entry.notBefore <= now);
    return index < 0 ? undefined : this.queue.splice(index, 1)[0];
  }

  /** Wakes the pump when the earliest waiting read may start. */
  private wakeForWaiting(now: number): void {
    if (this.timer || this.running >= this.concurrency || this.queue.length === 0) {
      return;
    }
    const earliest = Math.min(...this.queue.map((entry) => entry.notBefore));
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.pump();
      },
      Math.max(earliest - now, 0),
    );
    this.timer.unref();
  }

  private pump(): void {
    const now = Date.now();
    for (;;) {
      const first = this.running < this.concurrency ? this.takeReady(now) : undefined;
      if (!first) {
        break;
      }
      const audienceKey = [...first.audience].sort().join(',');
      // Queued reads of the same group, variables, fragments and audience go in one operation
      // (a hundred resuming subscribers' backlog in a few requests instead of one per event).
      const batch = [first];
      // Bounded in size too: every document, even the gateway's own, passes the parser's token
      // limit.
      let size = first.query.length;
      for (let i = 0; i < this.queue.length && batch.length < this.batchSize;) {
        const candidate = this.queue[i];
        if (
          candidate.notBefore <= now &&
          size + candidate.query.length <= MAX_BATCH_CHARS &&
          candidate.batch === first.batch &&
          candidate.operation &&
          first.operation &&
          [...candidate.audience].sort().join(',') === audienceKey
        ) {
          batch.push(candidate);
          size += candidate.query.length;
          this.queue.splice(i, 1);
        } else {
          i += 1;
        }
      }
      for (const entry of batch) {
        this.pending.delete(entry.key);
      }
      this.running += 1;
      const audience = first.audience.size > 1 ? [...first.audience] : undefined;
      const done = () => {
        this.running -= 1;
        this.pump();
      };
      if (batch.length === 1) {
        this.run(first.subscriber, first.query, first.variables, audience)
          .then(first.resolve, first.reject)
          .finally(done);
        continue;
      }
      this.run(first.subscriber, combine(batch), first.variables, audience)
        .then(
          (result) => batch.forEach((entry, index) => entry.resolve(part(result, index))),
          (error: unknown) => batch.forEach((entry) => entry.reject(error)),
        )
        .finally(done);
    }
    this.wakeForWaiting(now);
  }
}

/** About 2,000 GraphQL tokens at most (the parser's default limit is 3,000). */
const MAX_BATCH_CHARS = 6000;

const prefix = (index: number) => `b${index}_`;

/** One operation reading every entry's root fields, each under its own alias prefix. */
function combine<S>(batch: Entry<S>[]): string {
  const first = batch[0].operation!;
  const roots = batch.flatMap((entry, index) =>
    entry.operation!.selectionSet.selections.map((selection) =>
      selection.kind === Kind.FIELD
        ? ({
            ...selection,
            alias: {
              kind: Kind.NAME,
              value: prefix(index) + (selection.alias?.value ?? selection.name.value),
            },
          } satisfies FieldNode)
        : selection,
    ),
  );
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      { ...first, selectionSet: { kind: Kind.SELECTION_SET, selections: roots } },
      ...batch[0].fragments,
    ],
  };
  return print(document);
}

/** Entry `index`'s own answer out of a combined one. */
function part(result: FormattedExecutionResult, index: number): FormattedExecutionResult {
  const mark = prefix(index);
  const data = result.data
    ? Object.fromEntries(
        Object.entries(result.data)
          .filter(([key]) => key.startsWith(mark))
          .map(([key, value]) => [key.slice(mark.length), value]),
      )
    : result.data;
  const errors = result.errors
    ?.filter((error) => !error.path || String(error.path[0]).startsWith(mark))
    .map((error) =>
      error.path
        ? { ...error, path: [String(error.path[0]).slice(mark.length), ...error.path.slice(1)] }
        : error,
    );
  return { ...result, data, ...(errors?.length ? { errors } : { errors: undefined }) };
}
