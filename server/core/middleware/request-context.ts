/**
 * Gives each request an id (kept from X-Request-Id when sane), the user's language, and one access-log line. Paths
 * that carry a bearer token after a known prefix (status-page links) are logged with the token cut off.
 */

import { pickLocale } from '@shared/domain/locale';
import type { i18n } from 'i18next';
import type { Next } from 'koa';
import type { AppContext } from '../http';
import { newId } from '../ids';
import { type Logger, requestContext } from '../log';

const acceptableRequestId = /^[\w.-]{8,100}$/;

export function requestScope(log: Logger, translations: i18n, options: { tokenPaths: readonly string[] }) {
  const loggedPath = (path: string) => {
    const prefix = options.tokenPaths.find((start) => path.startsWith(start));
    return prefix ? `${prefix}[redacted]` : path;
  };
  return (ctx: AppContext, next: Next) => {
    const incoming = ctx.get('x-request-id');
    const requestId = acceptableRequestId.test(incoming) ? incoming : newId();
    ctx.set('X-Request-Id', requestId);
    ctx.state.locale = pickLocale(ctx.get('accept-language'));
    ctx.state.t = translations.getFixedT(ctx.state.locale);
    return requestContext.run({ requestId }, async () => {
      const started = performance.now();
      try {
        await next();
      } finally {
        if (ctx.path !== '/healthz') {
          log.info(
            {
              method: ctx.method,
              path: loggedPath(ctx.path),
              status: ctx.status,
              ms: Math.round(performance.now() - started),
            },
            'request',
          );
        }
      }
    });
  };
}
