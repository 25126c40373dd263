/** How a failed send is treated: try again later (network, server trouble, signed out) or stop and show why. */

export type SendOutcome = { retry: true } | { retry: false; message: string };

interface FailureLike {
  status?: unknown;
  message?: unknown;
  fields?: unknown;
}

/** The server's message, with the field problems it named (already in the user's language). */
function messageOf(failure: FailureLike): string {
  const message = typeof failure.message === 'string' ? failure.message : String(failure);
  const fields =
    typeof failure.fields === 'object' && failure.fields !== null
      ? Object.values(failure.fields as Record<string, unknown>).filter((v) => typeof v === 'string')
      : [];
  return fields.length > 0 ? `${message}: ${fields.join('; ')}` : message;
}

/**
 * ApiError (lib/api-client) carries `status`: 0 for no network. No network, timeouts, rate limits, 5xx and a lost
 * session (401: the rep signs in again, then it goes) are retried; any other 4xx is the server refusing this
 * submission — retrying cannot help, so it is failed with the server's message. Anything unknown is retried.
 */
export function outcomeOf(error: unknown): SendOutcome {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as FailureLike;
  const status = typeof failure.status === 'number' ? failure.status : 0;
  const isRefusal = status >= 400 && status < 500 && ![401, 408, 429].includes(status);
  return isRefusal ? { retry: false, message: messageOf(failure) } : { retry: true };
}

const firstDelayMs = 5_000;
const longestDelayMs = 5 * 60_000;

/** 5 s, 10 s, 20 s … at most 5 minutes between automatic retries. */
export function backoffMs(attempts: number): number {
  return Math.min(longestDelayMs, firstDelayMs * 2 ** Math.max(0, attempts - 1));
}
