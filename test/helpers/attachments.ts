/** Uploading files in API tests, and small valid files to upload (a real PNG, JPEG-signed bytes). */
import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { AttachmentView } from '@shared/schemas/attachments';
import type { ApiResponse } from './http';

/** POSTs `bytes` as the multipart field `file` (or `field`) to /api/v1/attachments. */
export async function uploadFile(
  baseUrl: string,
  token: string | undefined,
  bytes: Uint8Array,
  options: { filename?: string; type?: string; field?: string } = {},
): Promise<ApiResponse<AttachmentView>> {
  const form = new FormData();
  const blob = new Blob([Uint8Array.from(bytes)], { type: options.type ?? 'application/octet-stream' });
  form.append(options.field ?? 'file', blob, options.filename ?? 'upload.bin');
  const response = await fetch(`${baseUrl}/api/v1/attachments`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** Bytes that start like a JPEG (what the server checks), unique per call unless `seed` repeats. */
export function jpegBytes(seed?: string, length = 2048): Uint8Array {
  const body = seed ? Buffer.alloc(length, seed) : randomBytes(length);
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), body, Buffer.from([0xff, 0xd9])]);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A real, decodable PNG of one colour: browsers can draw it, so the phone's compression path can run on it. */
export function pngBytes(
  width: number,
  height: number,
  rgb: [number, number, number] = [40, 120, 200],
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3] ?? 0)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
