import { describe, expect, it } from 'vitest';
import { blankFilters, deskParams, exportPath } from './desk-filters';

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
