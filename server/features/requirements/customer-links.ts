/** The requirements one customer raised, as the visit and implementation links read them (first mention, go-live). */
import type { TenantDb } from '@server/core/db';
import type { RequirementStatus } from '@shared/domain/requirements';
import { customerMentions } from './repo/mentions';

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
  const rows = await customerMentions(tdb, customerId);
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
