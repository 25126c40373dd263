/** The workbench table's filters and the query string they become (the same one the export endpoint takes). */
import type { QueryParams } from '@miniapp/lib/api-client';
import type { CustomerFlag, Segment, Tier } from '@shared/domain/customers';
import type { RequirementKind, RequirementSort, RequirementStatus } from '@shared/domain/requirements';

export interface DeskFilters {
  view: 'inbox' | 'all';
  q: string;
  status: RequirementStatus[];
  kind: RequirementKind[];
  category: string;
  segment: Segment[];
  tier: Tier[];
  flags: CustomerFlag[];
  industry: string;
  reporterId: string | undefined;
  from: string | undefined;
  to: string | undefined;
}

export const blankFilters: DeskFilters = {
  view: 'inbox',
  q: '',
  status: [],
  kind: [],
  category: '',
  segment: [],
  tier: [],
  flags: [],
  industry: '',
  reporterId: undefined,
  from: undefined,
  to: undefined,
};

const list = (values: string[]) => (values.length > 0 ? values.join(',') : undefined);
const text = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function deskParams(filters: DeskFilters): QueryParams {
  return {
    inbox: filters.view === 'inbox' ? '1' : undefined,
    q: text(filters.q),
    status: list(filters.status),
    kind: list(filters.kind),
    category: text(filters.category),
    segment: list(filters.segment),
    tier: list(filters.tier),
    flags: list(filters.flags),
    industry: text(filters.industry),
    reporterId: filters.reporterId,
    from: filters.from,
    to: filters.to,
    sort: 'score' satisfies RequirementSort,
    limit: 50,
  };
}

/** The export endpoint's address (under /api/v1) for the table as filtered now (the list's paging left out). */
export function exportPath(params: QueryParams, format: 'xlsx' | 'csv'): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '' && key !== 'limit') search.set(key, String(value));
  }
  search.set('format', format);
  return `/requirements/export?${search.toString()}`;
}
