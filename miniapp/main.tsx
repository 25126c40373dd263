/**
 * Entry point: the opening screen's downloads and requests first, then global styles (antd-mobile's, then ours over
 * them), then the app itself in a task of its own, after a frame. Evaluating React and the shell is the longest piece
 * of work before the first screen; after this module's task the phone paints the splash and answers taps before it
 * starts, and its code has been downloading since the page listed it (server/core/page-head.ts, issue #14).
 */
import './app/first-screen';
import 'antd-mobile/es/global';
import './app/global.css';

/** The page's stylesheet, which loads beside the splash instead of before it (see vite.config.ts), has applied. */
function stylesheetApplied(): Promise<void> {
  const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
  if (link?.media !== 'print') return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
}

// After the next frame: the splash is painted before the shell's work begins, not after it.
requestAnimationFrame(() => setTimeout(() => void stylesheetApplied().then(() => import('./app/start')), 0));
