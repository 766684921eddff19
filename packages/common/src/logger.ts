import { inspect } from 'node:util';
import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Request bodies, variables and headers never reach a log line: they can
 * hold personal data. Only ids, operation names, codes and timings are logged.
 */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: {
      paths: [
        'req.headers.authorization',
        'headers.authorization',
        '*.authorization',
        'variables',
        '*.variables',
      ],
      censor: '[redacted]',
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

const STACK_FRAME = /^\s+at .*$/gm;

/**
 * What libraries print with `console` — graphql-ws's socket and message-handling faults, knex's
 * "Connection Error" while the database is away — goes through the process's logger as one JSON
 * line, `console: true`; with `stacks: false` (production) without a stack frame. Called once by
 * each process's main, never by code that runs inside tests' processes.
 */
export function routeConsole(log: Logger, options: { stacks: boolean }): void {
  const clean = (text: string) =>
    options.stacks
      ? text
      : text
          .replace(STACK_FRAME, '')
          .replace(/\n{2,}/g, '\n')
          .trimEnd();
  const describe = (error: Error) => ({
    kind: error.name,
    message: clean(error.message),
    ...(options.stacks && error.stack ? { stack: error.stack } : {}),
  });
  const route =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const errors = args.filter((arg): arg is Error => arg instanceof Error).map(describe);
      const text = args
        .filter((arg) => !(arg instanceof Error))
        .map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 2 })))
        .join(' ');
      log[level](
        {
          console: true,
          ...(errors.length ? { err: errors.length === 1 ? errors[0] : errors } : {}),
        },
        clean(text).slice(0, 2000),
      );
    };
  console.debug = route('debug');
  console.log = route('info');
  console.info = route('info');
  console.warn = route('warn');
  console.error = route('error');
  console.trace = route('warn');
}
