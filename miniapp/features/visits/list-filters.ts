/**
 * The visit list's filters in the address bar, so "back" from a visit returns to the same list and a dashboard figure
 * can open the list already filtered (/visits?ownerId=…&from=…&to=…&flagged=1).
 */
import { type VisitKind, visitKinds } from '@shared/domain/visits';

export interface VisitFilters {
  customer: { id: string; name: string } | undefined;
  kind: VisitKind | undefined;
  from: string | undefined;
  to: string | undefined;
  isFlaggedOnly: boolean;
  /** Managers: one person's visits (a dashboard figure opens the list this way). */
  owner: { id: string; name: string } | undefined;
}

export const noVisitFilters: VisitFilters = {
  customer: undefined,
  kind: undefined,
  from: undefined,
  to: undefined,
  isFlaggedOnly: false,
  owner: undefined,
};

/** How many of the sheet's filters are set (the 只看签到偏远的 and owner chips count apart). */
export function countFilters(filters: VisitFilters): number {
  return [filters.customer, filters.kind, filters.from, filters.to].filter((value) => value !== undefined)
    .length;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const idPattern = /^[0-9a-zA-Z-]{1,64}$/;

function refOf(id: string | null, name: string | null): { id: string; name: string } | undefined {
  return id && idPattern.test(id) ? { id, name: name ?? '' } : undefined;
}

function dateOf(raw: string | null): string | undefined {
  return raw && datePattern.test(raw) ? raw : undefined;
}

export function readVisitFilters(params: URLSearchParams): VisitFilters {
  return {
    customer: refOf(params.get('customerId'), params.get('customerName')),
    kind: visitKinds.find((kind) => kind === params.get('kind')),
    from: dateOf(params.get('from')),
    to: dateOf(params.get('to')),
    isFlaggedOnly: params.get('flagged') === '1',
    owner: refOf(params.get('ownerId'), params.get('ownerName')),
  };
}

export function writeVisitFilters(filters: VisitFilters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => {
    if (value) params.set(key, value);
  };
  set('customerId', filters.customer?.id);
  set('customerName', filters.customer?.name);
  set('kind', filters.kind);
  set('from', filters.from);
  set('to', filters.to);
  set('flagged', filters.isFlaggedOnly ? '1' : undefined);
  set('ownerId', filters.owner?.id);
  set('ownerName', filters.owner?.name);
  return params;
}
