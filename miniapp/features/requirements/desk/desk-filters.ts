/** The workbench table's filters and the query string they become (the same one the export endpoint takes). */
import type { QueryParams } from '@miniapp/lib/api-client';
import {
  type CustomerFlag,
  customerFlags,
  type Segment,
  segments,
  type Tier,
  tiers,
} from '@shared/domain/customers';
import {
  type RequirementKind,
  type RequirementSort,
  type RequirementStatus,
  requirementKinds,
  requirementStatuses,
} from '@shared/domain/requirements';

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

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const idPattern = /^[0-9a-zA-Z-]{1,64}$/;

function listOf<Value extends string>(allowed: readonly Value[], raw: string | null): Value[] {
  const parts = (raw ?? '').split(',');
  return allowed.filter((value) => parts.includes(value));
}

/**
 * The table's filters from its address, so "back" from a requirement returns to the same view and a dashboard figure
 * opens it already filtered (/desk/requirements?view=all&kind=productizable&…). Unknown values are dropped.
 */
export function readDeskFilters(params: URLSearchParams): DeskFilters {
  const date = (key: string) => {
    const value = params.get(key);
    return value && datePattern.test(value) ? value : undefined;
  };
  const reporterId = params.get('reporterId');
  return {
    view: params.get('view') === 'all' ? 'all' : 'inbox',
    q: params.get('q') ?? '',
    status: listOf(requirementStatuses, params.get('status')),
    kind: listOf(requirementKinds, params.get('kind')),
    category: params.get('category') ?? '',
    segment: listOf(segments, params.get('segment')),
    tier: listOf(tiers, params.get('tier')),
    flags: listOf(customerFlags, params.get('flags')),
    industry: params.get('industry') ?? '',
    reporterId: reporterId && idPattern.test(reporterId) ? reporterId : undefined,
    from: date('from'),
    to: date('to'),
  };
}

export function writeDeskFilters(filters: DeskFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.view === 'all') params.set('view', 'all');
  for (const [key, value] of Object.entries(deskParams(filters))) {
    if (value === undefined || key === 'inbox' || key === 'sort' || key === 'limit') continue;
    params.set(key, String(value));
  }
  return params;
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
