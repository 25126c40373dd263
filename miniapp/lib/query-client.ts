/**
 * The one QueryClient: retries only what a retry can fix, and forgets everything when the session ends. Screens and
 * hooks reach it through `useQueryClient()`; only code that runs outside React (the offline queue's senders and the
 * task cache they update, the first screen's prefetch) imports it from here.
 */
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-client';
import { getToken, onTokenChange } from '../lib/session-token';

const maxRetries = 2;

function isWorthRetrying(failureCount: number, error: unknown): boolean {
  if (failureCount >= maxRetries) return false;
  if (!isApiError(error)) return false;
  return error.code === 'NETWORK' || error.status >= 500;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: isWorthRetrying, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

// Another person's data must never be shown after sign-out or an expired session.
onTokenChange(() => {
  if (getToken() === null) queryClient.clear();
});
