/** The one HTTP client: /api/v1, bearer token, Accept-Language, and every failure turned into an ApiError. */
import { apiUrlOf, type QueryParams } from '@shared/domain/first-requests';
import type { FieldErrors } from '@shared/i18n/validation';
import type { ErrorBody } from '@shared/schemas/common';
import { currentLocale, i18n } from './i18n';
import { clearToken, getToken, onTokenChange } from './session-token';

/** What every failed request becomes: the server's stable code, a message in the user's language, field problems. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;

  constructor(options: { status: number; code: string; message: string; fields?: FieldErrors }) {
    super(options.message);
    this.status = options.status;
    this.code = options.code;
    this.fields = options.fields ?? {};
  }
}

const jsonTimeoutMs = 20_000;
/** Multipart upload; photos on a slow phone network need longer than the JSON timeout. */
const uploadTimeoutMs = 120_000;
/** A list's export streams every row of it; a large one on a phone network takes minutes. */
const downloadTimeoutMs = 300_000;

function isErrorBody(data: unknown): data is ErrorBody {
  if (typeof data !== 'object' || data === null || !('error' in data)) return false;
  const { error } = data;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

function toApiError(status: number, data: unknown): ApiError {
  if (isErrorBody(data)) {
    const { code, message, fields } = data.error;
    return new ApiError({ status, code, message, ...(fields ? { fields } : {}) });
  }
  const code = status >= 500 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL';
  return new ApiError({ status, code, message: i18n.t(`errors.${code}`) });
}

/** The body as JSON when it is JSON; a captive portal's HTML stays text, so callers can tell it is not ours. */
async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return '';
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export type { QueryParams };

interface Sent {
  status: number;
  data: unknown;
  headers: Headers;
}

/** The headers of every request; the page's own early GETs (server/core/page-head.ts) send the same. */
function headersOf(): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json, text/plain, */*' };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  headers['Accept-Language'] = currentLocale();
  return headers;
}

async function send(
  method: string,
  path: string,
  options: { params?: QueryParams; body?: unknown; timeoutMs?: number; isFile?: boolean } = {},
): Promise<Sent> {
  const headers = headersOf();
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs ?? jsonTimeoutMs);
  try {
    const response = fetch(apiUrlOf(path, options.params), {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
      signal: abort.signal,
    });
    return await answerOf(response, options.isFile ?? false);
  } finally {
    clearTimeout(timer);
  }
}

/** An answer's data or the ApiError it stands for; no answer (offline, refused, reset, timed out): NETWORK. */
async function answerOf(answer: Promise<Response>, isFile: boolean): Promise<Sent> {
  let response: Response;
  let data: unknown;
  try {
    response = await answer;
    data = response.ok && isFile ? await response.blob() : await readBody(response);
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', message: i18n.t('errors.NETWORK') });
  }
  if (response.ok) return { status: response.status, data, headers: response.headers };
  const error = toApiError(response.status, data);
  // A 401 means the session is gone wherever it happens; clearing the token sends the app to login.
  if (error.status === 401) clearToken();
  throw error;
}

/** GETs sent before React runs, for the screen that is opening, by address; each answer is taken once. */
const earlyAnswers = new Map<string, Promise<Sent>>();
/** An answer nobody took by then (the screen asked for something else) is not handed out later as fresh. */
const earlyAnswerTtlMs = 10_000;

// Answers fetched for one session are never handed to the next.
onTokenChange(() => earlyAnswers.clear());

declare global {
  interface Window {
    /** The GETs the page itself started, by address, before any of the app's code had arrived. */
    fieldloopEarly?: Record<string, Promise<Response>>;
  }
}

/** Waits no longer for a GET the page started than for one of its own; then the screen asks anew. */
function withinTimeout(answer: Promise<Response>): Promise<Response> {
  return Promise.race([
    answer,
    new Promise<Response>((_, reject) => setTimeout(() => reject(new Error('timeout')), jsonTimeoutMs)),
  ]);
}

/**
 * Sends a GET the opening screen is about to make (`url` as apiUrlOf writes it), in parallel with "who am I" instead
 * of after it, or takes the one the page already sent; the screen's first `apiGet` of the same address takes this
 * answer. A failure is left to that `apiGet`, which asks again.
 */
export function sendEarly(url: string): void {
  if (earlyAnswers.has(url)) return;
  const startedByPage = window.fieldloopEarly?.[url];
  const answer = startedByPage
    ? answerOf(withinTimeout(startedByPage), false)
    : answerOf(withinTimeout(fetch(url, { headers: headersOf() })), false);
  answer.catch(() => undefined);
  earlyAnswers.set(url, answer);
  setTimeout(() => earlyAnswers.delete(url), earlyAnswerTtlMs);
}

async function takeEarlyAnswer(url: string): Promise<Sent | undefined> {
  const answer = earlyAnswers.get(url);
  if (!answer) return undefined;
  earlyAnswers.delete(url);
  try {
    return await answer;
  } catch {
    return undefined;
  }
}

export async function apiGet<T>(path: string, params?: QueryParams): Promise<T> {
  const early = await takeEarlyAnswer(apiUrlOf(path, params));
  return (early ?? (await send('GET', path, params ? { params } : {}))).data as T;
}

export async function apiPost<T>(path: string, body?: unknown): Promise<T> {
  return (await send('POST', path, { body })).data as T;
}

/** A create, as the server answered it: made now (201), or the stored object of an earlier send of the same client id (200). */
export interface Created<T> {
  isReplay: boolean;
  data: T;
}

function isStoredObject(data: unknown): data is { id: string } {
  return typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'string';
}

/**
 * POST of an idempotent create. Only the server's 201 or 200 with the stored object counts as done: a captive
 * portal or a WebView error page also answers 2xx, and taking that for success would lose the submission.
 */
export async function apiCreate<T extends { id: string }>(path: string, body: unknown): Promise<Created<T>> {
  const response = await send('POST', path, { body });
  if ((response.status !== 201 && response.status !== 200) || !isStoredObject(response.data)) {
    throw new ApiError({ status: 0, code: 'UNEXPECTED_RESPONSE', message: i18n.t('errors.NETWORK') });
  }
  return { isReplay: response.status === 200, data: response.data as T };
}

export async function apiUpload<T>(path: string, form: FormData): Promise<T> {
  return (await send('POST', path, { body: form, timeoutMs: uploadTimeoutMs })).data as T;
}

export async function apiPatch<T>(path: string, body: unknown): Promise<T> {
  return (await send('PATCH', path, { body })).data as T;
}

export async function apiDelete(path: string): Promise<void> {
  await send('DELETE', path);
}

export async function apiPut<T>(path: string, body: unknown): Promise<T> {
  return (await send('PUT', path, { body })).data as T;
}

/**
 * Fetches a file with the session's token (a plain link cannot send it) and saves it under the name the server
 * gives. A blob link is what works in every host's WebView as well as in a desk browser.
 */
export async function apiDownload(path: string, params?: QueryParams): Promise<void> {
  const response = await send('GET', path, {
    ...(params ? { params } : {}),
    timeoutMs: downloadTimeoutMs,
    isFile: true,
  });
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(response.data as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename ?? path.split('/').join('-');
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
