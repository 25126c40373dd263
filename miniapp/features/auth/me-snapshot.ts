/** The last "who am I" answer, kept beside the token so a returning user's first screen need not wait for /me. */

import { getToken, onTokenChange } from '@miniapp/lib/session-token';
import type { Me } from '@shared/schemas/auth';

const storageKey = 'fieldloop.me';

/** A snapshot kept before /me answered `can` is not used (the screens read it): /me is asked instead. */
export function readMeSnapshot(): Me | undefined {
  try {
    const text = localStorage.getItem(storageKey);
    const remembered = text ? (JSON.parse(text) as Partial<Me>) : undefined;
    return remembered?.can ? (remembered as Me) : undefined;
  } catch {
    return undefined;
  }
}

export function saveMeSnapshot(me: Me): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(me));
  } catch {
    // Only a speed-up; the app works without it.
  }
}

onTokenChange(() => {
  if (getToken() !== null) return;
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // Nothing stored to remove.
  }
});
