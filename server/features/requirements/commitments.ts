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
import { notifyPerson } from '@server/features/platform/service';
import { localDateOf } from '@shared/domain/clock';
import type { Commitment, CommitmentCreate } from '@shared/schemas/requirements';
import type { commitmentListQuery } from '@shared/schemas/requirements-loop';
import type { z } from 'zod';
import { customerIdsMatching, customerSummaries, visibleOwnerFor } from '../customers/service';
import { namesOf } from '../users/service';
import { overdueCommitmentMessage } from './messages';
import { canOverseeLoop, canSeeMention, requirementCan } from './policy';
import { presentCommitment } from './present';
import { type CommitmentFilter, findCommitments, insertCommitment } from './repo/commitments';
import { liveRequirement, mustFind } from './service';

export async function addCommitment(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  input: Required<Pick<CommitmentCreate, 'customerId' | 'dueDate'>> & { note?: string | null | undefined },
): Promise<Commitment> {
  const requirement = await liveRequirement(tdb, requirementId);
  authorize(requirementCan(actor, requirement).commit);
  const [customer] = await customerSummaries(tdb, [input.customerId]);
  if (!canSeeMention(actor, customer)) {
    throw new AppError('VALIDATION_FAILED', { customerId: 'errors.NOT_FOUND' });
  }
  const id = newId();
  await tdb.transaction(async (tx) => {
    await insertCommitment(tx, {
      id,
      requirement_id: requirement.id,
      customer_id: input.customerId,
      promised_by: actor.userId,
      due_date: input.dueDate,
      note: input.note ?? null,
      fulfilled_at: requirement.status === 'released' ? nowIso() : null,
      created_at: nowIso(),
    });
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

/** The promises list of the desk: product managers, admins and sales managers see it. */
export async function listCommitments(
  tdb: TenantDb,
  actor: Actor,
  query: z.output<typeof commitmentListQuery>,
): Promise<{ items: Commitment[] }> {
  authorize(canOverseeLoop(actor));
  return { items: await commitmentsOf(tdb, query) };
}

/** Promises matching `filter`; with `visibleTo`, only those to customers that person may see. */
export async function commitmentsOf(
  tdb: TenantDb,
  filter: { id?: string; requirementId?: string; overdue?: boolean | undefined; visibleTo?: Actor },
  today = localDateOf(new Date()),
): Promise<Commitment[]> {
  const customerOwner = filter.visibleTo ? visibleOwnerFor(filter.visibleTo) : null;
  const repoFilter: CommitmentFilter = {
    id: filter.id,
    requirementId: filter.requirementId,
    dueBefore: filter.overdue ? today : undefined,
    customers: customerOwner ? customerIdsMatching(tdb, { ownerId: customerOwner }) : null,
  };
  const rows = await findCommitments(tdb, repoFilter);
  const [names, customers] = await Promise.all([
    namesOf(
      tdb,
      rows.map((r) => r.promised_by),
    ),
    customerSummaries(
      tdb,
      rows.map((r) => r.customer_id),
    ),
  ]);
  const customerNames = new Map(customers.map((c) => [c.id, c.name]));
  return rows.map((row) =>
    presentCommitment(row, { customerName: customerNames.get(row.customer_id) ?? '', names, today }),
  );
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
    const requirement = await mustFind(tdb, c.requirementId);
    const [customer] = await customerSummaries(tdb, [c.customerId]);
    const recipients = new Set([
      ...(customer ? [customer.owner_id] : []),
      ...(requirement.owner_id ? [requirement.owner_id] : []),
    ]);
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
