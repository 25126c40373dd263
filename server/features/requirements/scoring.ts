/** The tenant's score weights and the denormalised demand/score/counts, recomputed inside the caller's transaction. */
import type { TenantDb } from '@server/core/db';
import type { Segment, Tier } from '@shared/domain/customers';
import {
  type CustomerContribution,
  defaultScoreWeights,
  demandBreakdown,
  demandOf,
  type Importance,
  priorityScore,
  type ScoreWeights,
} from '@shared/domain/requirements';
import { type CustomerSummary, customerSummaries, flagsOf } from '../customers/service';
import { mentionsOf } from './repo/mentions';
import { liveRequirementsAfter, type RequirementRow, storeScore } from './repo/requirements';
import { findWeights, storeWeights as storeWeightsJson } from './repo/settings';

export async function loadWeights(tdb: TenantDb): Promise<ScoreWeights> {
  const stored = await findWeights(tdb);
  if (!stored) return defaultScoreWeights;
  return { ...defaultScoreWeights, ...(JSON.parse(stored) as Partial<ScoreWeights>) };
}

export function storeWeights(tx: TenantDb, weights: ScoreWeights): Promise<void> {
  return storeWeightsJson(tx, JSON.stringify(weights));
}

export interface Explained {
  contributions: CustomerContribution[];
  customers: Map<string, CustomerSummary>;
  demand: number;
  mentionCount: number;
}

/** Who contributes what to a requirement's demand right now. */
export async function explainDemand(
  tdb: TenantDb,
  requirementId: string,
  weights?: ScoreWeights,
): Promise<Explained> {
  const mentions = await mentionsOf(tdb, requirementId);
  const customers = await customerSummaries(
    tdb,
    mentions.map((m) => m.customer_id),
  );
  const contributions = demandBreakdown(
    mentions.map((m) => ({ customerId: m.customer_id, importance: m.importance as Importance })),
    customers.map((c) => ({
      customerId: c.id,
      tier: c.tier as Tier,
      segment: c.segment as Segment,
      flags: flagsOf(c),
    })),
    weights ?? (await loadWeights(tdb)),
  );
  return {
    contributions,
    customers: new Map(customers.map((c) => [c.id, c])),
    demand: demandOf(contributions),
    mentionCount: mentions.length,
  };
}

/** Stores demand, score and counts on the requirement; call in the same transaction as the change. */
export async function recompute(
  tx: TenantDb,
  requirement: Pick<RequirementRow, 'id' | 'impact' | 'confidence' | 'effort'>,
  weights?: ScoreWeights,
): Promise<void> {
  const explained = await explainDemand(tx, requirement.id, weights);
  await storeScore(tx, requirement.id, {
    demand: explained.demand,
    score: priorityScore(explained.demand, requirement.impact, requirement.confidence, requirement.effort),
    customer_count: explained.contributions.length,
    mention_count: explained.mentionCount,
  });
}

/** After a weights change every live requirement of the tenant is rescored, a page at a time. */
export async function recomputeTenant(tx: TenantDb, weights: ScoreWeights): Promise<number> {
  let after = '';
  let count = 0;
  for (;;) {
    const rows = await liveRequirementsAfter(tx, after, 500);
    for (const row of rows) await recompute(tx, row, weights);
    count += rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < 500) return count;
    after = last.id;
  }
}
