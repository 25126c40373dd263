/** Entry point: global styles, the React 19 bridge for antd-mobile, providers and routes. */
import './app/global.css';
import './app/antd-react19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/Providers';
import { AppRoutes, preloadFirstScreen } from './app/routes';
import { getToken } from './lib/session-token';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain #root');

preloadFirstScreen({ pathname: window.location.pathname, isSignedIn: getToken() !== null });

createRoot(container).render(
  <StrictMode>
    <Providers>
      <AppRoutes />
    </Providers>
  </StrictMode>,
);

// After the first screen is on its way: the queue and its senders are not needed to paint it.
void import('./app/senders');
