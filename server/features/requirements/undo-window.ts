/**
 * The windows in which a change can be taken back: a decision or a merge within its undo window (its messages held as
 * long), and a merge contested by a reporter within the contest window.
 */
import type { OutboxHold } from '@server/core/outbox/hold';
import { contestWindowDays } from '@shared/domain/requirements';
import { undoWindowMs } from '@shared/domain/undo';
import type { UndoTicket } from '@shared/schemas/requirements';

const closesAt = (createdAt: string) => new Date(new Date(createdAt).getTime() + undoWindowMs).toISOString();

export const holdOf = (key: string, createdAt: string): OutboxHold => ({ key, until: closesAt(createdAt) });

export const ticketOf = (change: { id: string; createdAt: string }): UndoTicket => ({
  id: change.id,
  until: closesAt(change.createdAt),
});

export const isStillUndoable = (createdAt: string, now = Date.now()): boolean =>
  now < new Date(createdAt).getTime() + undoWindowMs;

interface MergeState {
  created_at: string;
  contested_at: string | null;
  resolved_at: string | null;
  undone_at: string | null;
}

/** Neither kept after a contest nor undone. */
export const isMergeOpen = (merge: MergeState): boolean => !merge.undone_at && !merge.resolved_at;

/** Open, not contested yet, and within the contest window. */
export const isContestable = (merge: MergeState, now = Date.now()): boolean =>
  isMergeOpen(merge) &&
  !merge.contested_at &&
  now - new Date(merge.created_at).getTime() <= contestWindowDays * 86_400_000;
