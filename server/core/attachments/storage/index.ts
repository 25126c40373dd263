/** Picks the attachment store from config: S3 when a bucket is configured, else the local directory. */
import type { Config } from '@server/config';
import { localStore } from './local';
import { s3Store } from './s3';
import type { AttachmentStore } from './types';

export type { AttachmentStore, FinishedUpload } from './types';

export function storeFromConfig(config: Pick<Config, 'attachmentsDir' | 's3'>): AttachmentStore {
  return config.s3 ? s3Store(config.s3) : localStore(config.attachmentsDir);
}
