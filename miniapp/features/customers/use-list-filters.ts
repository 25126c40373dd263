/** The customer list's filters live in the address bar, so "back" from a customer returns to the same list. */
import {
  type CustomerFlag,
  type CustomerSort,
  customerFlags,
  customerSorts,
  type Segment,
  segments,
  type Tier,
  tiers,
} from '@shared/domain/customers';
import { useSearchParams } from 'react-router';
import type { CustomerFilters } from './api';

export interface ListFilters {
  q: string;
  segment: Segment | undefined;
  tier: Tier | undefined;
  flags: CustomerFlag[];
  isOnlyMine: boolean;
  sort: CustomerSort;
}

export const defaultSort: CustomerSort = '-updatedAt';

function oneOf<Value extends string>(allowed: readonly Value[], raw: string | null): Value | undefined {
  return allowed.find((value) => value === raw);
}

export function readFilters(params: URLSearchParams): ListFilters {
  const flagText = params.get('flags') ?? '';
  return {
    q: params.get('q') ?? '',
    segment: oneOf(segments, params.get('segment')),
    tier: oneOf(tiers, params.get('tier')),
    flags: customerFlags.filter((flag) => flagText.split(',').includes(flag)),
    isOnlyMine: params.get('mine') === '1',
    sort: oneOf(customerSorts, params.get('sort')) ?? defaultSort,
  };
}

export function writeFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.segment) params.set('segment', filters.segment);
  if (filters.tier) params.set('tier', filters.tier);
  if (filters.flags.length > 0) params.set('flags', filters.flags.join(','));
  if (filters.isOnlyMine) params.set('mine', '1');
  if (filters.sort !== defaultSort) params.set('sort', filters.sort);
  return params;
}

export const clearedFilters: ListFilters = {
  q: '',
  segment: undefined,
  tier: undefined,
  flags: [],
  isOnlyMine: false,
  sort: defaultSort,
};

export function hasAnyFilter(filters: ListFilters): boolean {
  return filters.q !== '' || filters.isOnlyMine || countPopupFilters(filters) > 0;
}

/** How many of the popup's filters are set, for the badge on the filter button. */
export function countPopupFilters(filters: ListFilters): number {
  const sortCount = filters.sort === defaultSort ? 0 : 1;
  return (filters.segment ? 1 : 0) + (filters.tier ? 1 : 0) + filters.flags.length + sortCount;
}

/** What the API is asked: "only mine" becomes the signed-in person's id as owner. */
export function queryFiltersOf(filters: ListFilters, options: { myId: string }): CustomerFilters {
  const { isOnlyMine, ...rest } = filters;
  return { ...rest, ownerId: isOnlyMine ? options.myId : undefined };
}

export function useListFilters() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  function updateFilters(change: Partial<ListFilters>): void {
    setParams(writeFilters({ ...readFilters(params), ...change }), { replace: true });
  }
  return { filters, updateFilters };
}
