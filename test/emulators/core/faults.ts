/** One-shot faults a test arms for the next N calls of a route. */
import type { Context, Next } from 'koa';

export type FaultKind =
  | 'token_invalid'
  | 'server_error'
  | 'rate_limited'
  | 'throttled'
  | 'refused'
  | 'network';
export const faultKinds = [
  'token_invalid',
  'server_error',
  'rate_limited',
  'throttled',
  'refused',
  'network',
] as const;

export interface FaultSpec {
  /** A path ('/gettoken'), a path with `:params` ('/open-apis/im/v1/messages/:id'), optionally 'PATCH /…', or '*'. */
  route: string;
  times: number;
  with: FaultKind;
  /**
   * For `throttled`: which of the platform's throttle codes to answer (each platform has a default). For `refused`
   * (required): which permission or allow-list refusal, from the platform's own table of them.
   */
  code?: number;
}

/** What a call takes from an armed fault. */
export interface TakenFault {
  kind: FaultKind;
  code: number | undefined;
}

interface ArmedFault {
  method: string | null;
  path: RegExp | null;
  remaining: number;
  kind: FaultKind;
  code: number | undefined;
}

function compileRoute(route: string): Pick<ArmedFault, 'method' | 'path'> {
  const [first = '', second] = route.trim().split(/\s+/, 2);
  const method = second === undefined ? null : first.toUpperCase();
  const path = second ?? first;
  if (path === '*') return { method, path: null };
  const pattern = path
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`),
    )
    .join('/');
  return { method, path: new RegExp(`^${pattern}/?$`) };
}

export class FaultPlan {
  private armed: ArmedFault[] = [];

  arm(spec: FaultSpec): void {
    this.armed.push({
      ...compileRoute(spec.route),
      remaining: spec.times,
      kind: spec.with,
      code: spec.code,
    });
  }

  /** The fault the call takes, if any; each call uses up one of the first matching fault's turns. */
  take(method: string, path: string): TakenFault | null {
    const fault = this.armed.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (candidate.method === null || candidate.method === method) &&
        (candidate.path === null || candidate.path.test(path)),
    );
    if (!fault) return null;
    fault.remaining -= 1;
    this.armed = this.armed.filter((candidate) => candidate.remaining > 0);
    return { kind: fault.kind, code: fault.code };
  }

  clear(): void {
    this.armed = [];
  }
}

/** Writes the platform's body for a fault; `network` never reaches it. */
export type FaultRenderer = (ctx: Context, kind: Exclude<FaultKind, 'network'>, code?: number) => void;

export function faultMiddleware(plan: FaultPlan, render: FaultRenderer) {
  return async (ctx: Context, next: Next): Promise<void> => {
    if (ctx.path.startsWith('/__emu')) return next();
    const fault = plan.take(ctx.method, ctx.path);
    if (fault === null) return next();
    if (fault.kind === 'network') {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    render(ctx, fault.kind, fault.code);
  };
}
