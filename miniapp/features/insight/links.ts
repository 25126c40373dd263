/**
 * Where each figure leads: the list behind it, opened with the dashboard's filters (as far as that list takes them) and
 * the period the server settled on, so the rows there add up to the figure here.
 */
import type { Health } from '@shared/domain/implementation/vocab';
import type { RequirementKind } from '@shared/domain/requirements';
import type { DashboardFilters } from './filters';

export interface Period {
  from: string;
  to: string;
}

function withQuery(path: string, entries: [string, string | undefined][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

const joined = (values: string[]) => (values.length > 0 ? values.join(',') : undefined);
/** The customer list filters one segment or tier at a time: several chosen on the dashboard cannot go along. */
const single = (values: string[]) => (values.length === 1 ? values[0] : undefined);

/** The visit list of the period: one rep's (or the dashboard's owner), optionally only flagged check-ins. */
export function visitsLink(
  period: Period,
  options: { owner?: { id: string; name: string } | undefined; isFlaggedOnly?: boolean } = {},
): string {
  return withQuery('/visits', [
    ['from', period.from],
    ['to', period.to],
    ['ownerId', options.owner?.id],
    ['ownerName', options.owner?.name],
    ['flagged', options.isFlaggedOnly ? '1' : undefined],
  ]);
}

/** The customer list behind a coverage figure: one tier or segment, plus the dashboard's flags. */
export function customersLink(
  filters: DashboardFilters,
  options: { tier?: string | undefined; segment?: string | undefined } = {},
): string {
  return withQuery('/customers', [
    ['segment', options.segment ?? single(filters.segment)],
    ['tier', options.tier ?? single(filters.tier)],
    ['flags', joined(filters.flags)],
  ]);
}

/** Statuses of a requirement a PM has decided on (the loop's "decided"). */
export const decidedStatuses = 'planned,in_progress,released,declined';

/**
 * The PM workbench's full table with the dashboard's customer filters, narrowed further by `narrow`. The table's dates
 * are creation dates: pass the period only where the figure counts requirements by when they came in.
 */
export function requirementsLink(
  filters: DashboardFilters,
  period: Period | null,
  narrow: {
    kind?: RequirementKind;
    industry?: string;
    category?: string;
    reporterId?: string;
    status?: string;
  } = {},
): string {
  return withQuery('/desk/requirements', [
    ['view', 'all'],
    ['status', narrow.status],
    ['kind', narrow.kind],
    ['category', narrow.category],
    ['segment', joined(filters.segment)],
    ['tier', joined(filters.tier)],
    ['flags', joined(filters.flags)],
    ['industry', narrow.industry ?? (filters.industry || undefined)],
    ['reporterId', narrow.reporterId],
    ['from', period?.from],
    ['to', period?.to],
  ]);
}

/** One requirement on the workbench: its mentions, decision and commitments. */
export function requirementLink(id: string): string {
  return `/desk/requirements/${id}`;
}

/** Active projects of one health (all of them when none is given). */
export function projectsLink(health?: Health): string {
  return withQuery('/implementation', [['health', health]]);
}

export function projectLink(id: string): string {
  return `/implementation/projects/${id}`;
}
