/** Attachments in an S3-compatible bucket (AWS S3, MinIO, Aliyun OSS, Tencent COS) through @aws-sdk/client-s3. */
import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Config } from '@server/config';
import type { AttachmentStore, FinishedUpload } from './types';

export function s3Store(config: S3Config): AttachmentStore {
  const client = new S3Client({
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    // The SDK's default CRC32 checksums stream as aws-chunked, which OSS, COS, OBS and older MinIO refuse.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
  });
  const incomingDir = join(tmpdir(), 'fieldloop-incoming');
  return {
    incomingDir,
    async keep(key: string, upload: FinishedUpload): Promise<void> {
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: config.bucket,
            Key: key,
            Body: createReadStream(upload.path),
            ContentLength: upload.size,
            ContentType: upload.mime,
          }),
        );
      } finally {
        await unlink(upload.path).catch(() => undefined);
      }
    },
    async read(key: string): Promise<Readable | null> {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key }));
        return (object.Body as Readable | undefined) ?? null;
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },
  };
}
