/** Plain fetch helpers for talking to an emulator the way a platform client would. */
export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

async function read<T>(response: Response): Promise<Reply<T>> {
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
}

export async function getJson<T = Record<string, unknown>>(
  url: string,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  return read<T>(await fetch(url, { headers }));
}

export async function sendJson<T = Record<string, unknown>>(
  url: string,
  body: unknown,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  return read<T>(
    await fetch(url, {
      method: options.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify(body),
    }),
  );
}
