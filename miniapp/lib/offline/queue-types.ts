/** The submission queue's vocabulary: what goes in, what a sender answers, and what a screen is told. */
import type { OfflineStore, SubmissionDifference, SubmissionStatus } from './store';

export type { SubmissionDifference } from './store';

/**
 * What the server made of a submission: it holds it now (`stored`), or it answered a repeat of the client id with
 * an object whose content is not what this phone sent (`differs`): that is never taken for success.
 */
export type Delivery = { outcome: 'stored' } | { outcome: 'differs'; difference: SubmissionDifference };

export type Sender = (body: unknown, attachmentIds: string[]) => Promise<Delivery>;

export interface PendingSubmission {
  id: string;
  kind: string;
  label: string;
  status: SubmissionStatus;
  error?: string;
  difference?: SubmissionDifference;
}

/** Where a submission stands when the screen that made it stops waiting: sent, still queued, refused, or differs. */
export type Settlement = 'sent' | 'waiting' | 'failed' | 'differs';

/** A different submission under a client id still queued: sending it would be answered with the other one. */
export class ClientIdInUseError extends Error {
  override name = 'ClientIdInUseError';
}

export interface SubmitInput {
  clientId: string;
  label: string;
  body: unknown;
  photos?: Blob[];
}

export interface QueueDeps {
  store: OfflineStore;
  upload: (photo: Blob) => Promise<{ id: string }>;
  now: () => number;
  /** Calls `run` after `ms`; answers a cancel function. */
  schedule: (run: () => void, ms: number) => () => void;
  isOnline: () => boolean;
}
