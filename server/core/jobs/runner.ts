/**
 * Runs each periodic sweep every `everyMs`: a sweep never overlaps itself (the next run is scheduled only after the
 * previous one finished), a failure is logged and the sweep tries again next time, and stop() waits for runs in
 * flight. Sweeps are idempotent, so several instances running them is harmless.
 */
import type { RootDb } from '../db';
import type { Logger } from '../log';
import type { PeriodicJob } from './types';

export interface JobRunnerOptions {
  publicUrl: string;
  /** The clock the sweeps see; tests pin it. */
  now?: () => Date;
  /** Delay before each job's first run, so start-up is not slowed by sweeps. */
  initialDelayMs?: number;
}

export class JobRunner {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = true;

  constructor(
    private readonly db: RootDb,
    private readonly jobs: readonly PeriodicJob[],
    private readonly log: Logger,
    private readonly options: JobRunnerOptions,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    for (const job of this.jobs) this.schedule(job, this.options.initialDelayMs ?? 0);
  }

  /** Stops scheduling and waits for the runs in flight to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([...this.inFlight]);
  }

  private schedule(job: PeriodicJob, delayMs: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      const run = this.runOnce(job).finally(() => {
        this.inFlight.delete(run);
        this.schedule(job, job.everyMs);
      });
      this.inFlight.add(run);
    }, delayMs);
    this.timers.set(job.name, timer);
  }

  private async runOnce(job: PeriodicJob): Promise<void> {
    const started = Date.now();
    try {
      const now = this.options.now?.() ?? new Date();
      await job.run({ db: this.db, now, log: this.log, publicUrl: this.options.publicUrl });
      this.log.debug({ job: job.name, ms: Date.now() - started }, 'periodic job ran');
    } catch (error) {
      this.log.error({ err: error, job: job.name, ms: Date.now() - started }, 'periodic job failed');
    }
  }
}
