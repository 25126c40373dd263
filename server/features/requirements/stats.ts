/** Loop figures for the dashboard, and the tenant's score weights (a change rescores every requirement). */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { authorize } from '@server/core/policy';
import type { ScoreWeights } from '@shared/domain/requirements';
import type { RequirementStats } from '@shared/schemas/requirements-loop';
import { canEditWeights, canManage, canOverseeLoop } from './policy';
import { loopClosure } from './repo/insight-loop';
import { startOfDay, startOfNextDay } from './repo/local-days';
import { loadWeights, recomputeTenant, storeWeights } from './scoring';

/**
 * Over requirements first decided in the range: the share whose latest decision every mentioning customer has been
 * told, and the median hours from first mention to first decision.
 */
export async function requirementStats(
  tdb: TenantDb,
  actor: Actor,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<RequirementStats> {
  authorize(canOverseeLoop(actor));
  const loop = await loopClosure(tdb, {
    since: range.from ? startOfDay(range.from) : undefined,
    before: range.to ? startOfNextDay(range.to) : undefined,
    customers: null,
  });
  return {
    decidedCount: loop.decided,
    closedLoopCount: loop.closed,
    loopClosureRate: loop.decided ? Math.round((loop.closed / loop.decided) * 1000) / 1000 : null,
    medianHoursToDecision: loop.medianDays === null ? null : Math.round(loop.medianDays * 24 * 10) / 10,
  };
}

export async function getWeights(tdb: TenantDb, actor: Actor): Promise<ScoreWeights> {
  authorize(canManage(actor));
  return loadWeights(tdb);
}

export async function putWeights(tdb: TenantDb, actor: Actor, weights: ScoreWeights): Promise<ScoreWeights> {
  authorize(canEditWeights(actor));
  await tdb.transaction(async (tx) => {
    await storeWeights(tx, weights);
    const rescored = await recomputeTenant(tx, weights);
    await recordAudit(tx, actor, {
      action: 'requirement.weights',
      objectType: 'tenant',
      objectId: tx.tenantId,
      data: { weights, rescored },
    });
  });
  return loadWeights(tdb);
}
