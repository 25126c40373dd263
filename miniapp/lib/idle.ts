/** Work the first paint does not need: started once the page has loaded and the main thread is idle. */
import type { QueryClient } from '@tanstack/react-query';

function whenLoaded(run: () => void): void {
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
}

function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 0);
}

/** Runs `run` after the load event, when the main thread is next idle (at most 3 s later). */
export function whenIdleAfterLoad(run: () => void): void {
  whenLoaded(() => whenIdle(run));
}

const quietMs = 500;
const settleCapMs = 5000;

/**
 * Runs `run` once the opening screen has what it asked for: after the load event, when no query has been fetching
 * for a short while (its chunks, "who am I", then its list, come one after another), then when idle. Never later
 * than a few seconds after load, so a screen that keeps polling does not hold it back for ever.
 */
export function whenFirstScreenSettled(client: QueryClient, run: () => void): void {
  whenLoaded(() => {
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    let hasRun = false;
    const finish = () => {
      if (hasRun) return;
      hasRun = true;
      unsubscribe();
      clearTimeout(quietTimer);
      clearTimeout(capTimer);
      whenIdle(run);
    };
    const check = () => {
      clearTimeout(quietTimer);
      if (client.isFetching() === 0) quietTimer = setTimeout(finish, quietMs);
    };
    const unsubscribe = client.getQueryCache().subscribe(check);
    const capTimer = setTimeout(finish, settleCapMs);
    check();
  });
}
