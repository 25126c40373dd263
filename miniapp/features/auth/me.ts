/**
 * "Who am I", which every signed-in screen asks first: apart from the sign-in code, so the app's first download
 * carries none of the platforms' sign-in (issue #14).
 */
import { apiGet } from '@miniapp/lib/api-client';
import type { PlatformEntry } from '@miniapp/lib/platform/host';
import type { Me } from '@shared/schemas/auth';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { readMeSnapshot, saveMeSnapshot } from './me-snapshot';

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
  demoDirectory: () => [...authKeys.all, 'demo-directory'] as const,
  emulatedPlatforms: () => [...authKeys.all, 'emulated-platforms'] as const,
  platformSignIn: (entry: PlatformEntry, attempt: number) =>
    [...authKeys.all, 'platform-sign-in', entry, attempt] as const,
  linkSignIn: (token: string) => [...authKeys.all, 'link-sign-in', token] as const,
};

const meStaleTime = 5 * 60_000;

async function fetchMe(): Promise<Me> {
  const me = await apiGet<Me>('/me');
  saveMeSnapshot(me);
  return me;
}

/** A first visit on this device (nothing remembered): "who am I" is asked before React renders, not after. */
export function prefetchMe(queryClient: QueryClient): void {
  if (readMeSnapshot()) return;
  void queryClient.prefetchQuery({ queryKey: authKeys.me(), queryFn: fetchMe, staleTime: meStaleTime });
}

/** Starts from the remembered answer (refreshed at once in the background); a 401 still signs the person out. */
export function useMe(options: { enabled: boolean }) {
  return useQuery({
    queryKey: authKeys.me(),
    queryFn: fetchMe,
    enabled: options.enabled,
    initialData: readMeSnapshot,
    initialDataUpdatedAt: 0,
    staleTime: meStaleTime,
  });
}
