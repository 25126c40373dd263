/** Implementation's routes: /templates, /projects (with status-page links), /holidays; /status/{token} is public. */
import type { AppDeps } from '@server/app-deps';
import type { Routers } from '@server/core/http';
import { attachmentAccess } from '../attachments/access';
import { calendarRoutes } from './calendar/routes';
import { canReadTaskAttachment } from './projects/attachment-access';
import { taskSubjectType } from './projects/evidence';
import { projectRoutes } from './projects/routes';
import { statusPageRoutes } from './status-page/routes';
import { templateRoutes } from './templates/routes';
import './visit-links';

attachmentAccess[taskSubjectType] = canReadTaskAttachment;

export function implementationRoutes(routers: Routers, deps: AppDeps): void {
  templateRoutes(routers);
  projectRoutes(routers, deps);
  statusPageRoutes(routers, deps);
  calendarRoutes(routers);
}
