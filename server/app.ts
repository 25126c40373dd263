/** The composition root: createApp(config, services) wires the features to each other and builds the middleware chain and the feature routers. */
import { bodyParser } from '@koa/bodyparser';
import { Router } from '@koa/router';
import type { AppDeps } from '@server/app-deps';
import { createI18n } from '@shared/i18n';
import Koa from 'koa';
import compress from 'koa-compress';
import { apiDocGroups } from './api-docs';
import type { Config } from './config';
import { createAttachments } from './core/attachments';
import { requireActor } from './core/auth/middleware';
import { SessionCache } from './core/auth/sessions';
import type { DatabaseHandle } from './core/db';
import { AppError } from './core/errors';
import { connectEventRecorders } from './core/events';
import { healthRoutes } from './core/health';
import type { AppState, Routers } from './core/http';
import type { Logger } from './core/log';
import { errorBodies, streamFailures } from './core/middleware/errors';
import { jsonBodyOnce } from './core/middleware/json-body';
import { KeptAnswers, keptAnswers } from './core/middleware/kept-answers';
import { requestScope } from './core/middleware/request-context';
import { openApiRoutes } from './core/openapi/routes';
import { miniappFiles } from './core/static';
import { apiTokenRoutes } from './features/api-tokens/routes';
import { connectAttachmentAccess } from './features/attachments/access';
import { attachmentRoutes } from './features/attachments/routes';
import { authRoutes } from './features/auth/routes';
import { customerRoutes } from './features/customers/routes';
import { connectProjectSources } from './features/implementation/acceptance';
import { canReadTaskAttachment } from './features/implementation/projects/attachment-access';
import { taskSubjectType } from './features/implementation/projects/evidence';
import { implementationRoutes } from './features/implementation/routes';
import { statusTokenPaths } from './features/implementation/status-page/token';
import { projectBriefLines, projectTimeline } from './features/implementation/visit-links';
import { insightRoutes } from './features/insight/routes';
import { connectCardActions } from './features/platform/card-actions';
import { platformRoutes } from './features/platform/routes';
import { canReadMentionAttachment } from './features/requirements/attachment-access';
import { toldFromCard } from './features/requirements/card-actions';
import { EmbeddingsClient } from './features/requirements/embeddings';
import { goLiveAcceptanceItems, statusPageRequirements } from './features/requirements/project-links';
import { requirementRoutes } from './features/requirements/routes';
import { mentionSubjectType } from './features/requirements/service';
import { SimilarRequirements } from './features/requirements/similar';
import {
  countMentionsByVisit,
  requirementBriefLines,
  requirementTimeline,
} from './features/requirements/visit-links';
import { peopleRoutes } from './features/users/routes';
import { connectVisitSources } from './features/visits/extensions';
import { visitRoutes } from './features/visits/routes';
import { canReadVisit } from './features/visits/service';
import { queueWebhookDeliveries } from './features/webhooks/queue';
import { webhookRoutes } from './features/webhooks/routes';
import { createPlatformRuntime, type PlatformRuntime } from './platforms/runtime';

const features: Array<(routers: Routers, deps: AppDeps) => void> = [
  authRoutes,
  customerRoutes,
  platformRoutes,
  attachmentRoutes,
  visitRoutes,
  requirementRoutes,
  implementationRoutes,
  insightRoutes,
  peopleRoutes,
  apiTokenRoutes,
  webhookRoutes,
];

/**
 * Every link between features, in this one place: what one feature contributes to another's screens, messages and
 * checks, connected before the first request or job; nothing registers itself at import.
 */
