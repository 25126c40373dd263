/** SQL for triage decisions and the tellings that close the loop (a rep passed the latest decision on). */
import type { TenantDb } from '@server/core/db';
import type { RequirementDecisionsTable } from '@server/core/db/tables/requirements';

export type DecisionRow = RequirementDecisionsTable;

export async function insertDecision(tdb: TenantDb, row: Omit<DecisionRow, 'tenant_id'>): Promise<void> {
  await tdb.insertInto('requirement_decisions', row).execute();
}

export function latestDecision(tdb: TenantDb, requirementId: string) {
  return tdb
    .selectFrom('requirement_decisions')
    .selectAll()
    .where('requirement_id', '=', requirementId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** A requirement's decisions, oldest first. */
export function decisionsOn(tdb: TenantDb, requirementId: string): Promise<DecisionRow[]> {
  return tdb
    .selectFrom('requirement_decisions')
    .selectAll()
    .where('requirement_id', '=', requirementId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findDecisionOn(tdb: TenantDb, requirementId: string, decisionId: string) {
  return tdb
    .selectFrom('requirement_decisions')
    .selectAll()
    .where('id', '=', decisionId)
    .where('requirement_id', '=', requirementId)
    .executeTakeFirst();
}

/** Removes a decision and the tellings of it. */
export async function deleteDecision(tdb: TenantDb, decisionId: string): Promise<void> {
  await tdb.deleteFrom('requirement_tellings').where('decision_id', '=', decisionId).execute();
  await tdb.deleteFrom('requirement_decisions').where('id', '=', decisionId).execute();
}

/** Records that the customer was told of the decision, unless already recorded; answers when they were told. */
export async function recordTellingOnce(
  tdb: TenantDb,
  row: {
    id: string;
    requirement_id: string;
    decision_id: string;
    customer_id: string;
    told_by: string;
    told_at: string;
  },
): Promise<string> {
  await tdb
    .insertInto('requirement_tellings', row)
    .onConflict((c) => c.columns(['tenant_id', 'decision_id', 'customer_id']).doNothing())
    .execute();
  const told = await tdb
    .selectFrom('requirement_tellings')
    .select('told_at')
    .where('decision_id', '=', row.decision_id)
    .where('customer_id', '=', row.customer_id)
    .executeTakeFirstOrThrow();
  return told.told_at;
}

/** When each customer was told of the decision. */
export async function tellingsOf(tdb: TenantDb, decisionId: string): Promise<Map<string, string>> {
  const rows = await tdb
    .selectFrom('requirement_tellings')
    .select(['customer_id', 'told_at'])
    .where('decision_id', '=', decisionId)
    .execute();
  return new Map(rows.map((r) => [r.customer_id, r.told_at]));
}
