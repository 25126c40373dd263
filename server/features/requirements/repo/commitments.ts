/** SQL for promises made to customers about requirements. */
import { onSameTenant, type TenantDb } from '@server/core/db';
import type { RequirementCommitmentsTable } from '@server/core/db/tables/requirements';
import type { CustomerIdQuery } from '../../customers/service';

export type CommitmentRow = RequirementCommitmentsTable;

export interface CommitmentFilter {
  id?: string | undefined;
  requirementId?: string | undefined;
  /** Unfulfilled ones whose due date is before this day. */
  dueBefore?: string | undefined;
  /** Only promises to these customers (the customers feature's subquery). */
  customers?: CustomerIdQuery | null | undefined;
}

export async function insertCommitment(tdb: TenantDb, row: Omit<CommitmentRow, 'tenant_id'>): Promise<void> {
  await tdb.insertInto('requirement_commitments', row).execute();
}

/** Promises matching the filter, earliest due first, with their requirement's title. */
export function findCommitments(tdb: TenantDb, filter: CommitmentFilter) {
  let select = tdb
    .selectFrom('requirement_commitments')
    .innerJoin('requirements', onSameTenant('requirements.id', 'requirement_commitments.requirement_id'))
    .selectAll('requirement_commitments')
    .select('requirements.title as requirement_title');
  if (filter.id) select = select.where('requirement_commitments.id', '=', filter.id);
  if (filter.requirementId)
    select = select.where('requirement_commitments.requirement_id', '=', filter.requirementId);
  if (filter.customers) select = select.where('requirement_commitments.customer_id', 'in', filter.customers);
  if (filter.dueBefore) {
    select = select
      .where('requirement_commitments.fulfilled_at', 'is', null)
      .where('requirement_commitments.due_date', '<', filter.dueBefore);
  }
  return select.orderBy('requirement_commitments.due_date').limit(500).execute();
}

/** Every open promise on the requirement is fulfilled at `at` (it was released). */
export async function fulfilCommitments(tdb: TenantDb, requirementId: string, at: string): Promise<void> {
  await tdb
    .updateTable('requirement_commitments')
    .set({ fulfilled_at: at })
    .where('requirement_id', '=', requirementId)
    .where('fulfilled_at', 'is', null)
    .execute();
}

/** The promises fulfilled at `at` are open again (the release was taken back). */
export async function reopenCommitments(tdb: TenantDb, requirementId: string, at: string): Promise<void> {
  await tdb
    .updateTable('requirement_commitments')
    .set({ fulfilled_at: null })
    .where('requirement_id', '=', requirementId)
    .where('fulfilled_at', '=', at)
    .execute();
}
