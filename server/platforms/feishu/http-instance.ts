/**
 * The Feishu SDK's HTTP layer, replaced: our fetch with its timeout instead of an axios instance without one,
 * the body returned as the SDK expects (its default unwraps resp.data, §7.1 #61), and every failure, including
 * error codes inside HTTP 200 bodies, thrown as a PlatformError.
 */
import type { HttpInstance, HttpRequestOptions } from '@larksuiteoapi/node-sdk';
import { type HttpOptions, type HttpRequest, judge, send } from '../http';
import { readFeishuBody } from './errors';

type Method = HttpRequest['method'];

export function createLarkHttp(http: HttpOptions): HttpInstance {
  async function request<T = unknown, R = T, D = unknown>(options: HttpRequestOptions<D>): Promise<R> {
    const method = (options.method ?? 'GET').toUpperCase() as Method;
    const url = new URL(options.url ?? '');
    for (const [name, value] of Object.entries(options.params ?? {})) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== undefined && item !== null) url.searchParams.append(name, String(item));
      }
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (value !== undefined && value !== null) headers[name] = String(value);
    }
    const outgoing: HttpRequest = {
      operation: url.pathname.replace(/^\/open-apis\//, ''),
      method,
      url: url.toString(),
      headers,
      json: method === 'GET' || method === 'DELETE' ? undefined : options.data,
      secrets: secretsIn(headers, options.data),
    };
    const response = await send('feishu', http, outgoing);
    const error = judge('feishu', outgoing, response, readFeishuBody);
    if (error) throw error;
    return response.body as R;
  }
  type Options<D> = HttpRequestOptions<D> | undefined;
  return {
    request,
    get: <T, R, D>(url: string, options?: Options<D>) => request<T, R, D>({ ...options, url, method: 'GET' }),
    delete: <T, R, D>(url: string, options?: Options<D>) =>
      request<T, R, D>({ ...options, url, method: 'DELETE' }),
    head: <T, R, D>(url: string, options?: Options<D>) =>
      request<T, R, D>({ ...options, url, method: 'HEAD' }),
    options: <T, R, D>(url: string, options?: Options<D>) =>
      request<T, R, D>({ ...options, url, method: 'OPTIONS' }),
    post: <T, R, D>(url: string, data?: D, options?: Options<D>) =>
      request<T, R, D>({ ...options, url, data, method: 'POST' }),
    put: <T, R, D>(url: string, data?: D, options?: Options<D>) =>
      request<T, R, D>({ ...options, url, data, method: 'PUT' }),
    patch: <T, R, D>(url: string, data?: D, options?: Options<D>) =>
      request<T, R, D>({ ...options, url, data, method: 'PATCH' }),
  };
}

/** Tokens, secrets and codes this request carries, so no error message built from its answer repeats them. */
function secretsIn(headers: Record<string, string>, data: unknown): string[] {
  const secrets: string[] = [];
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.Authorization ?? headers.authorization ?? '');
  if (bearer?.[1]) secrets.push(bearer[1]);
  if (typeof data === 'object' && data !== null) {
    for (const [name, value] of Object.entries(data)) {
      if (/secret|code|token/i.test(name) && typeof value === 'string') secrets.push(value);
    }
  }
  return secrets;
}
