/**
 * The phone's outbox for creates: `submit` stores a submission (with its photos) in IndexedDB and sends it now,
 * or when the network returns (the `online` event), when the app starts, and with backoff. A refusal by the
 * server marks it failed with the server's message; creates are idempotent on their clientId, so sending one
 * twice after a lost answer is harmless.
 */
import { useSyncExternalStore } from 'react';
import { uploadAttachment } from '../attachments';
import {
  type PendingSubmission,
  type Sender,
  type Settlement,
  SubmissionQueue,
  type SubmitInput,
} from './queue-core';
import { offlineStore } from './store';

export {
  ClientIdInUseError,
  type Delivery,
  type PendingSubmission,
  type Sender,
  type Settlement,
  type SubmissionDifference,
  type SubmitInput,
} from './queue-core';

let queue: SubmissionQueue | null = null;

function sharedQueue(): SubmissionQueue {
  if (queue) return queue;
  const created = new SubmissionQueue({
    store: offlineStore(),
    upload: uploadAttachment,
    now: Date.now,
    schedule: (run, ms) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
    isOnline: () => navigator.onLine !== false,
  });
  window.addEventListener('online', () => void created.flush({ ignoreBackoff: true }));
  // Coming back to the app (the WebView was in the background) is a good moment to try again too.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void created.flush();
  });
  void created.load();
  queue = created;
  return created;
}

/** How submissions of `kind` reach the server; registering sends whatever of that kind is waiting. */
export function registerSender(kind: string, send: Sender): void {
  sharedQueue().registerSender(kind, send);
}

/** Resolves once the submission is stored on the phone; sending continues in the background. */
export function submit(kind: string, input: SubmitInput): Promise<void> {
  return sharedQueue().submit(kind, input);
}

/** How long a screen waits for the server before saying "saved on the phone, sent when the network allows". */
const answerWaitMs = 8_000;

export interface Settled {
  settlement: Settlement;
  /** The submission as it stays queued (refused or differing), to show why. */
  item: PendingSubmission | undefined;
}

async function settle(current: SubmissionQueue, id: string): Promise<Settled> {
  const settlement = await current.settled(id, answerWaitMs);
  return { settlement, item: current.list().find((item) => item.id === id) };
}

/** Stores the submission, then waits briefly for the server's answer: the screen tells the person what happened. */
export async function submitAndSettle(kind: string, input: SubmitInput): Promise<Settled> {
  const current = sharedQueue();
  await current.submit(kind, input);
  return settle(current, input.clientId);
}

/** Sends a submission the server answered with a different object again, as a new record, and waits as above. */
export async function keepSubmissionAsNew(id: string): Promise<Settled> {
  const current = sharedQueue();
  return settle(current, await current.keepAsNew(id, crypto.randomUUID()));
}

export function retrySubmission(id: string): Promise<void> {
  return sharedQueue().retry(id);
}

export function discardSubmission(id: string): Promise<void> {
  return sharedQueue().discard(id);
}

const noItems: PendingSubmission[] = [];

/** Waiting, sending and failed submissions of `kind`, oldest first, once those stored earlier are read. */
export async function pendingSubmissions(kind: string): Promise<PendingSubmission[]> {
  const current = sharedQueue();
  await current.load();
  return current.list().filter((item) => item.kind === kind);
}

/** Waiting, sending and failed submissions (of `kind`, or all), oldest first; re-renders as they change. */
export function usePendingSubmissions(kind?: string): PendingSubmission[] {
  const current = sharedQueue();
  const all = useSyncExternalStore(
    (listener) => current.subscribe(listener),
    () => current.list(),
    () => noItems,
  );
  return kind ? all.filter((item) => item.kind === kind) : all;
}
