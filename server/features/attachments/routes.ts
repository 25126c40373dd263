/** /attachments: upload a photo or file once, read it back when allowed. */
import type { AppDeps, Routers } from '@server/core/http';

export function attachmentRoutes(_routers: Routers, _deps: AppDeps): void {}
