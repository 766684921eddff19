import { loadConfigOrExit } from '@hub/common/config';
import { createLogger, routeConsole } from '@hub/common/logger';
import { onShutdown } from '@hub/common/process';
import { gatewayConfigSchema } from './config';
import { createGateway } from './gateway';

async function main(): Promise<void> {
  const config = loadConfigOrExit(gatewayConfigSchema, process.env);
  const log = createLogger('gateway', config.LOG_LEVEL);
  routeConsole(log, { stacks: config.HUB_ENV !== 'production' });
  try {
    const gateway = await createGateway(config, { logger: log });
    const url = await gateway.listen(config.PORT, config.HOST);
    log.info({ url }, 'gateway listening');
    onShutdown(log, () => gateway.close());
  } catch (error) {
    log.fatal(
      {
        err: error instanceof Error ? { kind: error.name, message: error.message } : String(error),
      },
      'gateway failed to start',
    );
    process.exit(1);
  }
}

void main();
