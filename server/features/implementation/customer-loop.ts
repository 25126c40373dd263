/** A customer's projects as its value loop shows them: health, the phase under way, progress, and goals. */
import type { TenantDb } from '@server/core/db';
import { nowIso } from '@server/core/ids';
import { localDateOf } from '@shared/domain/clock';
import type { CustomerLoop } from '@shared/schemas/insight';
import { phaseFigures } from './projects/figures';
import { loadCustomerProjects } from './projects/loader';
import { presentGoals } from './projects/present';

export async function customerProjectsLoop(
  tdb: TenantDb,
  customerId: string,
): Promise<CustomerLoop['projects']> {
  const today = localDateOf(nowIso());
  const bundles = await loadCustomerProjects(tdb, customerId, ['active', 'accepted']);
  return bundles.map((bundle) => {
    const figures = phaseFigures(bundle, today);
    const current = figures.phases.find((p) => p.doneCount < p.taskCount);
    return {
      id: bundle.row.id,
      name: bundle.row.name,
      health: figures.health.health,
      currentPhase: current?.phase.name ?? null,
      progress: figures.progress,
      goals: presentGoals(bundle.row).map((goal) => ({
        metric: goal.metric,
        unit: goal.unit,
        baseline: goal.baseline ?? null,
        target: goal.target,
        actual: goal.actual ?? null,
        met: goal.met,
      })),
    };
  });
}
