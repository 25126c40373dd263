/** The one HTTP client: /api/v1, bearer token, Accept-Language, and every failure turned into an ApiError. */
import type { FieldErrors } from '@shared/i18n/validation';
import type { ErrorBody } from '@shared/schemas/common';
import axios, { type AxiosError } from 'axios';
import { currentLocale, i18n } from './i18n';
import { clearToken, getToken } from './session-token';

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

const http = axios.create({ baseURL: '/api/v1', timeout: 20_000 });

http.interceptors.request.use((config) => {
  const token = getToken();
  if (token) config.headers.set('Authorization', `Bearer ${token}`);
  config.headers.set('Accept-Language', currentLocale());
  return config;
});

function isErrorBody(data: unknown): data is ErrorBody {
  if (typeof data !== 'object' || data === null || !('error' in data)) return false;
  const { error } = data;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

function toApiError(failure: AxiosError): ApiError {
  const response = failure.response;
  if (!response) {
    return new ApiError({ status: 0, code: 'NETWORK', message: i18n.t('errors.NETWORK') });
  }
  if (isErrorBody(response.data)) {
    const { code, message, fields } = response.data.error;
    return new ApiError({ status: response.status, code, message, ...(fields ? { fields } : {}) });
  }
  const code = response.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL';
  return new ApiError({ status: response.status, code, message: i18n.t(`errors.${code}`) });
}

http.interceptors.response.use(undefined, (failure: unknown) => {
  const error = axios.isAxiosError(failure) ? toApiError(failure) : failure;
  // A 401 means the session is gone wherever it happens; clearing the token sends the app to login.
  if (error instanceof ApiError && error.status === 401) clearToken();
  return Promise.reject(error);
});

export type QueryParams = Record<string, string | number | boolean | undefined>;

export async function apiGet<T>(path: string, params?: QueryParams): Promise<T> {
  const response = await http.get<T>(path, { params });
  return response.data;
}

export async function apiPost<T>(path: string, body?: unknown): Promise<T> {
  const response = await http.post<T>(path, body);
  return response.data;
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
  const response = await http.post<unknown>(path, body);
  if ((response.status !== 201 && response.status !== 200) || !isStoredObject(response.data)) {
    throw new ApiError({ status: 0, code: 'UNEXPECTED_RESPONSE', message: i18n.t('errors.NETWORK') });
  }
  return { isReplay: response.status === 200, data: response.data as T };
}

/** Multipart upload; photos on a slow phone network need longer than the JSON timeout. */
export async function apiUpload<T>(path: string, form: FormData): Promise<T> {
  const response = await http.post<T>(path, form, { timeout: 120_000 });
  return response.data;
}

export async function apiPatch<T>(path: string, body: unknown): Promise<T> {
  const response = await http.patch<T>(path, body);
  return response.data;
}

export async function apiDelete(path: string): Promise<void> {
  await http.delete(path);
}

export async function apiPut<T>(path: string, body: unknown): Promise<T> {
  const response = await http.put<T>(path, body);
  return response.data;
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
