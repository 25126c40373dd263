/** /projects: projects that follow a template, their tasks (and their export), today's work and template upgrades. */
import type { AppDeps } from '@server/app-deps';
import type { Routers } from '@server/core/http';
import { readBody, readId, readQuery } from '@server/core/http';
import { sendSpreadsheet } from '@server/core/spreadsheets';
import {
  projectCreate,
  projectListQuery,
  projectUpdate,
  taskExportQuery,
  taskPatch,
} from '@shared/schemas/implementation';
import { createProject, getProject, listProjects, updateProject, visibleProject } from './service';
import { exportProjectTasks } from './tasks-export';
import { patchTask } from './tasks-service';
import { listToday } from './today-service';
import { previewUpgrade, upgradeProject } from './upgrade-service';

export function projectRoutes(routers: Routers, deps: AppDeps): void {
  const api = routers.private;
  const taskDeps = { attachments: deps.attachments, publicUrl: deps.config.publicUrl };

  api.get('/projects', routers.kept, async (ctx) => {
    ctx.body = await listProjects(ctx.state.tdb, ctx.state.actor, readQuery(ctx, projectListQuery));
  });

  api.post('/projects', async (ctx) => {
    const input = readBody(ctx, projectCreate);
    const { project, created } = await createProject(ctx.state.tdb, ctx.state.actor, deps.attachments, input);
    ctx.body = project;
    ctx.status = created ? 201 : 200;
  });

  api.get('/projects/today', routers.kept, async (ctx) => {
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

  api.get('/projects/:id/tasks/export', async (ctx) => {
    const id = readId(ctx);
    const options = {
      query: readQuery(ctx, taskExportQuery),
      publicUrl: deps.config.publicUrl,
      t: ctx.state.t,
    };
    sendSpreadsheet(ctx, await exportProjectTasks(ctx.state.tdb, ctx.state.actor, id, options));
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
}
