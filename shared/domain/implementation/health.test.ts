import { describe, expect, it } from 'vitest';
import { progressOf, rollupHealth, taskHealth, withGoLive } from './health';

const today = '2026-11-23';
const open = { doneAt: null, blocker: null };

describe('taskHealth', () => {
  it('is on track with more than two days left', () => {
    expect(taskHealth({ ...open, dueDate: '2026-11-26' }, today)).toEqual({
      health: 'on-track',
      reason: 'on-schedule',
    });
  });

  it('is at risk when due within two days with work left', () => {
    expect(taskHealth({ ...open, dueDate: '2026-11-25' }, today)).toEqual({
      health: 'at-risk',
      reason: 'due-soon',
    });
    expect(taskHealth({ ...open, dueDate: today }, today).health).toBe('at-risk');
  });

  it('is at risk when blocked, however far the due date', () => {
    expect(taskHealth({ ...open, dueDate: '2027-01-01', blocker: '客户IT未开通VPN' }, today)).toEqual({
      health: 'at-risk',
      reason: 'blocked',
    });
  });

  it('is overdue after its due date, blocked or not', () => {
    expect(taskHealth({ ...open, dueDate: '2026-11-22', blocker: '等待' }, today).health).toBe('overdue');
  });

  it('is on track once done, even late', () => {
    expect(
      taskHealth({ dueDate: '2026-11-01', doneAt: '2026-11-20T02:00:00Z', blocker: null }, today),
    ).toEqual({
      health: 'on-track',
      reason: 'done',
    });
  });
});

describe('rollupHealth', () => {
  it('takes the worst part and says why', () => {
    expect(
      rollupHealth([
        { health: 'on-track', reason: 'done' },
        { health: 'at-risk', reason: 'due-soon' },
        { health: 'overdue', reason: 'overdue' },
      ]),
    ).toEqual({ health: 'overdue', reason: 'tasks-overdue' });
  });

  it('names a blocker before an approaching date', () => {
    expect(
      rollupHealth([
        { health: 'at-risk', reason: 'due-soon' },
        { health: 'at-risk', reason: 'blocked' },
      ]),
    ).toEqual({ health: 'at-risk', reason: 'tasks-blocked' });
  });

  it('is done when every part is done, on schedule otherwise', () => {
    expect(rollupHealth([{ health: 'on-track', reason: 'done' }]).reason).toBe('done');
    expect(
      rollupHealth([
        { health: 'on-track', reason: 'done' },
        { health: 'on-track', reason: 'on-schedule' },
      ]).reason,
    ).toBe('on-schedule');
  });
});

describe('withGoLive', () => {
  const onTrack = { health: 'on-track', reason: 'on-schedule' } as const;

  it('puts a project at risk when its projected go-live lies past the target', () => {
    expect(withGoLive(onTrack, { projected: '2026-12-22', target: '2026-12-18' })).toEqual({
      health: 'at-risk',
      reason: 'go-live-late',
    });
  });

  it('leaves it alone on target, without a target, when finished, or when already worse', () => {
    expect(withGoLive(onTrack, { projected: '2026-12-18', target: '2026-12-18' })).toEqual(onTrack);
    expect(withGoLive(onTrack, { projected: '2026-12-22', target: null })).toEqual(onTrack);
    const done = { health: 'on-track', reason: 'done' } as const;
    expect(withGoLive(done, { projected: '2026-12-22', target: '2026-12-18' })).toEqual(done);
    const overdue = { health: 'overdue', reason: 'tasks-overdue' } as const;
    expect(withGoLive(overdue, { projected: '2026-12-22', target: '2026-12-18' })).toEqual(overdue);
  });
});

describe('progressOf', () => {
  it('rounds down so an unfinished phase never shows 100%', () => {
    expect(progressOf(199, 200)).toBe(99);
    expect(progressOf(1, 3)).toBe(33);
    expect(progressOf(0, 0)).toBe(100);
  });
});
