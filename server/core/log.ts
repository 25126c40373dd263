/** Structured JSON logs; every line written during a request carries its request id. */
import { AsyncLocalStorage } from 'node:async_hooks';
import { type DestinationStream, type Logger, pino } from 'pino';

interface RequestContext {
  requestId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.token',
  '*.secret',
  '*.appSecret',
  '*.clientSecret',
  '*.password',
];

/** Writes to stdout, or to `destination` (tests read what was logged). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'fieldloop' },
      redact: { paths: redactedPaths, censor: '[redacted]' },
      mixin: () => {
        const context = requestContext.getStore();
        return context ? { requestId: context.requestId } : {};
      },
    },
    destination,
  );
}

export type { Logger };
