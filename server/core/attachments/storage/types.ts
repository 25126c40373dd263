/** Where attachment bytes live: a local directory or an S3-compatible bucket, behind one small interface. */
import type { Readable } from 'node:stream';

export interface FinishedUpload {
  /** A file in `incomingDir`, written and hashed; `keep` takes it over. */
  path: string;
  size: number;
  mime: string;
}

export interface AttachmentStore {
  /** A directory on this machine where uploads are written while they stream in. */
  readonly incomingDir: string;
  /** Keeps the finished upload under `key`. Keys name content, so writing one key twice stores the same bytes. */
  keep(key: string, upload: FinishedUpload): Promise<void>;
  /** The stored bytes, or null when nothing is stored under `key`. */
  read(key: string): Promise<Readable | null>;
}
