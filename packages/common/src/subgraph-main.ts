import { loadConfigOrExit, subgraphConfigSchema } from './config';
import type { SubgraphDefinition } from './federated-schema';
import { createLogger, routeConsole } from './logger';
import { DEFAULT_PORTS, onShutdown } from './process';
import { createSubgraphServer } from './subgraph';

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
