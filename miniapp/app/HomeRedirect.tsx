/** `/home`: sends the signed-in person to where their day starts (the desk for a PM on a wide screen). */
import { useCurrentUser } from '@miniapp/lib/current-user';
import { homePathOf, isWideScreen } from '@miniapp/lib/home';
import { Navigate } from 'react-router';

export function HomeRedirect() {
  const me = useCurrentUser();
  return <Navigate to={homePathOf(me.role, { isWide: isWideScreen() })} replace />;
}
