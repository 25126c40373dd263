import { describe, expect, it } from 'vitest';
import { noVisitFilters, readVisitFilters, type VisitFilters, writeVisitFilters } from './list-filters';

describe('visit list filters in the address', () => {
  it('opens the list a dashboard figure points at: one rep, a period, only flagged check-ins', () => {
    const read = readVisitFilters(
      new URLSearchParams('ownerId=u-1&ownerName=李娜&from=2026-11-03&to=2026-12-02&flagged=1'),
    );
    expect(read).toEqual({
      ...noVisitFilters,
      owner: { id: 'u-1', name: '李娜' },
      from: '2026-11-03',
      to: '2026-12-02',
      isFlaggedOnly: true,
    });
  });

  it('reads back what it wrote', () => {
    const filters: VisitFilters = {
      customer: { id: 'c-1', name: '恒川精密' },
      kind: 'phone',
      from: '2026-11-01',
      to: undefined,
      isFlaggedOnly: false,
      owner: undefined,
    };
    expect(readVisitFilters(writeVisitFilters(filters))).toEqual(filters);
    expect(writeVisitFilters(noVisitFilters).toString()).toBe('');
  });

  it('ignores a kind or date it does not know', () => {
    expect(readVisitFilters(new URLSearchParams('kind=fax&from=yesterday'))).toEqual(noVisitFilters);
  });
});
