import { describe, expect, it } from 'vitest';
import {
  blankDashboardFilters,
  type DashboardFilters,
  insightParamsOf,
  readDashboardFilters,
  writeDashboardFilters,
} from './filters';

const today = new Date('2026-12-02T04:00:00Z');

describe('dashboard filters in the address', () => {
  it('reads back every filter it wrote, tab included', () => {
    const filters: DashboardFilters = {
      days: null,
      from: '2026-11-01',
      to: '2026-11-30',
      department: '华东销售部',
      ownerId: '0192f3a4-0000-7000-8000-000000000001',
      ownerName: '王磊',
      segment: ['mid', 'large'],
      tier: ['high'],
      industry: '制造业',
      flags: ['coCreation'],
    };
    const params = writeDashboardFilters(filters, { tab: 'loop' });
    expect(params.get('tab')).toBe('loop');
    expect(readDashboardFilters(new URLSearchParams(params.toString()))).toEqual(filters);
  });

  it('writes nothing for the default 30 days, and the preset otherwise', () => {
    expect(writeDashboardFilters(blankDashboardFilters).toString()).toBe('');
    expect(writeDashboardFilters({ ...blankDashboardFilters, days: 7 }).toString()).toBe('days=7');
  });

  it('drops what a hand-edited link gets wrong instead of sending it', () => {
    const read = readDashboardFilters(
      new URLSearchParams('days=12&from=2026-13-99&tier=gold,high&flags=vip&ownerId=%27;drop'),
    );
    expect(read).toEqual({ ...blankDashboardFilters, tier: ['high'] });
  });

  it('asks the server for a preset as from–to ending today, and leaves the default period to it', () => {
    expect(insightParamsOf({ ...blankDashboardFilters, days: 7 }, today)).toMatchObject({
      from: '2026-11-26',
      to: '2026-12-02',
    });
    const byDefault = insightParamsOf({ ...blankDashboardFilters, segment: ['smb', 'mid'] }, today);
    expect(byDefault).toMatchObject({ from: undefined, to: undefined, segment: 'smb,mid', tier: undefined });
  });
});
