/**
 * A fixed-window limit per client address, for doors that must not be hammered (sign-in). In-process: each
 * server instance counts on its own, which bounds abuse per instance without a shared store.
 */
import type { Next } from 'koa';
import { AppError } from './errors';
import type { AppContext } from './http';

export interface RateLimitOptions {
  /** Requests allowed per window and address. */
  max: number;
  windowMs: number;
}

export function rateLimit({ max, windowMs }: RateLimitOptions) {
  const counts = new Map<string, { count: number; resetAt: number }>();
  return async (ctx: AppContext, next: Next) => {
    const now = Date.now();
    if (counts.size > 10_000) for (const [key, entry] of counts) if (entry.resetAt <= now) counts.delete(key);
    const entry = counts.get(ctx.ip);
    if (!entry || entry.resetAt <= now) {
      counts.set(ctx.ip, { count: 1, resetAt: now + windowMs });
    } else if (++entry.count > max) {
      ctx.set('Retry-After', String(Math.ceil((entry.resetAt - now) / 1000)));
      throw new AppError('RATE_LIMITED');
    }
    await next();
  };
}
