/** Sign-in queries and mutations: the demo directory, demo login, "who am I", sign-out. */

import { apiGet, apiPost } from '@miniapp/lib/api-client';
import { clearToken, saveToken } from '@miniapp/lib/session-token';
import type { DemoDirectory, DemoLoginBody, Me, Session } from '@shared/schemas/auth';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { readMeSnapshot, saveMeSnapshot } from './me-snapshot';

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
  demoDirectory: () => [...authKeys.all, 'demo-directory'] as const,
};

async function fetchMe(): Promise<Me> {
  const me = await apiGet<Me>('/me');
  saveMeSnapshot(me);
  return me;
}

/** Starts from the remembered answer (refreshed at once in the background); a 401 still signs the person out. */
export function useMe(options: { enabled: boolean }) {
  return useQuery({
    queryKey: authKeys.me(),
    queryFn: fetchMe,
    enabled: options.enabled,
    initialData: readMeSnapshot,
    initialDataUpdatedAt: 0,
    staleTime: 5 * 60_000,
  });
}

export function useDemoDirectory() {
  return useQuery({
    queryKey: authKeys.demoDirectory(),
    queryFn: () => apiGet<DemoDirectory>('/auth/demo'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useDemoLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DemoLoginBody) => apiPost<Session>('/auth/demo', body),
    onSuccess: (session) => {
      queryClient.removeQueries({ queryKey: authKeys.me() });
      queryClient.setQueryData(authKeys.me(), session.user);
      saveMeSnapshot(session.user);
      saveToken(session.token);
    },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => apiPost<void>('/auth/logout'),
    // Signed out locally even when the network fails: the person asked to leave.
    onSettled: () => clearToken(),
  });
}
