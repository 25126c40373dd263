/**
 * The `/__emu/*` test-control routes every emulator shares. They are not part of any platform; browser-side
 * bridge doubles call them from the page's origin, hence the open CORS.
 */
import { Router } from '@koa/router';
import type { Context, Next } from 'koa';
import { z } from 'zod';
import type { AppCounters } from './counters';
import { type FaultSpec, faultKinds } from './faults';
import type { MessageFilter, SentMessage } from './outbox';

export interface CommonControls {
  sentMessages(filter?: MessageFilter): SentMessage[];
  counters(): Record<string, AppCounters>;
  failNext(fault: FaultSpec): void;
  invalidateTokens(): void;
  /** Moves the emulator's clock forward; answers the new time (epoch ms). */
  advanceClock(ms: number): number;
  now(): number;
  /** Forgets tokens, codes, messages, counters, faults and clock offset; registered orgs and apps stay. */
  reset(): void;
}

export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

export const failNextSchema = z.object({
  route: z.string().min(1),
  times: z.number().int().positive().default(1),
  with: z.enum(faultKinds),
  code: z.number().int().optional(),
});

const messageFilterSchema = z.object({
  appKey: z.string().optional(),
  recipient: z.string().optional(),
  msgType: z.string().optional(),
  delivered: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

export function parseControl<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) throw new ControlError(400, z.prettifyError(parsed.error));
  return parsed.data;
}

export const requestBody = (ctx: Context): unknown => ctx.request.body ?? {};

export async function controlCors(ctx: Context, next: Next): Promise<void> {
  if (!ctx.path.startsWith('/__emu')) return next();
  ctx.set('access-control-allow-origin', '*');
  ctx.set('access-control-allow-methods', 'GET, POST, OPTIONS');
  ctx.set('access-control-allow-headers', 'content-type');
  if (ctx.method === 'OPTIONS') {
    ctx.status = 204;
    return;
  }
  try {
    await next();
  } catch (error) {
    const status = error instanceof ControlError ? error.status : httpStatusOf(error);
    ctx.status = status;
    ctx.body = { error: error instanceof Error ? error.message : String(error) };
  }
}

export function commonControlRoutes(controls: CommonControls): Router {
  const router = new Router({ prefix: '/__emu' });
  router.get('/messages', (ctx) => {
    ctx.body = controls.sentMessages(parseControl(messageFilterSchema, ctx.query));
  });
  router.get('/counters', (ctx) => {
    ctx.body = controls.counters();
  });
  router.post('/fail-next', (ctx) => {
    controls.failNext(parseControl(failNextSchema, requestBody(ctx)));
    ctx.status = 204;
  });
  router.post('/invalidate-tokens', (ctx) => {
    controls.invalidateTokens();
    ctx.status = 204;
  });
  router.get('/clock', (ctx) => {
    ctx.body = { now: controls.now() };
  });
  router.post('/advance-clock', (ctx) => {
    const { ms } = parseControl(z.object({ ms: z.number().int().nonnegative() }), requestBody(ctx));
    ctx.body = { now: controls.advanceClock(ms) };
  });
  router.post('/reset', (ctx) => {
    controls.reset();
    ctx.status = 204;
  });
  return router;
}

/** Refuses a `throttled` or `refused` fault with a code the platform does not answer that way. */
export function checkThrottleCode(
  fault: FaultSpec,
  codes: Record<number, unknown>,
  refusals: Record<number, unknown> = {},
): FaultSpec {
  if (fault.with === 'throttled' && fault.code !== undefined && !(fault.code in codes)) {
    throw new ControlError(400, `not a throttle code of this platform: ${fault.code}`);
  }
  if (fault.with === 'refused' && (fault.code === undefined || !(fault.code in refusals))) {
    throw new ControlError(400, `not a refusal code of this platform: ${fault.code}`);
  }
  return fault;
}
