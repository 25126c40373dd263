/** Streams one multipart `file` part to a temporary file, hashing and measuring it on the way. */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '@server/core/errors';
import busboy from 'busboy';
import { sniffLength } from './sniff';

export interface ReceivedFile {
  path: string;
  sha256: string;
  size: number;
  /** The first bytes, for the type sniffer. */
  head: Buffer;
  filename: string;
  claimedType: string;
}

export interface ReceiveOptions {
  maxBytes: number;
  incomingDir: string;
  /** Errors for the two ways an upload is refused here, already in the user's language. */
  tooLarge: () => AppError;
  missing: () => AppError;
}

/** Multipart framing and the part headers add a little to the file; this is generous. */
const framingAllowance = 64 * 1024;

export async function receiveUpload(req: IncomingMessage, options: ReceiveOptions): Promise<ReceivedFile> {
  // A declared length far over the limit is refused before reading a byte of it.
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > options.maxBytes + framingAllowance) throw options.tooLarge();
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      limits: { files: 1, fileSize: options.maxBytes, fields: 20, fieldSize: 4096, parts: 40 },
    });
  } catch (error) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', undefined, { cause: error });
  }
  await mkdir(options.incomingDir, { recursive: true });
  return new Promise<ReceivedFile>((resolve, reject) => {
    let writing: Promise<ReceivedFile> | null = null;
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || writing) {
        stream.resume();
        return;
      }
      writing = writeIncoming(stream, info, options);
      // Settled below once the parser is done; this only keeps an early failure from going unhandled.
      writing.catch(() => undefined);
    });
    parser.on('close', () => {
      if (writing) writing.then(resolve, reject);
      else reject(options.missing());
    });
    parser.on('error', (error) =>
      reject(new AppError('VALIDATION_FAILED', { file: 'validation.invalid' }, { cause: error })),
    );
    req.on('error', reject);
    req.pipe(parser);
  });
}

async function writeIncoming(
  stream: NodeJS.ReadableStream & { truncated?: boolean },
  info: busboy.FileInfo,
  options: ReceiveOptions,
): Promise<ReceivedFile> {
  const path = join(options.incomingDir, `${randomUUID()}.part`);
  const hash = createHash('sha256');
  const headChunks: Buffer[] = [];
  let size = 0;
  let headLength = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      if (headLength < sniffLength) {
        headChunks.push(chunk);
        headLength += chunk.length;
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(stream, meter, createWriteStream(path, { flags: 'wx' }));
    if (stream.truncated) throw options.tooLarge();
    if (size === 0) throw options.missing();
  } catch (error) {
    await unlink(path).catch(() => undefined);
    throw error;
  }
  return {
    path,
    sha256: hash.digest('hex'),
    size,
    head: Buffer.concat(headChunks).subarray(0, sniffLength),
    filename: info.filename ?? '',
    claimedType: info.mimeType ?? '',
  };
}
