/** Every /api/v1 route the app registers, read from the router itself so a new route cannot be forgotten. */
import { apiRouter } from '@server/app';
import { createAttachments } from '@server/core/attachments';
import { createLogger } from '@server/core/log';
import { SimilarRequirements } from '@server/features/requirements/similar';
import { createPlatformRuntime } from '@server/platforms/runtime';
import type { TestApp } from './app';

export interface ApiRoute {
  method: string;
  /** The router's pattern, e.g. `/api/v1/customers/:id`. */
  path: string;
  paramNames: string[];
}

export function apiRoutes(app: TestApp): ApiRoute[] {
  const router = apiRouter({
    db: app.database.db,
    config: app.config,
    log: createLogger('silent'),
    platforms: createPlatformRuntime(app.config),
    attachments: createAttachments(app.config),
    similar: new SimilarRequirements({ memoryBytes: 1024 * 1024 }),
  });
  return router.stack.flatMap((layer) =>
    layer.methods
      .filter((method) => method !== 'HEAD')
      .map((method) => ({
        method,
        path: String(layer.path),
        paramNames: layer.paramNames.map((p) => String(p.name)),
      })),
  );
}
