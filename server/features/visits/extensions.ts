/**
 * Where later features plug into visits without visits importing them: the requirement count of the evidence
 * score, extra customer-timeline entries, and lines of the pre-visit brief. Each list starts with what visits
 * know; requirements and implementation push theirs at startup (their routes.ts).
 */
import type { TenantDb } from '@server/core/db';
import type { TFunction } from '@shared/i18n';
import type { TimelineEntry } from '@shared/schemas/visits';

/** How many requirements were captured on each of these visits (missing id: none). */
export type RequirementCounter = (tdb: TenantDb, visitIds: readonly string[]) => Promise<Map<string, number>>;

/** Timeline entries of one customer, newest first, at most `limit`. */
export type TimelineSource = (
  tdb: TenantDb,
  customerId: string,
  context: { limit: number; now: string },
) => Promise<TimelineEntry[]>;

/** Lines for the pre-visit brief of a customer (open requirements and their status, say), in the message's language. */
export type BriefSource = (tdb: TenantDb, customerId: string, t: TFunction) => Promise<string[]>;

export const visitExtensions: {
  requirementCounters: RequirementCounter[];
  timelineSources: TimelineSource[];
  briefSources: BriefSource[];
} = { requirementCounters: [], timelineSources: [], briefSources: [] };

export async function requirementCounts(
  tdb: TenantDb,
  visitIds: readonly string[],
): Promise<Map<string, number>> {
  const total = new Map<string, number>();
  for (const counter of visitExtensions.requirementCounters) {
    for (const [id, count] of await counter(tdb, visitIds)) total.set(id, (total.get(id) ?? 0) + count);
  }
  return total;
}
