/** The undo window of a decision or a merge: until when it can be taken back, and its messages held as long. */
import type { OutboxHold } from '@server/core/outbox/hold';
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
