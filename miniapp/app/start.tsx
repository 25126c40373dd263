/**
 * React, the React 19 bridge antd-mobile needs, the providers and the routes, rendered into #root. antd-mobile is
 * imported by path, never through its index, so the shell carries only what it draws and nothing the index would
 * pull in beside it (Toast, Dialog, their animations).
 */
import './antd-react19';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { whenFirstScreenSettled } from '../lib/idle';
import { queryClient } from '../lib/query-client';
import { Providers } from './Providers';
import { AppRoutes } from './routes';

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
whenFirstScreenSettled(queryClient, () => void import('./senders'));
