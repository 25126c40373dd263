/** /requirements: capture, find similar, mention, merge, decide and export. */
import type { AppDeps, Routers } from '@server/core/http';

export function requirementRoutes(_routers: Routers, _deps: AppDeps): void {}
