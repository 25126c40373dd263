/**
 * Gate for every signed-in route: no token goes to login, keeping the screen asked for as `next` so signing in
 * (免登 included) comes back to it; otherwise loads "who am I" once and provides it.
 */
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingSkeleton, PageState } from '../components/PageState';
import { useMe } from '../features/auth/me';
import { CurrentUserContext } from '../lib/current-user';
import { useToken } from '../lib/session-token';

export function RequireSession() {
  const token = useToken();
  const { pathname, search, hash } = useLocation();
  const me = useMe({ enabled: token !== null });
  if (!token) return <Navigate to={`/login?next=${encodeURIComponent(pathname + search + hash)}`} replace />;
  return (
    <PageState isLoading={me.isPending} error={me.data ? null : me.error} onRetry={() => void me.refetch()}>
      {me.data ? (
        <CurrentUserContext value={me.data}>
          <Suspense fallback={<LoadingSkeleton />}>
            <Outlet />
          </Suspense>
        </CurrentUserContext>
      ) : null}
    </PageState>
  );
}
