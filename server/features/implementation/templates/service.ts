/** Template operations: list, drafts (editing a published template starts a new draft), publish (freezes a version). */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError, notFound } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import type { TemplateVersionStatus } from '@shared/domain/implementation/vocab';
import type {
  ProjectUpgradeImpact,
  PublishResult,
  Template,
  TemplatePhase,
  TemplateVersionSummary,
  templateDraftInput,
} from '@shared/schemas/implementation';
import type { z } from 'zod';
import { countActiveByVersion } from '../projects/repo';
import { impactOfPhases } from '../projects/upgrade-plan';
import { canEditTemplates } from './policy';
import { presentTemplate } from './present';
import {
  deleteDraft,
  findTemplate,
  findVersion,
  insertTemplate,
  insertVersion,
  listTemplateRows,
  listVersions,
  markPublished,
  phasesOf,
  updateDraft,
  updateTemplateHead,
} from './repo';

export { canEditTemplates, canInstallStandardTemplates } from './policy';

export type TemplateDraft = z.output<typeof templateDraftInput>;

/** Published templates at their newest version; editors asking for drafts get each template's newest version. */
export async function listTemplates(
  tdb: TenantDb,
  actor: Actor,
  query: { includeDrafts?: boolean | undefined },
): Promise<Template[]> {
  const withDrafts = Boolean(query.includeDrafts) && canEditTemplates(actor);
  const templates = await listTemplateRows(tdb);
  const versions = await listVersions(
    tdb,
    templates.map((t) => t.id),
  );
  const items: Template[] = [];
  for (const template of templates) {
    const newest = versions.find(
      (v) => v.template_id === template.id && (withDrafts || v.status === 'published'),
    );
    if (newest) items.push(presentTemplate(newest, actor));
  }
  return items;
}

/** The newest published version; editors also see a never-published template's draft. */
export async function getTemplate(tdb: TenantDb, actor: Actor, templateId: string): Promise<Template> {
  const versions = await listVersions(tdb, [templateId]);
  const published = versions.find((v) => v.status === 'published');
  const shown = published ?? (canEditTemplates(actor) ? versions[0] : undefined);
  if (!shown) throw notFound();
  return presentTemplate(shown, actor);
}

export async function getTemplateVersion(
  tdb: TenantDb,
  actor: Actor,
  templateId: string,
  version: number,
): Promise<Template> {
  const row = await findVersion(tdb, templateId, version);
  if (!row || (row.status === 'draft' && !canEditTemplates(actor))) throw notFound();
  return presentTemplate(row, actor);
}

export async function getDraft(tdb: TenantDb, actor: Actor, templateId: string): Promise<Template> {
  authorize(canEditTemplates(actor));
  const [newest] = await listVersions(tdb, [templateId]);
  if (newest?.status !== 'draft') throw notFound();
  return presentTemplate(newest, actor);
}

export async function listTemplateVersions(
  tdb: TenantDb,
  actor: Actor,
  templateId: string,
): Promise<TemplateVersionSummary[]> {
  const template = await findTemplate(tdb, templateId);
  if (!template) throw notFound();
  const editable = canEditTemplates(actor);
  const counts = await countActiveByVersion(tdb, templateId);
  const versions = await listVersions(tdb, [templateId]);
  return versions
    .filter((v) => editable || v.status === 'published')
    .map((v) => ({
      version: v.version,
      status: v.status as TemplateVersionStatus,
      createdAt: v.created_at,
      publishedAt: v.published_at,
      publishedById: v.published_by,
      projectCount: counts.get(v.version) ?? 0,
    }));
}

/** Gives new phases and tasks ids and refuses an id used twice (ids tie a task's versions together). */
export function normalizePhases(input: TemplateDraft['phases']): TemplatePhase[] {
  const seen = new Set<string>();
  const claim = (id: string | undefined, path: string): string => {
    if (id && seen.has(id)) throw new AppError('VALIDATION_FAILED', { [path]: 'validation.duplicate' });
    const claimed = id ?? newId();
    seen.add(claimed);
    return claimed;
  };
  return input.map((phase, p) => ({
    id: claim(phase.id, `phases.${p}.id`),
    name: phase.name,
    durationDays: phase.durationDays,
    ownerRole: phase.ownerRole,
    partnerRole: phase.partnerRole ?? null,
    condition: phase.condition ?? null,
    tasks: phase.tasks.map((task, t) => ({
      id: claim(task.id, `phases.${p}.tasks.${t}.id`),
      title: task.title,
      guidance: task.guidance,
      evidence: task.evidence,
      condition: task.condition ?? null,
    })),
  }));
}

