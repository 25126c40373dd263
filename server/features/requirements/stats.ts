/** Loop figures for the dashboard, and the tenant's score weights (a change rescores every requirement). */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { authorize } from '@server/core/policy';
import type { ScoreWeights } from '@shared/domain/requirements';
import type { RequirementStats } from '@shared/schemas/requirements-loop';
import { canEditWeights, canManage, canOverseeLoop } from './policy';
import { latestDecision, tellingsOf } from './repo/decisions';
import { mentionedCustomerIds } from './repo/mentions';
import { decidedRequirements } from './repo/requirements';
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
  const decided = await decidedRequirements(tdb, range);
  let closed = 0;
  for (const row of decided) if (await loopClosed(tdb, row.id)) closed++;
  const hours = decided
    .map(
      (r) =>
        (new Date(r.first_decided_at as string).getTime() - new Date(r.first_mention_at).getTime()) /
        3_600_000,
    )
    .sort((a, b) => a - b);
  return {
    decidedCount: decided.length,
    closedLoopCount: closed,
    loopClosureRate: decided.length ? Math.round((closed / decided.length) * 1000) / 1000 : null,
    medianHoursToDecision: hours.length ? Math.round(median(hours) * 10) / 10 : null,
  };
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function loopClosed(tdb: TenantDb, requirementId: string): Promise<boolean> {
  const latest = await latestDecision(tdb, requirementId);
  if (!latest) return false;
  const [customers, told] = await Promise.all([
    mentionedCustomerIds(tdb, requirementId),
    tellingsOf(tdb, latest.id),
  ]);
  return customers.length > 0 && customers.every((customerId) => told.has(customerId));
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
