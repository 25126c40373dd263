/** /templates and /projects: versioned checklists and the projects that follow them; /status/{token} is public. */

import type { AppDeps } from '@server/app-deps';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import type { Routers } from '@server/core/http';
import { readBody, readId, readQuery } from '@server/core/http';
import {
  projectCreate,
  projectListQuery,
  projectUpdate,
  shareInput,
  taskPatch,
} from '@shared/schemas/implementation';
import { loadBundles } from './bundle';
import { canSeeProject } from './policy';
import { createProject, getProject, listProjects, updateProject, visibleProject } from './projects';
import { findProject, findTaskProjectId } from './projects-repo';
import { listStatusLinks, revokeStatusLink, shareProject } from './status-links';
import { statusPageFor } from './status-page';
import { patchTask } from './tasks';
import { templateRoutes } from './template-routes';
import { listToday } from './today';
import { previewUpgrade, upgradeProject } from './upgrade';
import { accessOf } from './view';

/** Evidence photos and signatures are readable by whoever may see the task's project. */
export async function canReadTaskAttachment(tdb: TenantDb, actor: Actor, taskId: string): Promise<boolean> {
  const projectId = await findTaskProjectId(tdb, taskId);
  const row = projectId && (await findProject(tdb, projectId));
  const [bundle] = row ? await loadBundles(tdb, [row]) : [];
  return bundle !== undefined && canSeeProject(actor, accessOf(bundle));
}

export function implementationRoutes(routers: Routers, deps: AppDeps): void {
  templateRoutes(routers, deps);
  const api = routers.private;
  const taskDeps = { attachments: deps.attachments, publicUrl: deps.config.publicUrl };

  api.get('/projects', async (ctx) => {
    ctx.body = await listProjects(ctx.state.tdb, ctx.state.actor, readQuery(ctx, projectListQuery));
  });

  api.post('/projects', async (ctx) => {
    const input = readBody(ctx, projectCreate);
    const { project, created } = await createProject(ctx.state.tdb, ctx.state.actor, deps.attachments, input);
    ctx.body = project;
    ctx.status = created ? 201 : 200;
  });

  api.get('/projects/today', async (ctx) => {
    ctx.body = await listToday(ctx.state.tdb, ctx.state.actor);
  });

  api.get('/projects/:id', async (ctx) => {
    ctx.body = await getProject(ctx.state.tdb, ctx.state.actor, deps.attachments, readId(ctx));
  });

  api.patch('/projects/:id', async (ctx) => {
    const id = readId(ctx);
    const input = readBody(ctx, projectUpdate);
    ctx.body = await updateProject(ctx.state.tdb, ctx.state.actor, deps.attachments, id, input);
  });

  api.patch('/projects/:id/tasks/:taskId', async (ctx) => {
    const ids = { projectId: readId(ctx), taskId: readId(ctx, 'taskId') };
    const input = readBody(ctx, taskPatch);
    ctx.body = await patchTask(ctx.state.tdb, ctx.state.actor, taskDeps, ids, input);
  });

  api.get('/projects/:id/upgrade', async (ctx) => {
    const bundle = await visibleProject(ctx.state.tdb, ctx.state.actor, readId(ctx));
    ctx.body = { impact: await previewUpgrade(ctx.state.tdb, bundle) };
  });

  api.post('/projects/:id/upgrade', async (ctx) => {
    const id = readId(ctx);
    await upgradeProject(
      ctx.state.tdb,
      ctx.state.actor,
      await visibleProject(ctx.state.tdb, ctx.state.actor, id),
    );
    ctx.body = await getProject(ctx.state.tdb, ctx.state.actor, deps.attachments, id);
  });

  api.post('/projects/:id/share', async (ctx) => {
    const bundle = await visibleProject(ctx.state.tdb, ctx.state.actor, readId(ctx));
    const { days } = readBody(ctx, shareInput);
    ctx.body = await shareProject(ctx.state.tdb, ctx.state.actor, bundle, {
      days,
      publicUrl: deps.config.publicUrl,
    });
  });

  api.get('/projects/:id/status-links', async (ctx) => {
    const bundle = await visibleProject(ctx.state.tdb, ctx.state.actor, readId(ctx));
    ctx.body = await listStatusLinks(ctx.state.tdb, ctx.state.actor, bundle);
  });

  api.post('/projects/:id/status-links/:linkId/revoke', async (ctx) => {
    const bundle = await visibleProject(ctx.state.tdb, ctx.state.actor, readId(ctx));
    ctx.body = await revokeStatusLink(ctx.state.tdb, ctx.state.actor, bundle, readId(ctx, 'linkId'));
  });

  routers.public.get('/status/:token', async (ctx) => {
    ctx.body = await statusPageFor(deps.db, String(ctx.params.token ?? ''));
  });
}
