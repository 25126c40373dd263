/** Remembers the session's platform org, whether the person signed out, and the page the container opened. */
import type { PlatformEntry } from './host';

const entryKey = 'fieldloop.platformEntry';
const signedOutKey = 'fieldloop.signedOut';

function isEntry(value: unknown): value is PlatformEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { platform, key, agentId } = value as Record<string, unknown>;
  return (
    typeof platform === 'string' &&
    typeof key === 'string' &&
    (agentId === null || typeof agentId === 'string')
  );
}

/**
 * The org of the last platform sign-in. It outlives the session on purpose: after a session expires, /login
 * inside DingTalk has lost the URL's corpid, and this is how 免登 still knows the org.
 */
export function rememberedEntry(): PlatformEntry | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(entryKey) ?? 'null');
    return isEntry(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberEntry(entry: PlatformEntry | null): void {
  try {
    if (entry) localStorage.setItem(entryKey, JSON.stringify(entry));
    else localStorage.removeItem(entryKey);
  } catch {
    // Only a convenience: without it the next sign-in needs the URL's org key again.
  }
}

/** Set by "退出登录" for this tab, so the sign-in page waits for a tap instead of signing straight back in. */
export function markSignedOut(isSignedOut: boolean): void {
  try {
    if (isSignedOut) sessionStorage.setItem(signedOutKey, '1');
    else sessionStorage.removeItem(signedOutKey);
  } catch {
    // Without storage the page signs in again at once, which is what 免登 does anyway.
  }
}

export function hasSignedOut(): boolean {
  try {
    return sessionStorage.getItem(signedOutKey) === '1';
  } catch {
    return false;
  }
}

/**
 * The address the container opened this page at, however far the single-page app has navigated since: what
 * DingTalk authenticates JS-API calls for. The navigation entry keeps the document's own URL through pushState.
 */
export function pageEntryUrl(): string {
  const [navigation] = performance.getEntriesByType('navigation');
  return navigation?.name || window.location.href;
}
