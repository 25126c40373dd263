/**
 * Indexes the dashboards (/insight) need at a million visits: a visit's captured requirements (its evidence
 * score), the mentions of a period by customer, the requirements first decided in a period, and the tellings of a
 * decision by customer. Frozen once landed.
 */
import type { Kysely } from 'kysely';

const indexes = [
  ['requirement_mentions_visit_idx', 'requirement_mentions', ['tenant_id', 'visit_id']],
  [
    'requirement_mentions_period_idx',
    'requirement_mentions',
    ['tenant_id', 'created_at', 'customer_id', 'requirement_id'],
  ],
  ['requirements_decided_idx', 'requirements', ['tenant_id', 'first_decided_at']],
  ['requirement_tellings_decision_idx', 'requirement_tellings', ['tenant_id', 'decision_id', 'customer_id']],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, table, columns] of indexes) {
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of indexes) await db.schema.dropIndex(name).execute();
}
