import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; details of failures go here (with the request id), never to clients. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'mediation-hub' } });
}
