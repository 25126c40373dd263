/**
 * Promises to customers (who promised which customer what, by when). Releasing the requirement fulfils them; an
 * overdue one is announced once to the requirement's PM and the customer's owner.
 */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { AppError } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import { notifyPerson } from '@server/features/platform/notify';
import { localDateOf } from '@shared/domain/clock';
import type { Commitment, CommitmentCreate } from '@shared/schemas/requirements';
import { canSeeCustomer, visibleOwnerFor } from '../customers/policy';
import { namesOf } from '../users/service';
import { overdueCommitmentMessage } from './messages';
import { requirementCan } from './policy';
import { liveRequirement } from './service';

export async function addCommitment(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  input: Required<Pick<CommitmentCreate, 'customerId' | 'dueDate'>> & { note?: string | null | undefined },
): Promise<Commitment> {
  const requirement = await liveRequirement(tdb, requirementId);
  authorize(requirementCan(actor, requirement).commit);
  const customer = await tdb
    .selectFrom('customers')
    .select(['owner_id'])
    .where('id', '=', input.customerId)
    .executeTakeFirst();
  if (!customer || !canSeeCustomer(actor, customer)) {
    throw new AppError('VALIDATION_FAILED', { customerId: 'errors.NOT_FOUND' });
  }
  const id = newId();
  await tdb.transaction(async (tx) => {
    await tx
      .insertInto('requirement_commitments', {
        id,
        requirement_id: requirement.id,
        customer_id: input.customerId,
        promised_by: actor.userId,
        due_date: input.dueDate,
        note: input.note ?? null,
        fulfilled_at: requirement.status === 'released' ? nowIso() : null,
        created_at: nowIso(),
      })
      .execute();
    await recordAudit(tx, actor, {
      action: 'requirement.commit',
      objectType: 'requirement',
      objectId: requirement.id,
      data: { commitmentId: id, customerId: input.customerId, dueDate: input.dueDate },
    });
  });
  const [created] = await commitmentsOf(tdb, { id });
  if (!created) throw new AppError('INTERNAL');
  return created;
}

/** Promises matching `filter`; with `visibleTo`, only those to customers that person may see. */
export async function commitmentsOf(
  tdb: TenantDb,
  filter: { id?: string; requirementId?: string; overdue?: boolean | undefined; visibleTo?: Actor },
  today = localDateOf(new Date()),
): Promise<Commitment[]> {
  let select = tdb
    .selectFrom('requirement_commitments')
    .innerJoin('requirements', (j) =>
      j
        .onRef('requirements.id', '=', 'requirement_commitments.requirement_id')
        .onRef('requirements.tenant_id', '=', 'requirement_commitments.tenant_id'),
    )
    .innerJoin('customers', (j) =>
      j
        .onRef('customers.id', '=', 'requirement_commitments.customer_id')
        .onRef('customers.tenant_id', '=', 'requirement_commitments.tenant_id'),
    )
    .selectAll('requirement_commitments')
    .select(['requirements.title as requirement_title', 'customers.name as customer_name']);
  if (filter.id) select = select.where('requirement_commitments.id', '=', filter.id);
  if (filter.requirementId)
    select = select.where('requirement_commitments.requirement_id', '=', filter.requirementId);
  const customerOwner = filter.visibleTo ? visibleOwnerFor(filter.visibleTo) : null;
  if (customerOwner) select = select.where('customers.owner_id', '=', customerOwner);
  if (filter.overdue) {
    select = select
      .where('requirement_commitments.fulfilled_at', 'is', null)
      .where('requirement_commitments.due_date', '<', today);
  }
  const rows = await select.orderBy('requirement_commitments.due_date').limit(500).execute();
  const names = await namesOf(
    tdb,
    rows.map((r) => r.promised_by),
  );
  return rows.map((r) => ({
    id: r.id,
    requirementId: r.requirement_id,
    requirementTitle: r.requirement_title,
    customerId: r.customer_id,
    customerName: r.customer_name,
    promisedById: r.promised_by,
    promisedByName: names.get(r.promised_by) ?? '',
    dueDate: r.due_date,
    note: r.note,
    fulfilledAt: r.fulfilled_at,
    overdue: r.fulfilled_at === null && r.due_date < today,
    createdAt: r.created_at,
  }));
}

/** The sweep: every unfulfilled promise whose day has passed, announced once (the dedupe key names it). */
export async function announceOverdueCommitments(
  tdb: TenantDb,
  now: Date,
  publicUrl: string,
): Promise<number> {
  const overdue = await commitmentsOf(tdb, { overdue: true }, localDateOf(now));
  let sent = 0;
  for (const c of overdue) {
    const requirement = await tdb
      .selectFrom('requirements')
      .select(['owner_id', 'status', 'merged_into_id'])
      .where('id', '=', c.requirementId)
      .executeTakeFirstOrThrow();
    const customer = await tdb
      .selectFrom('customers')
      .select('owner_id')
      .where('id', '=', c.customerId)
      .executeTakeFirstOrThrow();
    const recipients = new Set([customer.owner_id, ...(requirement.owner_id ? [requirement.owner_id] : [])]);
    const message = overdueCommitmentMessage(
      {
        id: c.id,
        requirementId: c.requirementId,
        title: c.requirementTitle,
        promiser: c.promisedByName,
        customer: c.customerName,
        dueDate: c.dueDate,
        status: requirement.status,
      },
      publicUrl,
    );
    await tdb.transaction(async (tx) => {
      for (const userId of recipients) if (await notifyPerson(tx, userId, message)) sent++;
    });
  }
  return sent;
}
