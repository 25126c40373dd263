import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  emptyCalendar,
  isWorkingDay,
  nextWorkingDay,
  planPhases,
  type WorkCalendar,
} from './calendar';

/** 2026 National Day: Oct 1–7 off, Sat Oct 10 worked (调休). */
const nationalDay: WorkCalendar = new Map([
  ['2026-10-01', 'holiday'],
  ['2026-10-02', 'holiday'],
  ['2026-10-05', 'holiday'],
  ['2026-10-06', 'holiday'],
  ['2026-10-07', 'holiday'],
  ['2026-10-10', 'workday'],
]);

describe('working days', () => {
  it('skips weekends', () => {
    expect(isWorkingDay('2026-11-21', emptyCalendar)).toBe(false);
    expect(addWorkingDays('2026-11-20', 1, emptyCalendar)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-23', 5, emptyCalendar)).toBe('2026-11-30');
  });

  it('starts work on a weekend date on the following Monday', () => {
    expect(nextWorkingDay('2026-11-22', emptyCalendar)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-22', 0, emptyCalendar)).toBe('2026-11-23');
  });

  it('skips the tenant holidays and counts a worked Saturday', () => {
    expect(addWorkingDays('2026-09-30', 1, nationalDay)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-09', 1, nationalDay)).toBe('2026-10-10');
    expect(isWorkingDay('2026-10-10', nationalDay)).toBe(true);
  });
});

describe('planPhases', () => {
  it('plans back-to-back phases in working days', () => {
    expect(planPhases('2026-11-23', [10, 5, 1], emptyCalendar)).toEqual([
      { startDate: '2026-11-23', dueDate: '2026-12-04' },
      { startDate: '2026-12-07', dueDate: '2026-12-11' },
      { startDate: '2026-12-14', dueDate: '2026-12-14' },
    ]);
  });

  it('pushes a phase across a holiday week', () => {
    expect(planPhases('2026-09-28', [5, 2], nationalDay)).toEqual([
      { startDate: '2026-09-28', dueDate: '2026-10-09' },
      { startDate: '2026-10-10', dueDate: '2026-10-12' },
    ]);
  });
});
