/**
 * Background work done at once and then every `everyMs` until stopped: the next round is timed
 * from the end of the last, so rounds never overlap. `round` handles its own failures (a round
 * that throws would end the repetition). `stop` waits for a round under way to finish; a round
 * that has much to do can ask `stopping()` to end early.
 */
export function repeatEvery(
  round: (stopping: () => boolean) => Promise<void>,
  everyMs: number,
): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const next = async () => {
    await round(() => stopped);
    if (!stopped) {
      timer = setTimeout(() => (running = next()), everyMs);
      timer.unref();
    }
  };
  running = next();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
