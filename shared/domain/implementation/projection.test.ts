import { describe, expect, it } from 'vitest';
import { emptyCalendar, type WorkCalendar } from './calendar';
import { goLiveSlip, projectSchedule, type ScheduledTask } from './projection';

const task = (id: string, dueDate: string, extra: Partial<ScheduledTask> = {}): ScheduledTask => ({
  id,
  dueDate,
  doneAt: null,
  blockedUntil: null,
  ...extra,
});

// Mon 2026-12-07 … Fri 2026-12-11; the plan ends Fri 2026-12-18.
const plan = [
  task('kickoff', '2026-12-04', { doneAt: '2026-12-03T08:00:00Z' }),
  task('interviews', '2026-12-08'),
  task('config', '2026-12-09'),
  task('uat', '2026-12-18'),
];

describe('projected dates', () => {
  it('keeps the plan when nothing is held', () => {
    const projection = projectSchedule(plan, '2026-12-18', emptyCalendar);
    expect(Object.fromEntries(projection.dueDates)).toEqual({
      kickoff: '2026-12-04',
      interviews: '2026-12-08',
      config: '2026-12-09',
      uat: '2026-12-18',
    });
    expect(projection.endDate).toBe('2026-12-18');
  });

  it('moves the held task and every task after it by the working days lost', () => {
    const held = plan.map((t) => (t.id === 'interviews' ? { ...t, blockedUntil: '2026-12-10' } : t));
    const projection = projectSchedule(held, '2026-12-18', emptyCalendar);
    // Held until Thu 12-10 instead of due Tue 12-08: two working days lost.
    expect(projection.dueDates.get('kickoff')).toBe('2026-12-04');
    expect(projection.dueDates.get('interviews')).toBe('2026-12-10');
    expect(projection.dueDates.get('config')).toBe('2026-12-11');
    expect(projection.dueDates.get('uat')).toBe('2026-12-22');
    expect(projection.endDate).toBe('2026-12-22');
  });

  it('skips weekends and holidays when it moves dates', () => {
    const holidays: WorkCalendar = new Map([['2026-12-21', 'holiday']]);
    const held = plan.map((t) => (t.id === 'config' ? { ...t, blockedUntil: '2026-12-12' } : t));
    const projection = projectSchedule(held, '2026-12-18', holidays);
    // Sat 12-12 → work resumes Mon 12-14; 3 working days lost after Wed 12-09.
    expect(projection.dueDates.get('config')).toBe('2026-12-14');
    expect(projection.dueDates.get('uat')).toBe('2026-12-24');
  });

  it('never pulls dates in for a hold that ends before the due date, nor moves finished work', () => {
    const held = plan.map((t) =>
      t.id === 'uat' || t.id === 'kickoff' ? { ...t, blockedUntil: '2026-12-30' } : t,
    );
    const early = projectSchedule(
      plan.map((t) => (t.id === 'config' ? { ...t, blockedUntil: '2026-12-01' } : t)),
      '2026-12-18',
      emptyCalendar,
    );
    expect(early.dueDates.get('config')).toBe('2026-12-09');
    expect(early.endDate).toBe('2026-12-18');
    const projection = projectSchedule(held, '2026-12-18', emptyCalendar);
    expect(projection.dueDates.get('kickoff')).toBe('2026-12-04');
    expect(projection.dueDates.get('uat')).toBe('2026-12-30');
    expect(projection.endDate).toBe('2026-12-30');
  });

  it('says how many working days the projected go-live lies past the target', () => {
    expect(goLiveSlip('2026-12-22', '2026-12-18', emptyCalendar)).toBe(2);
    expect(goLiveSlip('2026-12-18', '2026-12-18', emptyCalendar)).toBe(0);
    expect(goLiveSlip('2026-12-22', null, emptyCalendar)).toBe(0);
  });
});
