/** /visits: log, list, read, edit and delete customer visits. */
import type { AppDeps, Routers } from '@server/core/http';

export function visitRoutes(_routers: Routers, _deps: AppDeps): void {}
