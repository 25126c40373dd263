/**
 * JSON over HTTP to the platforms with Node's fetch: a timeout on every call, and every failure turned into a
 * PlatformError whose message names the operation but never a secret, token or login code.
 */
import type { Platform } from '@shared/domain/platforms';
import type { z } from 'zod';
import { PlatformError, type PlatformErrorKind } from './types';

export interface HttpOptions {
  timeoutMs: number;
  fetch: typeof fetch;
}

/** Where the platform SDKs' own log lines go (a pino logger fits); they are redacted before they get there. */
export interface PlatformLogger {
  debug(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface HttpRequest {
  /** Short name for messages and logs, e.g. 'gettoken'; never the URL (its query may hold secrets). */
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  url: string;
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  headers?: Record<string, string>;
  /** Values to blank out of any message built from the response (tokens, secrets, codes sent in this request). */
  secrets?: readonly string[];
}

export interface HttpResponse {
  status: number;
  /** The parsed body, or undefined when it was not JSON (an HTML error page, DingTalk's IP ban page). */
  body: unknown;
}

/** What a platform's error reader makes of a response body; `kind` unset means "an error, nothing special". */
export interface BodyVerdict {
  code: string;
  message: string;
  kind?: PlatformErrorKind;
}

/** Returns null when the body reports success (or carries no error fields). */
export type BodyReader = (body: unknown, status: number) => BodyVerdict | null;

export const defaultTimeoutMs = 5_000;

/** Sends the request; throws 'unavailable' on network failure or timeout. Does not judge the status. */
export async function send(
  platform: Platform,
  options: HttpOptions,
  request: HttpRequest,
): Promise<HttpResponse> {
  const url = new URL(request.url);
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  const init: RequestInit = {
    method: request.method,
    headers,
    signal: AbortSignal.timeout(options.timeoutMs),
  };
  if (request.json !== undefined) {
    const hasType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
    if (!hasType) headers['content-type'] = 'application/json; charset=utf-8';
    init.body = JSON.stringify(request.json);
  }
  try {
    const response = await options.fetch(url, init);
    const text = await response.text();
    return { status: response.status, body: parseJson(text) };
  } catch (error) {
    const reason = isTimeout(error)
      ? `timed out after ${options.timeoutMs} ms`
      : `network error (${causeOf(error)})`;
    throw new PlatformError(platform, 'unavailable', 'network', `${request.operation}: ${reason}`);
  }
}

/** Sends the request and returns the body as an object when both the status and the body say success. */
export async function callJson(
  platform: Platform,
  options: HttpOptions,
  request: HttpRequest,
  readBody: BodyReader,
): Promise<Record<string, unknown>> {
  const response = await send(platform, options, request);
  const error = judge(platform, request, response, readBody);
  if (error) throw error;
  return response.body as Record<string, unknown>;
}

/** The PlatformError a response amounts to, or null for success. Body codes win over the HTTP status. */
export function judge(
  platform: Platform,
  request: HttpRequest,
  response: HttpResponse,
  readBody: BodyReader,
): PlatformError | null {
  const { status, body } = response;
  const verdict = readBody(body, status);
  const fail = (kind: PlatformErrorKind, code: string, message: string) => {
    const text = message.includes(code) ? message : `${message} (${code})`;
    return new PlatformError(platform, kind, code, redact(`${request.operation}: ${text}`, request.secrets));
  };
  if (verdict?.kind) return fail(verdict.kind, verdict.code, verdict.message);
  if (status >= 500) return fail('unavailable', String(status), verdict?.message ?? `HTTP ${status}`);
  if (status === 429) return fail('rate_limited', verdict?.code ?? '429', verdict?.message ?? 'HTTP 429');
  if (!isRecord(body)) {
    return status >= 400
      ? fail('rejected', String(status), `HTTP ${status}`)
      : fail('unavailable', String(status), 'response was not JSON');
  }
  if (verdict) return fail('rejected', verdict.code, verdict.message);
  if (status >= 400) return fail('rejected', String(status), `HTTP ${status}`);
  return null;
}

/** Parses a success body's shape; a 200 that lacks what the docs promise is 'rejected' (retrying will not help). */
export function readShape<S extends z.ZodType>(
  platform: Platform,
  operation: string,
  schema: S,
  body: unknown,
): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
  throw new PlatformError(
    platform,
    'rejected',
    'unexpected_response',
    `${operation}: unexpected response (${fields})`,
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Blanks every secret out of `text`; platform messages sometimes echo what was sent. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join('[redacted]');
  }
  return result.length > 300 ? `${result.slice(0, 300)}…` : result;
}

export function trimBaseUrl(baseUrl: string | null, fallback: string): string {
  return (baseUrl ?? fallback).replace(/\/+$/, '');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function causeOf(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (isRecord(cause) && typeof cause.code === 'string') return cause.code;
  return error instanceof Error ? error.name : 'unknown';
}
