/** Sign-in queries and mutations: demo, platform 免登 and one-time links, sign-out ("who am I" is in me.ts). */

import { apiGet, apiPost } from '@miniapp/lib/api-client';
import { fetchEmulatedPlatforms } from '@miniapp/lib/platform/emulator';
import { markSignedOut, rememberEntry } from '@miniapp/lib/platform/entry-memory';
import type { PlatformEntry } from '@miniapp/lib/platform/host';
import { clearToken, getToken, saveToken, useToken } from '@miniapp/lib/session-token';
import type { DemoDirectory, DemoLoginBody, Session } from '@shared/schemas/auth';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { authKeys } from './me';
import { saveMeSnapshot } from './me-snapshot';
import { type PlatformSignInRequest, signInThroughPlatform } from './platform-sign-in';

/** Single-use work (a platform code, a one-time link) run as a query: its key makes it run once per attempt. */
const once = {
  retry: false,
  staleTime: Number.POSITIVE_INFINITY,
  refetchOnMount: false,
  refetchOnReconnect: false,
  refetchOnWindowFocus: false,
} as const;

/** Every way in ends here: the person is known at once, and the platform org (if any) is remembered. */
function useStartSession() {
  const queryClient = useQueryClient();
  return (session: Session, entry: PlatformEntry | null) => {
    queryClient.removeQueries({ queryKey: authKeys.me() });
    queryClient.setQueryData(authKeys.me(), session.user);
    saveMeSnapshot(session.user);
    rememberEntry(entry);
    markSignedOut(false);
    saveToken(session.token);
  };
}

export function useDemoDirectory() {
  return useQuery({
    queryKey: authKeys.demoDirectory(),
    queryFn: () => apiGet<DemoDirectory>('/auth/demo'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useDemoLogin() {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (body: DemoLoginBody) => apiPost<Session>('/auth/demo', body),
    onSuccess: (session) => startSession(session, null),
  });
}

/**
 * A sign-in that replaces a session drops the old one first. Otherwise its 401 (a used code or link) would clear
 * the old token mid-flight, and with it the query cache, cancelling the running sign-in without a word.
 */
function useSignedOutFirst(): boolean {
  const token = useToken();
  const [stale] = useState(getToken);
  useEffect(() => {
    if (stale !== null && getToken() === stale) clearToken();
  }, [stale]);
  return stale === null || token !== stale;
}

/**
 * 免登 as a query rather than a mutation: React StrictMode runs effects twice and screens re-render, but one
 * key runs its function once, so each attempt asks the platform for one code and exchanges it once. "Retry"
 * is a new attempt number, hence a fresh code.
 */
export function usePlatformSignIn(request: PlatformSignInRequest, attempt: number, enabled: boolean) {
  const startSession = useStartSession();
  const isSignedOut = useSignedOutFirst();
  return useQuery({
    queryKey: authKeys.platformSignIn(request.entry, attempt),
    queryFn: async () => {
      const session = await signInThroughPlatform(request);
      startSession(session, request.entry);
      return session;
    },
    enabled: enabled && isSignedOut,
    ...once,
  });
}

/** A one-time link's token is burnt by its first use, so it too runs once per token. */
export function useLinkSignIn(token: string | null) {
  const startSession = useStartSession();
  const isSignedOut = useSignedOutFirst();
  return useQuery({
    queryKey: authKeys.linkSignIn(token ?? ''),
    queryFn: async () => {
      const session = await apiPost<Session>('/auth/link', { token });
      startSession(session, null);
      return session;
    },
    enabled: token !== null && isSignedOut,
    ...once,
  });
}

/** The platforms a demo server emulates ([] in production). */
export function useEmulatedPlatforms() {
  return useQuery({
    queryKey: authKeys.emulatedPlatforms(),
    queryFn: fetchEmulatedPlatforms,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => apiPost<void>('/auth/logout'),
    // Signed out locally even when the network fails: the person asked to leave. Inside a platform the
    // sign-in page then waits for a tap instead of signing straight back in.
    onSettled: () => {
      markSignedOut(true);
      clearToken();
    },
  });
}
