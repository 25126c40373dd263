/**
 * A project's tasks as .xlsx or .csv, phase by phase as its page lists them, each with lasting links to its
 * evidence (photos, files, the signature) that open for whoever may see the project.
 */
import { attachmentLink } from '@server/core/attachments';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { type Cell, type SpreadsheetFile, streamSpreadsheet } from '@server/core/spreadsheets';
import { localDateTimeOf } from '@shared/domain/clock';
import type { TFunction } from '@shared/i18n';
import type { TaskExportQuery } from '@shared/schemas/implementation';
import { attachmentIdsOf } from './evidence';
import type { ProjectBundle } from './loader';
import { visibleProject } from './service';
import type { TaskRow } from './tasks-repo';

const columns = [
  'project',
  'customer',
  'phase',
  'task',
  'assignee',
  'dueDate',
  'doneAt',
  'doneBy',
  'blocker',
  'evidence',
  'evidenceLinks',
] as const;

/** Resolves the project first, so another tenant's or an invisible project answers 404 before any download starts. */
export async function exportProjectTasks(
  tdb: TenantDb,
  actor: Actor,
  projectId: string,
  options: { query: TaskExportQuery; publicUrl: string; t: TFunction },
): Promise<SpreadsheetFile> {
  const { t } = options;
  const bundle = await visibleProject(tdb, actor, projectId);
  const cells = taskCells(bundle, t, options.publicUrl);
  return streamSpreadsheet(options.query.format, 'tasks', [
    {
      name: t('ui.exports.tasks.sheet'),
      header: columns.map((column) => t(`ui.exports.tasks.${column}`)),
      // One project's tasks are already loaded (a few hundred at most): one batch.
      rows: async function* () {
        yield cells;
      },
    },
  ]);
}

function taskCells(bundle: ProjectBundle, t: TFunction, publicUrl: string): Cell[][] {
  const phases = new Map(bundle.phases.map((phase) => [phase.id, phase]));
  const phaseOrder = (task: TaskRow) => phases.get(task.phase_id)?.position ?? 0;
  const tasks = [...bundle.tasks].sort((a, b) => phaseOrder(a) - phaseOrder(b) || a.position - b.position);
  const nameOf = (id: string | null) => (id ? (bundle.names.get(id) ?? '') : null);
  return tasks.map((task) => [
    bundle.row.name,
    bundle.customerName,
    phases.get(task.phase_id)?.name ?? '',
    task.title,
    nameOf(task.assignee_id),
    task.due_date,
    task.done_at ? localDateTimeOf(task.done_at) : null,
    nameOf(task.done_by),
    task.blocker,
    t(`ui.implementation.evidenceKind.${task.evidence}`),
    attachmentIdsOf([task])
      .map((id) => attachmentLink(publicUrl, id))
      .join('\n'),
  ]);
}
