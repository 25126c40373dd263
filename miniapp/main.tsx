/**
 * Entry point: the opening screen's downloads first, then global styles (antd-mobile's, then ours over them), the
 * React 19 bridge, providers, routes. antd-mobile is imported by path here, never through its index, so the entry
 * carries only what the shell draws and nothing the index would pull in beside it (Toast, Dialog, their animations).
 */
import './app/first-screen';
import 'antd-mobile/es/global';
import './app/global.css';
import './app/antd-react19';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/Providers';
import { AppRoutes } from './app/routes';
import { whenFirstScreenSettled } from './lib/idle';
import { queryClient } from './lib/query-client';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain #root');

const root = createRoot(container);
// The first render as a transition is drawn in slices that yield to the phone, not in one long task (issue #14).
startTransition(() => {
  root.render(
    <StrictMode>
      <Providers>
        <AppRoutes />
      </Providers>
    </StrictMode>,
  );
});

/**
 * The queue and its senders are not needed to paint the first screen: they load once that screen has its data and
 * the main thread is idle, then send what waits from earlier days, whichever screen opened.
 */
whenFirstScreenSettled(queryClient, () => void import('./app/senders'));
