/** The one place an error becomes a response body: `{ error: { code, message, fields } }` in the user's language. */
import { Stream } from 'node:stream';
import type { Next } from 'koa';
import { AppError, type ErrorCode } from '../errors';
import type { AppContext } from '../http';
import type { Logger } from '../log';

/** Errors raised by Koa and its body parser carry an HTTP status; map the ones a client can cause. */
const codeByHttpStatus: Record<number, ErrorCode> = {
  400: 'MALFORMED_JSON',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

export function errorBodies(log: Logger) {
  return async (ctx: AppContext, next: Next) => {
    try {
      await next();
    } catch (thrown) {
      const error = toAppError(thrown);
      if (error.status >= 500) log.error({ err: thrown }, 'request failed');
      const t = ctx.state.t;
      ctx.status = error.status;
      // Refused before its body arrived (a role check ahead of an upload, a size limit): close rather than read the rest.
      if (!ctx.req.complete) ctx.set('connection', 'close');
      ctx.body = {
        error: {
          code: error.code,
          message: t(`errors.${error.code}`, error.params),
          ...(error.fields ? { fields: translateFields(error.fields, t) } : {}),
          ...error.details,
        },
      };
    }
  };
}

/**
 * A streamed body (an export, a file) that fails after it started can no longer become an error body: the
 * failure is logged and the connection cut, so the client sees a broken download instead of waiting forever
 * (a compressor in between would otherwise never see the end of its input).
 */
export function streamFailures(log: Logger) {
  return async (ctx: AppContext, next: Next) => {
    await next();
    const body: unknown = ctx.body;
    if (!(body instanceof Stream)) return;
    body.once('error', (error) => {
      log.error({ err: error }, 'response stream failed');
      ctx.res.destroy();
    });
  };
}

function toAppError(thrown: unknown): AppError {
  if (thrown instanceof AppError) return thrown;
  const status = (thrown as { status?: unknown; expose?: unknown } | null)?.status;
  if (typeof status === 'number' && codeByHttpStatus[status]) {
    return new AppError(codeByHttpStatus[status]);
  }
  return new AppError('INTERNAL');
}

/** Field values are either catalogue keys (from services) or text already localized by validation. */
function translateFields(fields: Record<string, string>, t: AppContext['state']['t']) {
  return Object.fromEntries(
    Object.entries(fields).map(([path, value]) => [path, t(value, { defaultValue: value })]),
  );
}
