/**
 * Where drafts and queued submissions live on the phone: IndexedDB (survives closing the WebView, keeps photo
 * Blobs), or memory when the WebView offers no IndexedDB (some private modes), so the app still works.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export type SubmissionStatus = 'waiting' | 'sending' | 'failed' | 'differs';

/** The server already held a different object under this client id: what each side says, field by field. */
export interface SubmissionDifference {
  /** Where the server's object opens in the app. */
  link: string;
  rows: { label: string; mine: string; theirs: string }[];
}

export interface StoredSubmission {
  /** The client-generated id the server dedupes creates by. */
  id: string;
  kind: string;
  label: string;
  body: unknown;
  photos: Blob[];
  /** Attachment ids of the photos uploaded so far, by position: a retry never uploads a photo twice. */
  attachmentIds: (string | null)[];
  status: SubmissionStatus;
  error?: string;
  difference?: SubmissionDifference;
  attempts: number;
  /** Epoch ms before which an automatic retry does not run (backoff). */
  nextAttemptAt: number;
  createdAt: number;
}

export interface StoredDraft {
  key: string;
  value: unknown;
  savedAt: number;
}

export interface OfflineStore {
  listSubmissions(): Promise<StoredSubmission[]>;
  putSubmission(item: StoredSubmission): Promise<void>;
  deleteSubmission(id: string): Promise<void>;
  getDraft(key: string): Promise<StoredDraft | undefined>;
  putDraft(draft: StoredDraft): Promise<void>;
  deleteDraft(key: string): Promise<void>;
}

interface OfflineSchema extends DBSchema {
  submissions: { key: string; value: StoredSubmission };
  drafts: { key: string; value: StoredDraft };
}

const databaseName = 'fieldloop-offline';

export function indexedDbStore(): OfflineStore {
  let opened: Promise<IDBPDatabase<OfflineSchema>> | null = null;
  const db = () => {
    opened ??= openDB<OfflineSchema>(databaseName, 1, {
      upgrade(database) {
        database.createObjectStore('submissions', { keyPath: 'id' });
        database.createObjectStore('drafts', { keyPath: 'key' });
      },
    });
    return opened;
  };
  return {
    listSubmissions: async () => (await db()).getAll('submissions'),
    putSubmission: async (item) => void (await (await db()).put('submissions', item)),
    deleteSubmission: async (id) => (await db()).delete('submissions', id),
    getDraft: async (key) => (await db()).get('drafts', key),
    putDraft: async (draft) => void (await (await db()).put('drafts', draft)),
    deleteDraft: async (key) => (await db()).delete('drafts', key),
  };
}

export function memoryStore(): OfflineStore {
  const submissions = new Map<string, StoredSubmission>();
  const drafts = new Map<string, StoredDraft>();
  return {
    listSubmissions: async () => [...submissions.values()],
    putSubmission: async (item) => void submissions.set(item.id, item),
    deleteSubmission: async (id) => void submissions.delete(id),
    getDraft: async (key) => drafts.get(key),
    putDraft: async (draft) => void drafts.set(draft.key, draft),
    deleteDraft: async (key) => void drafts.delete(key),
  };
}

/** Uses `primary` until its first failure to open, then `fallback` for the rest of the page's life. */
function withFallback(primary: OfflineStore, fallback: OfflineStore): OfflineStore {
  let current = primary;
  const call =
    <A extends unknown[], R>(pick: (store: OfflineStore) => (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await pick(current)(...args);
      } catch (error) {
        if (current === fallback || !(error instanceof DOMException)) throw error;
        current = fallback;
        return pick(current)(...args);
      }
    };
  return {
    listSubmissions: call((store) => store.listSubmissions),
    putSubmission: call((store) => store.putSubmission),
    deleteSubmission: call((store) => store.deleteSubmission),
    getDraft: call((store) => store.getDraft),
    putDraft: call((store) => store.putDraft),
    deleteDraft: call((store) => store.deleteDraft),
  };
}

let shared: OfflineStore | null = null;

/** The app's store: IndexedDB when the WebView has a working one, memory otherwise. */
export function offlineStore(): OfflineStore {
  shared ??= typeof indexedDB === 'undefined' ? memoryStore() : withFallback(indexedDbStore(), memoryStore());
  return shared;
}
