/** A small JSON client over fetch for API tests: answers status and parsed body, never throws on 4xx/5xx. */
export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface ApiClient {
  get<T = unknown>(path: string, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  post<T = unknown>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  patch<T = unknown>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  raw(path: string, init: RequestInit): Promise<ApiResponse>;
}

export function apiClient(baseUrl: string, token?: string): ApiClient {
  const send = async (path: string, init: RequestInit): Promise<ApiResponse> => {
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
  };
  const withBody = (method: string) => (path: string, body?: unknown, headers?: Record<string, string>) =>
    send(path, { method, body: body === undefined ? undefined : JSON.stringify(body), headers }) as never;
  return {
    get: (path, headers) => send(path, { method: 'GET', headers }) as never,
    post: withBody('POST'),
    patch: withBody('PATCH'),
    raw: send,
  };
}

/** The body of a 2xx answer; anything else stops the test's setup here, naming the step that failed. */
export function mustSucceed<T>(step: string, res: ApiResponse<T>): T {
  if (res.status < 200 || res.status > 299) {
    throw new Error(`setup failed: ${step} answered ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}
