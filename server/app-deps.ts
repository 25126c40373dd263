/**
 * What the app hands every feature's routes: the wiring of core services and the feature services others share.
 * It sits beside app.ts, not in core/, because it names features (core knows none).
 */
import type { Config } from './config';
import type { Attachments } from './core/attachments';
import type { RootDb } from './core/db';
import type { Logger } from './core/log';
import type { SimilarRequirements } from './features/requirements/similar';
import type { PlatformRuntime } from './platforms/runtime';

/** What every feature's routes may use; `db` is unscoped and only for core helpers that resolve tenants. */
export interface AppDeps {
  db: RootDb;
  config: Config;
  log: Logger;
  platforms: PlatformRuntime;
  /** Uploads, links and signed URLs of photos and files (see core/attachments). */
  attachments: Attachments;
  /** Per-tenant similar-requirement indexes within one memory budget (see features/requirements/similar.ts). */
  similar: SimilarRequirements;
}
