/** List filters survive the address bar: written, read back, and unknown values ignored. */
import { describe, expect, it } from 'vitest';
import {
  clearedFilters,
  countPopupFilters,
  queryFiltersOf,
  readFilters,
  writeFilters,
} from './use-list-filters';

describe('list filters in the address bar', () => {
  it('round-trips every filter and leaves defaults out of the URL', () => {
    const filters = {
      ...clearedFilters,
      q: '云帆',
      tier: 'high' as const,
      flags: ['angel' as const],
      isOnlyMine: true,
    };
    const params = writeFilters(filters);
    expect(params.toString()).toBe('q=%E4%BA%91%E5%B8%86&tier=high&flags=angel&mine=1');
    expect(readFilters(params)).toEqual(filters);
  });

  it('ignores values it does not know instead of sending them to the server', () => {
    const filters = readFilters(new URLSearchParams('segment=huge&flags=angel,vip&sort=random'));
    expect(filters).toEqual({ ...clearedFilters, flags: ['angel'] });
  });

  it('counts popup filters and turns "only mine" into an owner id', () => {
    const filters = {
      ...clearedFilters,
      segment: 'smb' as const,
      flags: ['angel' as const, 'benchmark' as const],
    };
    expect(countPopupFilters(filters)).toBe(3);
    expect(queryFiltersOf({ ...filters, isOnlyMine: true }, { myId: 'me-1' }).ownerId).toBe('me-1');
    expect(queryFiltersOf(filters, { myId: 'me-1' }).ownerId).toBeUndefined();
  });
});
