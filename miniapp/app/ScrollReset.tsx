/**
 * A new screen opens at its top. The browser keeps the old scroll position across client-side navigation, so a
 * customer page opened from far down the list would open at its raw facts instead of its briefing. Going back
 * (POP) keeps the browser's own restoration, so the list returns where the person left it.
 */
import { useLayoutEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

export function ScrollReset() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new screen, named by its path
  useLayoutEffect(() => {
    if (navigationType !== 'POP') window.scrollTo(0, 0);
  }, [pathname, navigationType]);
  return null;
}
