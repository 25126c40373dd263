/** Entry point: the opening screen's downloads first, then global styles, the React 19 bridge, providers, routes. */
import './app/first-screen';
import './app/global.css';
import './app/antd-react19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/Providers';
import { AppRoutes } from './app/routes';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain #root');

createRoot(container).render(
  <StrictMode>
    <Providers>
      <AppRoutes />
    </Providers>
  </StrictMode>,
);

/**
 * The queue and its senders are not needed to paint the first screen: they load once the page has loaded and the
 * main thread is idle (at most 3 s later), then send what waits from earlier days, whichever screen opened.
 */
function whenIdleAfterLoad(run: () => void): void {
  const idle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
    else setTimeout(run, 0);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

whenIdleAfterLoad(() => void import('./app/senders'));
