import { describe, expect, it } from 'vitest';
import { blankFilters, deskParams, exportPath, readDeskFilters, writeDeskFilters } from './desk-filters';

describe('the workbench view as a query', () => {
  it('asks for the triage inbox by score with nothing else set', () => {
    expect(deskParams(blankFilters)).toMatchObject({
      inbox: '1',
      sort: 'score',
      status: undefined,
      q: undefined,
    });
  });

  it('exports exactly the filtered view, without the page size', () => {
    const params = deskParams({
      ...blankFilters,
      view: 'all',
      status: ['new', 'planned'],
      segment: ['large'],
      q: ' 会签 ',
    });
    const path = exportPath(params, 'csv');
    const query = new URL(path, 'http://x').searchParams;
    expect(query.get('status')).toBe('new,planned');
    expect(query.get('segment')).toBe('large');
    expect(query.get('q')).toBe('会签');
    expect(query.get('format')).toBe('csv');
    expect(query.has('limit')).toBe(false);
    expect(query.has('inbox')).toBe(false);
  });
});

describe('the workbench view in its address', () => {
  it('opens the full table filtered as a dashboard link asks', () => {
    const read = readDeskFilters(
      new URLSearchParams(
        'view=all&kind=productizable&tier=high,low&industry=制造业&from=2026-11-03&to=2026-12-02',
      ),
    );
    expect(read).toEqual({
      ...blankFilters,
      view: 'all',
      kind: ['productizable'],
      tier: ['high', 'low'],
      industry: '制造业',
      from: '2026-11-03',
      to: '2026-12-02',
    });
  });

  it('reads back what it wrote, and writes nothing for the plain inbox', () => {
    const filters = {
      ...blankFilters,
      view: 'all' as const,
      status: ['planned' as const],
      reporterId: 'u-9',
      q: '会签',
    };
    expect(readDeskFilters(writeDeskFilters(filters))).toEqual(filters);
    expect(writeDeskFilters(blankFilters).toString()).toBe('');
  });
});
