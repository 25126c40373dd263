/** Koa types for our request state, and reading validated input from a request. */
import type { Router, RouterContext } from '@koa/router';
import type { Locale } from '@shared/domain/locale';
import type { TFunction } from '@shared/i18n';
import { parseLocalized } from '@shared/i18n/validation';
import type { Context, Middleware, ParameterizedContext } from 'koa';
import type { z } from 'zod';
import type { Actor } from './auth/actor';
import type { TenantDb } from './db';
import { AppError } from './errors';

export interface AppState {
  locale: Locale;
  t: TFunction;
  actor: Actor;
  tdb: TenantDb;
}

export type AppContext = ParameterizedContext<AppState>;
export type RouteContext = RouterContext<AppState>;
export type ApiRouter = Router<AppState>;

/**
 * A feature registers its routes on the public router (no sign-in) and the private one (signed in). A private GET
 * whose JSON is made only from the tenant's rows, the asker, their language and the URL may put `kept` before its
 * handler, so repeated asks are answered from memory until the tenant's data changes (core/middleware/kept-answers).
 */
export interface Routers {
  public: ApiRouter;
  private: ApiRouter;
  kept: Middleware<AppState>;
}

export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  ctx: Pick<AppContext, 'state'>,
): z.output<S> {
  const withNul = fieldsWithNul(input);
  if (withNul.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      Object.fromEntries(withNul.map((path) => [path, 'validation.invalid'])),
    );
  }
  const parsed = parseLocalized(schema, input, ctx.state.t);
  if (!parsed.ok) throw new AppError('VALIDATION_FAILED', parsed.fields);
  return parsed.data;
}

/**
 * Dotted paths of the strings holding a NUL character: no text of ours means one, and PostgreSQL cannot store it.
 * Walked with a list rather than recursion, so a body nested thousands deep cannot exhaust the stack.
 */
function fieldsWithNul(input: unknown): string[] {
  const found: string[] = [];
  const pending: [value: unknown, path: string][] = [[input, '']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'string' && value.includes('\u0000')) found.push(path || '_');
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) pending.push([child, path ? `${path}.${key}` : key]);
  }
  return found;
}

export const readBody = <S extends z.ZodType>(ctx: AppContext, schema: S): z.output<S> =>
  validate(schema, (ctx.request as Context['request'] & { body?: unknown }).body ?? {}, ctx);

export const readQuery = <S extends z.ZodType>(ctx: AppContext, schema: S): z.output<S> =>
  validate(schema, ctx.query, ctx);

/** Route params are ids; anything that is not a well-formed id cannot exist, so it answers 404. */
export function readId(ctx: RouteContext, name = 'id'): string {
  const value = ctx.params[name] ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
    throw new AppError('NOT_FOUND');
  return value.toLowerCase();
}

/** The request body's bytes as received, refused with `tooLarge()` once past `limitBytes`. */
export async function readRawBytes(
  ctx: AppContext,
  limitBytes: number,
  tooLarge: () => AppError = () => new AppError('PAYLOAD_TOO_LARGE'),
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The request body exactly as received, for signature checks; the JSON body parser skips routes that use this. */
export async function readRawBody(ctx: AppContext, limitBytes: number): Promise<string> {
  return (await readRawBytes(ctx, limitBytes)).toString('utf8');
}
