import type { FormattedExecutionResult } from 'graphql';

/** Runs one read under one subscriber's identity, naming everyone it is read for. */
export type RunAs<S> = (
  subscriber: S,
  query: string,
  variables: Record<string, unknown>,
  audience?: string[],
) => Promise<FormattedExecutionResult>;

interface Entry<S> {
  key: string;
  subscriber: S;
  query: string;
  variables: Record<string, unknown>;
  audience: Set<string>;
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
 * Live events join naturally (every subscription asks within the same turn of the event loop);
 * resuming subscribers ask for their backlog ahead of consuming it, so a hundred of them
 * reconnecting at once share one read per event and consent group instead of one each.
 */
export class SharedReads<S> {
  private readonly pending = new Map<string, Entry<S>>();
  private readonly queue: Entry<S>[] = [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly run: RunAs<S>,
    private readonly concurrency = 16,
  ) {}

  read(
    key: string,
    subscriber: S,
    who: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<FormattedExecutionResult> {
    let entry = this.pending.get(key);
    if (!entry) {
      let resolve!: Entry<S>['resolve'];
      let reject!: Entry<S>['reject'];
      const promise = new Promise<FormattedExecutionResult>((ok, fail) => {
        resolve = ok;
        reject = fail;
      });
      entry = { key, subscriber, query, variables, audience: new Set(), promise, resolve, reject };
      this.pending.set(key, entry);
      this.queue.push(entry);
      this.schedule();
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

  private pump(): void {
    while (this.running < this.concurrency && this.queue.length > 0) {
      const entry = this.queue.shift()!;
      this.pending.delete(entry.key);
      this.running += 1;
      const audience = entry.audience.size > 1 ? [...entry.audience] : undefined;
      this.run(entry.subscriber, entry.query, entry.variables, audience)
        .then(entry.resolve, entry.reject)
        .finally(() => {
          this.running -= 1;
          this.pump();
        });
    }
  }
}
