/** The visit list as .xlsx or .csv: the same rows the actor's list shows under the same filters, every page of them. */
import { attachmentLink } from '@server/core/attachments';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { nowIso } from '@server/core/ids';
import {
  type Cell,
  cellsOf,
  everyPage,
  type SpreadsheetFile,
  streamSpreadsheet,
} from '@server/core/spreadsheets';
import { localDateTimeOf } from '@shared/domain/clock';
import type { TFunction } from '@shared/i18n';
import type { Visit, VisitExportQuery } from '@shared/schemas/visits';
import { presentVisits } from './present';
import type { VisitRow } from './repo';
import { type VisitDeps, visibleVisitRows } from './service';

const columns = [
  'visitedAt',
  'customer',
  'owner',
  'kind',
  'purpose',
  'participants',
  'attendees',
  'notes',
  'checkInAddress',
  'checkInDistance',
  'checkInFlagged',
  'evidenceScore',
  'outcome',
  'nextStep',
  'followUpAt',
  'photos',
] as const;

export function exportVisits(
  tdb: TenantDb,
  deps: VisitDeps & { publicUrl: string },
  actor: Actor,
  query: VisitExportQuery,
  t: TFunction,
): SpreadsheetFile {
  const { format, ...filters } = query;
  const now = nowIso();
  const pages = () => everyPage((position) => visibleVisitRows(tdb, actor, filters, position, now));
  const toCells = async (rows: VisitRow[]) =>
    (await presentVisits(tdb, deps.attachments, actor, rows, new Date(now))).map((visit) =>
      visitCells(visit, t, deps.publicUrl),
    );
  return streamSpreadsheet(format, 'visits', [
    {
      name: t('ui.exports.visits.sheet'),
      header: columns.map((column) => t(`ui.exports.visits.${column}`)),
      rows: () => cellsOf(pages(), toCells),
    },
  ]);
}

function visitCells(visit: Visit, t: TFunction, publicUrl: string): Cell[] {
  const { checkIn } = visit;
  return [
    localDateTimeOf(visit.visitedAt),
    visit.customer.name,
    visit.owner.name,
    t(`ui.visits.kinds.${visit.kind}`),
    visit.purpose,
    visit.participants.map((p) => p.name).join('、'),
    visit.attendees.map((a) => (a.title ? `${a.name}（${a.title}）` : a.name)).join('、'),
    visit.notes,
    checkIn?.address ?? null,
    checkIn?.distanceMeters ?? null,
    checkIn ? t(checkIn.flagged ? 'ui.exports.yes' : 'ui.exports.no') : null,
    visit.evidence.total,
    visit.outcome,
    visit.nextStep,
    visit.followUpAt,
    visit.photos.map((photo) => attachmentLink(publicUrl, photo.id)).join('\n'),
  ];
}
