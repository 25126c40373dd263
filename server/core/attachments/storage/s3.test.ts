import type { AttachmentView } from '@shared/schemas/attachments';
import { type S3Emulator, startS3Emulator } from '@test/emulators/s3';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { jpegBytes, pngBytes, uploadFile } from '@test/helpers/attachments';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let s3: S3Emulator;
let app: TestApp;
let rep: TestUser;

beforeAll(async () => {
  s3 = await startS3Emulator();
  app = await startTestApp({
    env: {
      S3_BUCKET: 'fieldloop-attachments',
      S3_ENDPOINT: s3.baseUrl,
      S3_REGION: 'cn-hangzhou',
      S3_ACCESS_KEY_ID: 'test-key-id',
      S3_SECRET_ACCESS_KEY: 'test-secret',
      S3_FORCE_PATH_STYLE: '1',
    },
  });
  rep = await makeUser(await makeTenant(app), 'sales');
});
afterAll(async () => {
  await app?.close();
  await s3?.close();
});

describe('attachments in S3-compatible storage', () => {
  it('puts the bytes in the bucket under the tenant and the hash, plainly (no aws-chunked body)', async () => {
    const bytes = pngBytes(6, 4);
    const res = await uploadFile(app.url, rep.token, bytes);
    expect(res.status).toBe(201);
    const key = `fieldloop-attachments/${rep.tenant.id}/${res.body.sha256.slice(0, 2)}/${res.body.sha256}`;
    const stored = s3.objects.get(key);
    expect(stored?.body.equals(bytes)).toBe(true);
    expect(stored?.contentType).toBe('image/png');
  });

  it('serves the bytes back through the signed URL', async () => {
    const bytes = jpegBytes();
    const { body } = await uploadFile(app.url, rep.token, bytes);
    const res = await fetch(`${app.url}${(body as AttachmentView).url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('stores the same bytes once', async () => {
    const bytes = jpegBytes();
    const before = s3.requests.filter((request) => request.startsWith('PUT')).length;
    const first = await uploadFile(app.url, rep.token, bytes);
    const again = await uploadFile(app.url, rep.token, bytes);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(s3.requests.filter((request) => request.startsWith('PUT')).length).toBe(before + 1);
  });

  it('answers 404 when the object is missing from the bucket', async () => {
    const { body } = await uploadFile(app.url, rep.token, jpegBytes());
    s3.objects.clear();
    const res = await fetch(`${app.url}${body.url}`);
    expect(res.status).toBe(404);
  });
});
