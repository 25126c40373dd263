/**
 * Serialises a JSON body once. Koa stringifies an object body to answer its length (the compressor asks) and again to
 * send it; a string body is measured and sent as it is.
 */
import { Stream } from 'node:stream';
import type { Next } from 'koa';
import type { AppContext } from '../http';

export function jsonBodyOnce() {
  return async (ctx: AppContext, next: Next) => {
    await next();
    const body: unknown = ctx.body;
    if (body === null || typeof body !== 'object' || Buffer.isBuffer(body) || body instanceof Stream) return;
    if (!ctx.response.is('json')) return;
    ctx.body = JSON.stringify(body);
  };
}
