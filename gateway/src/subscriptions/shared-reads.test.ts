import type { FormattedExecutionResult } from 'graphql';
import { SharedReads } from './shared-reads';

/**
 * How live-update reads are shared. After a gateway restart its subscribers reconnect over a
 * second or more; each asks for its backlog as soon as it is back. Reads that start at once are
 * shared only by those who asked in the same turn, so a hundred subscribers read the same backlog
 * many times over (and the access log records as many reads). Backlog reads wait to be shared.
 * The clock is jest's: the waits are exact, not raced.
 */
describe('shared live-update reads', () => {
  const runs: { query: string; audience: string[] }[] = [];
  let reads: SharedReads<string>;
  const ask = (who: string, query: string, gather: number) =>
    reads.read('centre', `centre\n${query}`, who, who, query, {}, gather);

  beforeEach(() => {
    runs.length = 0;
    jest.useFakeTimers();
    reads = new SharedReads<string>(async (subscriber, query, _variables, audience) => {
      runs.push({ query, audience: audience ?? [subscriber] });
      return { data: { access: { id: 'x' } } } satisfies FormattedExecutionResult;
    });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('shares a backlog read with a subscriber who reconnects a moment later', async () => {
    const first = ask('worker-1', '{ a: access }', 50);
    await jest.advanceTimersByTimeAsync(30);
    const second = ask('worker-2', '{ a: access }', 50);
    await jest.advanceTimersByTimeAsync(200);
    await Promise.all([first, second]);
    expect(runs).toEqual([{ query: '{ a: access }', audience: ['worker-1', 'worker-2'] }]);
  });

  it('starts a live read at once, ahead of backlog reads still waiting', async () => {
    void ask('worker-1', '{ backlog: access }', 50);
    void ask('worker-2', '{ live: access }', 0);
    await jest.advanceTimersByTimeAsync(1);
    expect(runs.map((run) => run.query)).toEqual(['{ live: access }']);
    await jest.advanceTimersByTimeAsync(100);
    expect(runs.map((run) => run.query)).toEqual(['{ live: access }', '{ backlog: access }']);
  });

  it('lets a live read that asks for a backlog read still waiting take it at once', async () => {
    const backlog = ask('worker-1', '{ a: access }', 50);
    await jest.advanceTimersByTimeAsync(10);
    const live = ask('worker-2', '{ a: access }', 0);
    await jest.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([{ query: '{ a: access }', audience: ['worker-1', 'worker-2'] }]);
    await Promise.all([backlog, live]);
  });

  it('waits longer while subscribers keep joining, but never more than ten times the wait', async () => {
    const asked = [ask('worker-0', '{ a: access }', 50)];
    for (let i = 1; runs.length === 0 && i < 100; i += 1) {
      await jest.advanceTimersByTimeAsync(40);
      if (runs.length === 0) {
        asked.push(ask(`worker-${i}`, '{ a: access }', 50));
      }
    }
    await Promise.all(asked);
    // Joined every 40 ms: each join put the start off by 50 ms, up to 500 ms after the first ask.
    expect(runs).toHaveLength(1);
    expect(runs[0].audience).toHaveLength(asked.length);
    expect(asked.length).toBeGreaterThan(10);
    expect(asked.length).toBeLessThanOrEqual(13);
  });
});
