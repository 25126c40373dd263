/** SQL for templates and their versions. */
import type { TenantDb } from '@server/core/db';
import type { TemplatePhase } from '@shared/schemas/implementation';

export type TemplateRow = NonNullable<Awaited<ReturnType<typeof findTemplate>>>;
export type TemplateVersionRow = NonNullable<Awaited<ReturnType<typeof findVersion>>>;

export function findTemplate(tdb: TenantDb, templateId: string) {
  return tdb.selectFrom('impl_templates').selectAll().where('id', '=', templateId).executeTakeFirst();
}

export function findTemplateByStandardKey(tdb: TenantDb, key: string) {
  return tdb.selectFrom('impl_templates').selectAll().where('standard_key', '=', key).executeTakeFirst();
}

export function listTemplateRows(tdb: TenantDb) {
  return tdb.selectFrom('impl_templates').selectAll().orderBy('created_at').orderBy('id').execute();
}

export function findVersion(tdb: TenantDb, templateId: string, version: number) {
  return tdb
    .selectFrom('impl_template_versions')
    .selectAll()
    .where('template_id', '=', templateId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Every version of the given templates, newest first. */
export function listVersions(tdb: TenantDb, templateIds: readonly string[]) {
  if (templateIds.length === 0) return Promise.resolve([]);
  return tdb
    .selectFrom('impl_template_versions')
    .selectAll()
    .where('template_id', 'in', [...templateIds])
    .orderBy('version', 'desc')
    .execute();
}

/** The newest published version of a template: what a new project follows and an upgrade offers. */
export async function findNewestPublished(tdb: TenantDb, templateId: string) {
  return (await listVersions(tdb, [templateId])).find((v) => v.status === 'published');
}

export const phasesOf = (row: Pick<TemplateVersionRow, 'phases'>): TemplatePhase[] =>
  JSON.parse(row.phases) as TemplatePhase[];

export async function insertTemplate(tdb: TenantDb, row: Omit<TemplateRow, 'tenant_id'>): Promise<void> {
  await tdb.insertInto('impl_templates', row).execute();
}

export async function insertVersion(
  tdb: TenantDb,
  row: Omit<TemplateVersionRow, 'tenant_id'>,
): Promise<void> {
  await tdb.insertInto('impl_template_versions', row).execute();
}

/** Changes a draft; a published version is frozen, so this answers false for it. */
export async function updateDraft(
  tdb: TenantDb,
  versionId: string,
  changes: Pick<TemplateVersionRow, 'name' | 'segment' | 'description' | 'phases' | 'updated_at'>,
): Promise<boolean> {
  const result = await tdb
    .updateTable('impl_template_versions')
    .set(changes)
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markPublished(
  tdb: TenantDb,
  versionId: string,
  by: string,
  at: string,
): Promise<boolean> {
  const result = await tdb
    .updateTable('impl_template_versions')
    .set({ status: 'published', published_at: at, published_by: by, updated_at: at })
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateTemplateHead(
  tdb: TenantDb,
  templateId: string,
  changes: Pick<TemplateRow, 'name' | 'segment' | 'updated_at'>,
): Promise<void> {
  await tdb.updateTable('impl_templates').set(changes).where('id', '=', templateId).execute();
}

/** Deletes a draft version; a published one is never deleted (answers false). */
export async function deleteDraft(tdb: TenantDb, versionId: string): Promise<boolean> {
  const result = await tdb
    .deleteFrom('impl_template_versions')
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