/** A new template with its first draft; `standardKey` marks an installed standard template. */
export async function createTemplate(
  tdb: TenantDb,
  actor: Actor | null,
  input: TemplateDraft,
  options: { standardKey?: string; publish?: boolean } = {},
): Promise<string> {
  if (actor) authorize(canEditTemplates(actor));
  const templateId = newId();
  const at = nowIso();
  const phases = JSON.stringify(normalizePhases(input.phases));
  await tdb.transaction(async (tx) => {
    await insertTemplate(tx, {
      id: templateId,
      name: input.name,
      segment: input.segment,
      standard_key: options.standardKey ?? null,
      created_by: actor?.userId ?? null,
      created_at: at,
      updated_at: at,
    });
    await insertVersion(tx, {
      id: newId(),
      template_id: templateId,
      version: 1,
      status: options.publish ? 'published' : 'draft',
      name: input.name,
      segment: input.segment,
      description: input.description ?? null,
      phases,
      created_by: actor?.userId ?? null,
      created_at: at,
      updated_at: at,
      published_at: options.publish ? at : null,
      published_by: options.publish ? (actor?.userId ?? null) : null,
    });
    await recordAudit(tx, actor, { action: 'template.create', objectType: 'template', objectId: templateId });
  });
  return templateId;
}

/** Saves the draft; when the newest version is published, the draft becomes the next version. */
export async function saveDraft(
  tdb: TenantDb,
  actor: Actor,
  templateId: string,
  input: TemplateDraft,
): Promise<Template> {
  authorize(canEditTemplates(actor));
  const template = await findTemplate(tdb, templateId);
  if (!template) throw notFound();
  const phases = JSON.stringify(normalizePhases(input.phases));
  const at = nowIso();
  const fields = { name: input.name, segment: input.segment, description: input.description ?? null, phases };
  await tdb.transaction(async (tx) => {
    const [newest] = await listVersions(tx, [templateId]);
    const updated =
      newest?.status === 'draft' && (await updateDraft(tx, newest.id, { ...fields, updated_at: at }));
    if (!updated) {
      await insertVersion(tx, {
        id: newId(),
        template_id: templateId,
        version: (newest?.version ?? 0) + 1,
        status: 'draft',
        ...fields,
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
        published_at: null,
        published_by: null,
      });
    }
    await recordAudit(tx, actor, { action: 'template.draft', objectType: 'template', objectId: templateId });
  });
  return getDraft(tdb, actor, templateId);
}

/** Freezes the draft and answers which running projects on older versions could take the change. */
export async function publishTemplate(
  tdb: TenantDb,
  actor: Actor,
  templateId: string,
): Promise<PublishResult> {
  authorize(canEditTemplates(actor));
  const template = await findTemplate(tdb, templateId);
  if (!template) throw notFound();
  const [newest] = await listVersions(tdb, [templateId]);
  if (newest?.status !== 'draft') throw new AppError('NO_DRAFT');
  const at = nowIso();
  await tdb.transaction(async (tx) => {
    if (!(await markPublished(tx, newest.id, actor.userId, at))) throw new AppError('NO_DRAFT');
    await updateTemplateHead(tx, templateId, { name: newest.name, segment: newest.segment, updated_at: at });
    await recordAudit(tx, actor, {
      action: 'template.publish',
      objectType: 'template',
      objectId: templateId,
      data: { version: newest.version },
    });
  });
  const published = await getTemplateVersion(tdb, actor, templateId, newest.version);
  return { template: published, impact: await impactOfPhases(tdb, templateId, published) };
}

/** Throws the draft away; the published versions stay as they were. */
export async function discardDraft(tdb: TenantDb, actor: Actor, templateId: string): Promise<void> {
  authorize(canEditTemplates(actor));
  const template = await findTemplate(tdb, templateId);
  if (!template) throw notFound();
  const [newest] = await listVersions(tdb, [templateId]);
  if (newest?.status !== 'draft') throw new AppError('NO_DRAFT');
  await tdb.transaction(async (tx) => {
    if (!(await deleteDraft(tx, newest.id))) throw new AppError('NO_DRAFT');
    await recordAudit(tx, actor, {
      action: 'template.discard',
      objectType: 'template',
      objectId: templateId,
      data: { version: newest.version },
    });
  });
}

export async function versionImpact(tdb: TenantDb, actor: Actor, templateId: string, version: number) {
  authorize(canEditTemplates(actor));
  const row = await findVersion(tdb, templateId, version);
  if (!row) throw notFound();
  return impactOfPhases(tdb, templateId, { version, phases: phasesOf(row) });
}

/** What publishing the draft as it stands would offer each running project: read before deciding to publish. */
export async function draftImpact(
  tdb: TenantDb,
  actor: Actor,
  templateId: string,
): Promise<ProjectUpgradeImpact[]> {
  authorize(canEditTemplates(actor));
  const template = await findTemplate(tdb, templateId);
  if (!template) throw notFound();
  const [newest] = await listVersions(tdb, [templateId]);
  if (newest?.status !== 'draft') throw new AppError('NO_DRAFT');
  return impactOfPhases(tdb, templateId, { version: newest.version, phases: phasesOf(newest) });
}
