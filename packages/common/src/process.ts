import type { SubgraphName } from './bootstrap';
import type { Logger } from './logger';

/** Default ports of the subgraphs; the gateway's is 4000. */
export const DEFAULT_PORTS: Record<SubgraphName, number> = {
  cases: 4001,
  partners: 4002,
  services: 4003,
  legal: 4004,
  statistics: 4005,
};

/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits. A second signal exits at once, so a stuck
 * shutdown never needs `kill -9`.
 */
export function onShutdown(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.exit(130);
    }
    stopping = true;
    log.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error instanceof Error ? error.name : String(error) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  // Started by a supervisor over IPC (the one-command start): stop when it goes away.
  if (process.send) {
    process.on('disconnect', () => handler('SIGTERM'));
  }
}