function linkFeatures(): void {
  // Who may read a linked photo or file: whoever may read the object it is linked to.
  connectAttachmentAccess({
    visit: canReadVisit,
    [mentionSubjectType]: canReadMentionAttachment,
    [taskSubjectType]: canReadTaskAttachment,
  });
  // A visit's evidence score, the customer timeline and the pre-visit brief show requirements and projects.
  connectVisitSources({
    requirementCounters: [countMentionsByVisit],
    timelineSources: [requirementTimeline, projectTimeline],
    briefSources: [requirementBriefLines, projectBriefLines],
  });
  // A project's acceptance items and the customer's status page list the customer's requirements.
  connectProjectSources({
    acceptance: [goLiveAcceptanceItems],
    customerRequirements: [statusPageRequirements],
  });
  // Buttons on platform cards.
  connectCardActions({ 'requirement.told': toldFromCard });
  // Requirements, visits and projects publish events; each subscribed webhook gets a delivery.
  connectEventRecorders([queueWebhookDeliveries]);
}

/** Callbacks are verified over their exact bytes, so the JSON parser must leave those requests alone. */
function skipBodyParserFor(prefix: string) {
  return (ctx: Koa.Context, next: Koa.Next) => {
    if (ctx.path.startsWith(prefix)) ctx.disableBodyParser = true;
    return next();
  };
}

export interface Services {
  database: DatabaseHandle;
  log: Logger;
  /** Shared with the outbox worker so both use one token cache; built from config when not given. */
  platforms?: PlatformRuntime;
  /** The demo's emulator routes (/__emulators/*), mounted before the mini-app's files. */
  demoRoutes?: Koa.Middleware;
}

/** Every /api/v1 route: the public ones, then the ones that need a signed-in actor. */
export function apiRouter(deps: AppDeps): Router<AppState> {
  const answers = new KeptAnswers({ budgetBytes: deps.config.keptAnswersMb * 1024 * 1024, keepMs: 30_000 });
  const routers: Routers = {
    public: new Router<AppState>(),
    private: new Router<AppState>(),
    kept: keptAnswers(deps.db, answers),
  };
  routers.private.use(
    requireActor(deps.db, {
      apiTokenRequestsPerMinute: deps.config.apiTokenLimitPerMinute,
      sessions: new SessionCache(deps.db),
    }),
  );
  for (const register of features) register(routers, deps);
  const api = new Router<AppState>({ prefix: '/api/v1' });
  api.use(routers.public.routes(), routers.private.routes());
  return api;
}

export function createApp(config: Config, { database, log, platforms, demoRoutes }: Services): Koa<AppState> {
  const app = new Koa<AppState>({ proxy: config.trustProxy });
  app.silent = true;
  linkFeatures();
  const deps: AppDeps = {
    db: database.db,
    config,
    log,
    platforms: platforms ?? createPlatformRuntime(config),
    attachments: createAttachments(config),
    similar: new SimilarRequirements({
      memoryBytes: config.similarityMemoryMb * 1024 * 1024,
      embeddings: config.similarityEmbeddings
        ? {
            client: new EmbeddingsClient(config.similarityEmbeddings),
            weight: config.similarityEmbeddings.weight,
            log,
          }
        : undefined,
    }),
  };

  const api = apiRouter(deps);

  app.use(requestScope(log, createI18n(), { tokenPaths: statusTokenPaths }));
  app.use(errorBodies(log));
  // A body that fits in one TCP segment arrives in one packet either way; gzipping a 1.2 KB page costs ~55 µs of CPU
  // (measured for issue #14) to save bytes no link waits for. Larger pages shrink to a fraction for phones on 4G.
  app.use(compress({ threshold: 1400 }));
  app.use(jsonBodyOnce());
  app.use(streamFailures(log));
  app.use(healthRoutes(database, log));
  app.use(openApiRoutes(apiDocGroups));
  if (demoRoutes) app.use(demoRoutes);
  const files = miniappFiles(config.staticDir);
  if (files) app.use(files);
  app.use(skipBodyParserFor('/api/v1/callbacks/'));
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: `${config.maxBodyKb}kb` }));
  app.use(api.routes());
  app.use(api.allowedMethods());
  app.use((ctx) => {
    if (ctx.path.startsWith('/api/')) throw new AppError('ROUTE_NOT_FOUND');
  });
  return app;
}
