/**
 * The acceptance sign-off rule on the server: which sign-offs list the go-live requirements (shared
 * acceptance-step), and what a sign-off over undelivered ones must carry and keeps.
 */
import type { TenantDb } from '@server/core/db';
import { AppError } from '@server/core/errors';
import { listsGoLiveRequirements, undeliveredItems } from '@shared/domain/implementation/acceptance-step';
import type { EvidenceKind } from '@shared/domain/implementation/vocab';
import type { AcceptanceItem } from '@shared/schemas/implementation';
import { acceptanceItemsFor } from '../acceptance';
import type { ProjectBundle } from './loader';
import type { TaskRow } from './tasks-repo';

type SignOffColumns = Partial<Pick<TaskRow, 'signoff_exception_reason' | 'signoff_exception_items'>>;

/** The go-live requirements not delivered, when the task is a sign-off that lists them (else none). */
export async function undeliveredFor(
  tdb: TenantDb,
  bundle: Pick<ProjectBundle, 'row' | 'phases'>,
  task: TaskRow,
): Promise<AcceptanceItem[]> {
  const phase = bundle.phases.find((candidate) => candidate.id === task.phase_id);
  const step = {
    phaseName: phase?.name ?? '',
    taskTitle: task.title,
    evidence: task.evidence as EvidenceKind,
  };
  if (!listsGoLiveRequirements(step)) return [];
  const items = await acceptanceItemsFor(tdb, {
    projectId: bundle.row.id,
    customerId: bundle.row.customer_id,
  });
  return undeliveredItems(items);
}

/**
 * Signing off with go-live requirements not delivered needs the customer's reason to go on; the reason and what
 * was missing are kept with the signature. A new signature needs its own reason.
 */
export function signOffChanges(
  task: TaskRow,
  changes: Partial<Pick<TaskRow, 'done_at' | 'signed_at'>>,
  input: { evidence?: { signoffReason?: string | null | undefined } | undefined },
  undelivered: readonly AcceptanceItem[],
): SignOffColumns {
  const isDoneAfter = Boolean('done_at' in changes ? changes.done_at : task.done_at);
  const isSigningOff = Boolean(changes.done_at || changes.signed_at) && isDoneAfter;
  if (!isSigningOff) return {};
  if (undelivered.length === 0) {
    return task.signoff_exception_reason
      ? { signoff_exception_reason: null, signoff_exception_items: null }
      : {};
  }
  const reason = input.evidence?.signoffReason ?? (changes.signed_at ? null : task.signoff_exception_reason);
  if (!reason) {
    throw new AppError('EVIDENCE_REQUIRED', {
      'evidence.signoffReason': 'ui.implementation.messages.evidence.signoffReason',
    });
  }
  return {
    signoff_exception_reason: reason,
    signoff_exception_items: JSON.stringify(
      undelivered.map((item) => ({ id: item.id, title: item.title, status: item.status })),
    ),
  };
}
