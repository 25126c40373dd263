import { createI18n } from '@shared/i18n';
import { describe, expect, it } from 'vitest';
import { addDays, dayLabel, followUpChoices, formatDistance, groupByDay } from './dates';

const zh = createI18n('zh-CN');
const en = createI18n('en');

describe('visit day labels', () => {
  it('says 今天 and 昨天 for the last two days', () => {
    const options = { t: zh.t, locale: 'zh-CN' };
    expect(dayLabel('2026-11-23', '2026-11-23', options)).toBe('今天');
    expect(dayLabel('2026-11-22', '2026-11-23', options)).toBe('昨天');
  });

  it('writes older days as 11月20日 周五, with the year only when it differs', () => {
    const options = { t: zh.t, locale: 'zh-CN' };
    expect(dayLabel('2026-11-20', '2026-11-23', options)).toBe('11月20日 周五');
    expect(dayLabel('2025-12-29', '2026-01-05', options)).toBe('2025年12月29日 周一');
  });

  it('writes English days as Fri, Nov 20', () => {
    expect(dayLabel('2026-11-20', '2026-11-23', { t: en.t, locale: 'en' })).toBe('Fri, Nov 20');
  });

  it('crosses month ends when counting back a day', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('grouping visits by day', () => {
  it('groups by the Shanghai day, so 23:30 UTC counts as the next morning', () => {
    const visits = [
      { id: 'a', at: '2026-11-22T23:30:00Z' },
      { id: 'b', at: '2026-11-22T10:00:00Z' },
      { id: 'c', at: '2026-11-22T01:00:00Z' },
    ];
    const groups = groupByDay(visits, (visit) => visit.at);
    expect(groups.map((group) => [group.date, group.items.map((visit) => visit.id)])).toEqual([
      ['2026-11-23', ['a']],
      ['2026-11-22', ['b', 'c']],
    ]);
  });
});

describe('distances', () => {
  it('reads in metres nearby and kilometres further away', () => {
    expect(formatDistance(349.6, 'zh-CN')).toBe('350 米');
    expect(formatDistance(1234, 'zh-CN')).toBe('1.2 公里');
    expect(formatDistance(15_400, 'en')).toBe('15 km');
  });
});

describe('follow-up day chips', () => {
  it('offers 明天, 本周五 and 下周一 from a Tuesday, soonest first', () => {
    expect(followUpChoices('2026-12-01')).toEqual([
      { choice: 'tomorrow', date: '2026-12-02' },
      { choice: 'thisFriday', date: '2026-12-04' },
      { choice: 'nextMonday', date: '2026-12-07' },
    ]);
  });

  it('names Thursday’s tomorrow 明天 only, and drops 本周五 once Friday has come', () => {
    expect(followUpChoices('2026-12-03').map((item) => item.choice)).toEqual(['tomorrow', 'nextMonday']);
    expect(followUpChoices('2026-12-04')).toEqual([
      { choice: 'tomorrow', date: '2026-12-05' },
      { choice: 'nextMonday', date: '2026-12-07' },
    ]);
  });

  it('takes a Monday to the next Monday, and Sunday’s tomorrow is that Monday', () => {
    expect(followUpChoices('2026-11-30').at(-1)).toEqual({ choice: 'nextMonday', date: '2026-12-07' });
    expect(followUpChoices('2026-12-06')).toEqual([{ choice: 'tomorrow', date: '2026-12-07' }]);
  });
});
