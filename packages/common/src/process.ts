import type { SubgraphName } from './bootstrap';
import { loadConfigOrExit, subgraphConfigSchema } from './config';
import { createLogger, routeConsole, type Logger } from './logger';
import type { SubgraphDefinition } from './federated-schema';
import { createSubgraphServer } from './subgraph';

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

/** The whole of a subgraph's `main.ts`: configuration from the environment, listen, stop on signal. */
export async function runSubgraphMain(
  definition: SubgraphDefinition,
  env: Record<string, string | undefined>,
): Promise<void> {
  const config = loadConfigOrExit(
    subgraphConfigSchema({ port: DEFAULT_PORTS[definition.name] }),
    env,
  );
  const log = createLogger(`subgraph-${definition.name}`, config.LOG_LEVEL);
  routeConsole(log, { stacks: config.HUB_ENV !== 'production' });
  try {
    const server = await createSubgraphServer(definition, config, { logger: log });
    const url = await server.listen(config.PORT, config.HOST);
    log.info({ url }, 'subgraph listening');
    onShutdown(log, () => server.close());
  } catch (error) {
    log.fatal(
      {
        err: error instanceof Error ? { kind: error.name, message: error.message } : String(error),
      },
      'subgraph failed to start',
    );
    process.exit(1);
  }
}
