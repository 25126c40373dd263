/** The bearer token in localStorage, with a subscription so screens react when it appears or is cleared. */
import { storageKeys } from '@shared/domain/first-requests';
import { useSyncExternalStore } from 'react';

const storageKey = storageKeys.token;
const listeners = new Set<() => void>();

function readStorage(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    // Some WebViews throw in private mode; behave as signed out.
    return null;
  }
}

let currentToken = readStorage();

function notify(): void {
  for (const listener of listeners) listener();
}

export function getToken(): string | null {
  return currentToken;
}

export function saveToken(token: string): void {
  currentToken = token;
  try {
    localStorage.setItem(storageKey, token);
  } catch {
    // The session still works for this page view.
  }
  notify();
}

export function clearToken(): void {
  if (currentToken === null) return;
  currentToken = null;
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // Nothing stored to remove.
  }
  notify();
}

/** Calls `listener` whenever the token is saved or cleared; returns the unsubscribe. */
export function onTokenChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useToken(): string | null {
  return useSyncExternalStore(onTokenChange, getToken);
}
