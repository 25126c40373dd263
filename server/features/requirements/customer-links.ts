/** The requirements one customer raised, as the visit and implementation links read them (first mention, go-live). */
import type { TenantDb } from '@server/core/db';
import type { RequirementStatus } from '@shared/domain/requirements';

export interface CustomerRequirement {
  id: string;
  title: string;
  status: string;
  /** When this customer first asked for it. */
  firstMentionAt: string;
  /** Some mention of this customer says it must ship for go-live. */
  goLive: boolean;
}

/** Oldest mention first, one entry per requirement (mentions of merged requirements sit on the survivor). */
export async function requirementsOfCustomer(
  tdb: TenantDb,
  customerId: string,
): Promise<CustomerRequirement[]> {
  const rows = await tdb
    .selectFrom('requirement_mentions')
    .innerJoin('requirements', (j) =>
      j
        .onRef('requirements.id', '=', 'requirement_mentions.requirement_id')
        .onRef('requirements.tenant_id', '=', 'requirement_mentions.tenant_id'),
    )
    .select([
      'requirements.id',
      'requirements.title',
      'requirements.status',
      'requirement_mentions.created_at',
      'requirement_mentions.go_live',
    ])
    .where('requirement_mentions.customer_id', '=', customerId)
    .where('requirements.status', '<>', 'merged')
    .orderBy('requirement_mentions.created_at')
    .execute();
  const byId = new Map<string, CustomerRequirement>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (seen) seen.goLive ||= row.go_live === 1;
    else {
      byId.set(row.id, {
        id: row.id,
        title: row.title,
        status: row.status,
        firstMentionAt: row.created_at,
        goLive: row.go_live === 1,
      });
    }
  }
  return [...byId.values()];
}

/** Still waiting for a result: what a rep should know before walking in. */
const openStatuses: readonly RequirementStatus[] = ['new', 'under_review', 'planned', 'in_progress'];

export const isOpen = (status: string): boolean => (openStatuses as readonly string[]).includes(status);
