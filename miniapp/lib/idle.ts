/** Work the first paint does not need: started once the page has loaded and the main thread is idle. */

/** Runs `run` after the load event, when the main thread is next idle (at most 3 s later). */
export function whenIdleAfterLoad(run: () => void): void {
  const idle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
    else setTimeout(run, 0);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
