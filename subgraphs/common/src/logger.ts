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
