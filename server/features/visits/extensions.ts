/**
 * Where later features plug into visits without visits importing them: the requirement count of the evidence
 * score, extra customer-timeline entries, and lines of the pre-visit brief. The composition root
 * (server/app.ts) connects what requirements and implementation contribute; nothing registers itself at import.
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

export interface VisitSources {
  requirementCounters: readonly RequirementCounter[];
  timelineSources: readonly TimelineSource[];
  briefSources: readonly BriefSource[];
}

let connected: VisitSources = { requirementCounters: [], timelineSources: [], briefSources: [] };

export function connectVisitSources(sources: VisitSources): void {
  connected = sources;
}

export function visitSources(): VisitSources {
  return connected;
}

export async function requirementCounts(
  tdb: TenantDb,
  visitIds: readonly string[],
): Promise<Map<string, number>> {
  const total = new Map<string, number>();
  for (const counter of connected.requirementCounters) {
    for (const [id, count] of await counter(tdb, visitIds)) total.set(id, (total.get(id) ?? 0) + count);
  }
  return total;
}
