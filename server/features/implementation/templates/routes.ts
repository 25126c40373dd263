/** /templates (+ versions, draft, publish, impact, import/export). */
import { notFound } from '@server/core/errors';
import type { RouteContext, Routers } from '@server/core/http';
import { readBody, readId, readQuery, validate } from '@server/core/http';
import { authorize } from '@server/core/policy';
import { readSpreadsheetUpload } from '@server/core/spreadsheets';
import { segments } from '@shared/domain/customers';
import { exportFormat, templateDraftInput, templateListQuery } from '@shared/schemas/implementation';
import { z } from 'zod';
import { phasesFromXlsx, templateToJson, templateToXlsx, xlsxMime } from './import-export';
import { canEditTemplates } from './policy';
import {
  createTemplate,
  discardDraft,
  draftImpact,
  getDraft,
  getTemplate,
  getTemplateVersion,
  listTemplates,
  listTemplateVersions,
  publishTemplate,
  saveDraft,
  versionImpact,
} from './service';
import { installStandardTemplates } from './standard/install';

function readVersion(ctx: RouteContext): number {
  const value = Number(ctx.params.version);
  if (!Number.isInteger(value) || value < 1 || value > 1_000_000) throw notFound();
  return value;
}

const workbookMeta = z.object({ name: z.string().trim().min(1).max(100), segment: z.enum(segments) });

/** A JSON draft, or an Excel workbook whose name and segment come from the query (or the template). */
async function readDraft(ctx: RouteContext, fallback?: { name: string; segment: string }) {
  if (!ctx.is(xlsxMime)) return readBody(ctx, templateDraftInput);
  // The service checks again; this refuses a workbook before a byte of it is read.
  authorize(canEditTemplates(ctx.state.actor));
  const meta = fallback ?? readQuery(ctx, workbookMeta);
  const phases = await phasesFromXlsx(await readSpreadsheetUpload(ctx));
  return validate(templateDraftInput, { ...meta, phases }, ctx);
}

export function templateRoutes(routers: Routers): void {
  const api = routers.private;

  api.get('/templates', async (ctx) => {
    ctx.body = await listTemplates(ctx.state.tdb, ctx.state.actor, readQuery(ctx, templateListQuery));
  });

  api.post('/templates', async (ctx) => {
    const id = await createTemplate(ctx.state.tdb, ctx.state.actor, readBody(ctx, templateDraftInput));
    ctx.body = await getDraft(ctx.state.tdb, ctx.state.actor, id);
    ctx.status = 201;
  });

  api.post('/templates/install-standard', async (ctx) => {
    ctx.body = { installed: await installStandardTemplates(ctx.state.tdb, ctx.state.actor) };
  });

  api.post('/templates/import', async (ctx) => {
    const draft = await readDraft(ctx);
    const id = await createTemplate(ctx.state.tdb, ctx.state.actor, draft);
    ctx.body = await getDraft(ctx.state.tdb, ctx.state.actor, id);
    ctx.status = 201;
  });

  api.get('/templates/:id', async (ctx) => {
    ctx.body = await getTemplate(ctx.state.tdb, ctx.state.actor, readId(ctx));
  });

  api.get('/templates/:id/versions', async (ctx) => {
    ctx.body = await listTemplateVersions(ctx.state.tdb, ctx.state.actor, readId(ctx));
  });

  api.get('/templates/:id/versions/:version', async (ctx) => {
    ctx.body = await getTemplateVersion(ctx.state.tdb, ctx.state.actor, readId(ctx), readVersion(ctx));
  });

  api.get('/templates/:id/versions/:version/impact', async (ctx) => {
    ctx.body = await versionImpact(ctx.state.tdb, ctx.state.actor, readId(ctx), readVersion(ctx));
  });

  api.get('/templates/:id/draft', async (ctx) => {
    ctx.body = await getDraft(ctx.state.tdb, ctx.state.actor, readId(ctx));
  });

  api.get('/templates/:id/draft/impact', async (ctx) => {
    ctx.body = await draftImpact(ctx.state.tdb, ctx.state.actor, readId(ctx));
  });

  api.put('/templates/:id/draft', async (ctx) => {
    const id = readId(ctx);
    const current = ctx.is(xlsxMime) ? await getTemplate(ctx.state.tdb, ctx.state.actor, id) : undefined;
    const draft = await readDraft(ctx, current);
    ctx.body = await saveDraft(ctx.state.tdb, ctx.state.actor, id, draft);
  });

  api.delete('/templates/:id/draft', async (ctx) => {
    await discardDraft(ctx.state.tdb, ctx.state.actor, readId(ctx));
    ctx.status = 204;
  });

  api.post('/templates/:id/publish', async (ctx) => {
    ctx.body = await publishTemplate(ctx.state.tdb, ctx.state.actor, readId(ctx));
  });

  api.get('/templates/:id/export', async (ctx) => {
    const id = readId(ctx);
    const { format } = readQuery(ctx, exportFormat);
    const template = await getTemplate(ctx.state.tdb, ctx.state.actor, id);
    const filename = encodeURIComponent(`${template.name}-v${template.version}.${format}`);
    ctx.set('content-disposition', `attachment; filename*=UTF-8''${filename}`);
    if (format === 'xlsx') {
      ctx.type = xlsxMime;
      ctx.body = await templateToXlsx(template);
    } else {
      ctx.body = templateToJson(template);
    }
  });
}
