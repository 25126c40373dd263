/** Implementation's routes: /templates, /projects (with status-page links), /holidays; /status/{token} is public. */
import type { AppDeps } from '@server/app-deps';
import type { Routers } from '@server/core/http';
import { calendarRoutes } from './calendar/routes';
import { projectRoutes } from './projects/routes';
import { statusPageRoutes } from './status-page/routes';
import { templateRoutes } from './templates/routes';

export function implementationRoutes(routers: Routers, deps: AppDeps): void {
  templateRoutes(routers);
  projectRoutes(routers, deps);
  statusPageRoutes(routers, deps);
  calendarRoutes(routers);
}
