import { describe, expect, it } from 'vitest';
import { blankDashboardFilters } from './filters';
import { customersLink, projectsLink, requirementsLink, visitsLink } from './links';

const period = { from: '2026-11-03', to: '2026-12-02' };
const query = (link: string) => Object.fromEntries(new URL(link, 'http://x').searchParams);

describe('links from a figure to its list', () => {
  it('opens one rep’s flagged visits of the period', () => {
    const link = visitsLink(period, { owner: { id: 'u1', name: '李娜' }, isFlaggedOnly: true });
    expect(link.startsWith('/visits?')).toBe(true);
    expect(query(link)).toEqual({ ...period, ownerId: 'u1', ownerName: '李娜', flagged: '1' });
  });

  it('opens the customers of one tier with the dashboard’s flags, and one segment only when one is chosen', () => {
    const filters = { ...blankDashboardFilters, segment: ['mid' as const], flags: ['angel' as const] };
    expect(query(customersLink(filters, { tier: 'high' }))).toEqual({
      tier: 'high',
      segment: 'mid',
      flags: 'angel',
    });
    const two = { ...blankDashboardFilters, segment: ['mid' as const, 'large' as const] };
    expect(query(customersLink(two))).toEqual({});
  });

  it('opens the full requirement table narrowed to a heat-map cell, with the customer filters and period', () => {
    const filters = { ...blankDashboardFilters, tier: ['high' as const, 'general' as const] };
    const link = requirementsLink(filters, period, { industry: '制造业', category: '审批' });
    expect(link.startsWith('/desk/requirements?')).toBe(true);
    expect(query(link)).toEqual({
      view: 'all',
      tier: 'high,general',
      industry: '制造业',
      category: '审批',
      ...period,
    });
  });

  it('leaves the period out where the table’s creation dates would not match the figure', () => {
    expect(query(requirementsLink(blankDashboardFilters, null, { reporterId: 'u2' }))).toEqual({
      view: 'all',
      reporterId: 'u2',
    });
  });

  it('opens the projects of one health', () => {
    expect(projectsLink('at-risk')).toBe('/implementation?health=at-risk');
    expect(projectsLink()).toBe('/implementation');
  });
});
