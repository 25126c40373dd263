/** Attachments on local disk (ATTACHMENTS_DIR): one file per content key, moved into place atomically. */
import { mkdir, open, rename } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { AttachmentStore, FinishedUpload } from './types';

export function localStore(directory: string): AttachmentStore {
  const root = resolve(directory);
  const incomingDir = join(root, '.incoming');
  return {
    incomingDir,
    async keep(key: string, upload: FinishedUpload): Promise<void> {
      const target = join(root, key);
      await mkdir(dirname(target), { recursive: true });
      // A rename within one file system is atomic: a concurrent reader sees no file or the whole file.
      await rename(upload.path, target);
    },
    async read(key: string): Promise<Readable | null> {
      try {
        const handle = await open(join(root, key), 'r');
        return handle.createReadStream();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
