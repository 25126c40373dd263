/** The table view as Excel (requirements, then mentions on a second sheet) or CSV (the requirements), streamed. */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { authorize } from '@server/core/policy';
import { cellsOf, type SpreadsheetFile, streamSpreadsheet } from '@server/core/spreadsheets';
import type { TFunction } from '@shared/i18n';
import type { ExportQuery } from '@shared/schemas/requirements';
import { customerSummaries } from '../customers/service';
import { namesOf } from '../users/service';
import { canExport } from './policy';
import { mentionsOfRequirements } from './repo/mentions';
import { requirementBatches } from './repo/requirement-list';
import type { RequirementRow } from './repo/requirements';
import { tableFilters } from './service';

const requirementColumns = [
  'id',
  'title',
  'description',
  'status',
  'kind',
  'category',
  'demand',
  'score',
  'customerCount',
  'mentionCount',
  'owner',
  'targetRelease',
  'createdAt',
] as const;
const mentionColumns = [
  'id',
  'title',
  'customer',
  'reporter',
  'quote',
  'importance',
  'visitId',
  'projectId',
  'createdAt',
] as const;

export function exportRequirements(
  tdb: TenantDb,
  actor: Actor,
  query: ExportQuery,
  t: TFunction,
): SpreadsheetFile {
  authorize(canExport(actor));
  const filters = tableFilters(tdb, query);
  const header = (columns: readonly string[]) =>
    columns.map((c) => t(`ui.requirements.messages.export.${c}`));
  return streamSpreadsheet(query.format, 'requirements', [
    {
      name: t('ui.requirements.messages.export.requirementsSheet'),
      header: header(requirementColumns),
      rows: () => cellsOf(requirementBatches(tdb, filters), (rows) => requirementRow(tdb, rows, t)),
    },
    {
      name: t('ui.requirements.messages.export.mentionsSheet'),
      header: header(mentionColumns),
      rows: () => cellsOf(requirementBatches(tdb, filters), (rows) => mentionRows(tdb, rows, t)),
    },
  ]);
}

async function requirementRow(tdb: TenantDb, rows: RequirementRow[], t: TFunction) {
  const owners = await namesOf(
    tdb,
    rows.flatMap((r) => (r.owner_id ? [r.owner_id] : [])),
  );
  return rows.map((r) => [
    r.id,
    r.title,
    r.description ?? '',
    t(`ui.requirements.status.${r.status}`),
    r.kind ? t(`ui.requirements.kind.${r.kind}`) : '',
    r.category ?? '',
    r.demand,
    r.score,
    r.customer_count,
    r.mention_count,
    r.owner_id ? (owners.get(r.owner_id) ?? '') : '',
    r.target_release ?? '',
    r.created_at,
  ]);
}

async function mentionRows(tdb: TenantDb, rows: RequirementRow[], t: TFunction) {
  const titles = new Map(rows.map((r) => [r.id, r.title]));
  const mentions = await mentionsOfRequirements(
    tdb,
    rows.map((r) => r.id),
  );
  const [customers, reporters] = await Promise.all([
    customerSummaries(
      tdb,
      mentions.map((m) => m.customer_id),
    ),
    namesOf(
      tdb,
      mentions.map((m) => m.reporter_id),
    ),
  ]);
  const customerNames = new Map(customers.map((c) => [c.id, c.name]));
  return mentions.map((m) => [
    m.requirement_id,
    titles.get(m.requirement_id) ?? '',
    customerNames.get(m.customer_id) ?? '',
    reporters.get(m.reporter_id) ?? '',
    m.quote ?? '',
    t(`ui.requirements.importance.${m.importance}`),
    m.visit_id ?? '',
    m.project_id ?? '',
    m.created_at,
  ]);
}
