import type { RootDb } from '@server/core/db';
import { createLogger } from '@server/core/log';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobRunner } from './runner';
import type { PeriodicJob } from './types';

const db = {} as RootDb;
const log = createLogger('silent');
/** Fake timers drive both the runner and the jobs' own waiting, so the test is exact on a busy machine. */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const elapse = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function recordingJob(name: string, everyMs: number, work: (run: number) => Promise<void> = async () => {}) {
  const runs: Date[] = [];
  let active = 0;
  let maxActive = 0;
  const job: PeriodicJob = {
    name,
    everyMs,
    run: async ({ now }) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      runs.push(now);
      try {
        await work(runs.length);
      } finally {
        active -= 1;
      }
    },
  };
  return { job, runs, maxActive: () => maxActive };
}

describe('JobRunner', () => {
  it('runs each job repeatedly with the clock it was given', async () => {
    const pinned = new Date('2026-11-24T00:00:00Z');
    const a = recordingJob('a', 10);
    const b = recordingJob('b', 10);
    const runner = new JobRunner(db, [a.job, b.job], log, {
      now: () => pinned,
      publicUrl: 'http://fieldloop.test',
    });
    runner.start();
    await elapse(35);
    await runner.stop();
    expect(a.runs).toHaveLength(4);
    expect(b.runs).toHaveLength(4);
    expect(a.runs.every((at) => at === pinned)).toBe(true);
  });

  it('never starts a run while the previous one is still going', async () => {
    const slow = recordingJob('slow', 1, () => sleep(25));
    const runner = new JobRunner(db, [slow.job], log, { publicUrl: 'http://fieldloop.test' });
    runner.start();
    await elapse(120);
    const stopping = runner.stop();
    await elapse(30);
    await stopping;
    // Each run takes 25 ms and the next starts 1 ms after it ended: 5 runs in 120 ms, never two at once.
    expect(slow.runs).toHaveLength(5);
    expect(slow.maxActive()).toBe(1);
  });

  it('keeps running a job after it failed', async () => {
    const flaky = recordingJob('flaky', 5, async (run) => {
      if (run === 1) throw new Error('database busy');
    });
    const runner = new JobRunner(db, [flaky.job], log, { publicUrl: 'http://fieldloop.test' });
    runner.start();
    await elapse(60);
    await runner.stop();
    expect(flaky.runs.length).toBeGreaterThanOrEqual(2);
  });

  it('waits for a run in flight when stopped, then runs nothing more', async () => {
    let finished = false;
    const long = recordingJob('long', 5, async () => {
      await sleep(40);
      finished = true;
    });
    const runner = new JobRunner(db, [long.job], log, { publicUrl: 'http://fieldloop.test' });
    runner.start();
    await elapse(10);
    const stopping = runner.stop();
    await elapse(40);
    await stopping;
    expect(finished).toBe(true);
    const count = long.runs.length;
    await elapse(30);
    expect(long.runs.length).toBe(count);
  });
});
