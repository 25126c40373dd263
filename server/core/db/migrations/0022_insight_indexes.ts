/**
 * Indexes the dashboards (/insight) need at a million visits: a visit's captured requirements (its evidence
 * score), a customer's follow-ups by date, the mentions of a period (by day and by customer), the requirements
 * first decided in a period and the oldest first mentioned, and the tellings of a decision by customer. Frozen
 * once landed.
 */
import type { Kysely } from 'kysely';

const indexes = [
  ['requirement_mentions_visit_idx', 'requirement_mentions', ['tenant_id', 'visit_id']],
  [
    'requirement_mentions_period_idx',
    'requirement_mentions',
    ['tenant_id', 'created_at', 'customer_id', 'requirement_id'],
  ],
  [
    'requirement_mentions_customer_period_idx',
    'requirement_mentions',
    ['tenant_id', 'customer_id', 'created_at', 'requirement_id'],
  ],
  ['requirements_decided_idx', 'requirements', ['tenant_id', 'first_decided_at']],
  ['requirements_first_mention_idx', 'requirements', ['tenant_id', 'first_mention_at', 'id']],
  ['visits_customer_follow_up_idx', 'visits', ['tenant_id', 'customer_id', 'follow_up_at']],
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
