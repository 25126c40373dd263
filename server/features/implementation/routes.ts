/** /templates and /projects: versioned checklists and the projects that follow them. */
import type { AppDeps, Routers } from '@server/core/http';

export function implementationRoutes(_routers: Routers, _deps: AppDeps): void {}
