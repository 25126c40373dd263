/** The middleware chain every emulator shares: control CORS, armed faults, body parsing, routes, fallback. */
import { bodyParser } from '@koa/bodyparser';
import type { Router } from '@koa/router';
import Koa, { type Context, type Next } from 'koa';
import { controlCors } from './control';
import { type FaultPlan, type FaultRenderer, faultMiddleware } from './faults';

export interface EmulatorAppParts {
  faults: FaultPlan;
  renderFault: FaultRenderer;
  /** A body the platform could not parse. */
  renderBadRequest(ctx: Context, message: string): void;
  /** What the platform answers for a path it does not have. */
  renderUnknownPath(ctx: Context): void;
  routers: Router[];
}

interface HttpError {
  status?: number;
  expose?: boolean;
  message?: string;
}

export function buildEmulatorApp(parts: EmulatorAppParts): Koa {
  const app = new Koa();
  app.silent = true;
  app.use(controlCors);
  app.use(async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (error) {
      if (ctx.path.startsWith('/__emu')) throw error;
      const { status, message } = (error ?? {}) as HttpError;
      if (status !== undefined && status >= 400 && status < 500) {
        parts.renderBadRequest(ctx, message ?? 'bad request');
        return;
      }
      parts.renderFault(ctx, 'server_error');
    }
  });
  app.use(faultMiddleware(parts.faults, parts.renderFault));
  app.use(bodyParser({ enableTypes: ['json', 'form', 'text', 'xml'], jsonLimit: '1mb' }));
  for (const router of parts.routers) {
    // No allowedMethods(): a wrong method gets the platform's unknown-path answer, as on the real hosts.
    app.use(router.routes());
  }
  app.use((ctx) => {
    if (ctx.path.startsWith('/__emu')) {
      ctx.status = 404;
      ctx.body = { error: `no control route ${ctx.method} ${ctx.path}` };
      return;
    }
    parts.renderUnknownPath(ctx);
  });
  return app;
}
