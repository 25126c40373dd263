import { randomBytes } from 'node:crypto';
import { createAttachments, UrlSigner } from '@server/core/attachments';
import { newId } from '@server/core/ids';
import type { AttachmentView } from '@shared/schemas/attachments';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { jpegBytes, pngBytes, uploadFile } from '@test/helpers/attachments';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const secretsKey = randomBytes(32).toString('base64');
let app: TestApp;
let rep: TestUser;
let colleague: TestUser;
let outsider: TestUser;

beforeAll(async () => {
  app = await startTestApp({ env: { SECRETS_KEY: secretsKey, MAX_UPLOAD_MB: '1' } });
  const tenant = await makeTenant(app);
  rep = await makeUser(tenant, 'sales', '张浩然');
  colleague = await makeUser(tenant, 'sales', '李婷婷');
  outsider = await makeUser(await makeTenant(app), 'admin');
});
afterAll(() => app.close());

const upload = (user: TestUser | null, bytes: Uint8Array, options?: Parameters<typeof uploadFile>[3]) =>
  uploadFile(app.url, user?.token, bytes, options);

describe('POST /api/v1/attachments', () => {
  it('answers 401 without a token', async () => {
    const res = await upload(null, jpegBytes());
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('stores a photo and answers its id, hash, sniffed type, size and a signed URL', async () => {
    const bytes = pngBytes(4, 3);
    const res = await upload(rep, bytes, { filename: 'shop-front.jpg', type: 'image/jpeg' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      mime: 'image/png',
      size: bytes.length,
      url: expect.stringMatching(/^\/api\/v1\/attachments\/[0-9a-f-]{36}\/content\?exp=\d+&sig=[\w-]+$/),
    });
  });

  it('answers the same attachment for the same bytes: 201 the first time, 200 after', async () => {
    const bytes = jpegBytes();
    const first = await upload(rep, bytes);
    const again = await upload(colleague, bytes, { filename: 'other-name.jpeg' });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
  });

  it('keeps one row when 20 identical uploads arrive at once', async () => {
    const bytes = jpegBytes();
    const answers = await Promise.all(Array.from({ length: 20 }, () => upload(rep, bytes)));
    expect(new Set(answers.map((res) => res.body.id)).size).toBe(1);
    expect(answers.filter((res) => res.status === 201)).toHaveLength(1);
    expect(answers.filter((res) => res.status === 200)).toHaveLength(19);
    const rows = await app.database.db
      .selectFrom('attachments')
      .select('id')
      .where('sha256', '=', answers[0]?.body.sha256 ?? '')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a file over the limit with 413 and the limit in the message', async () => {
    const res = await upload(rep, jpegBytes(undefined, 1024 * 1024 + 10));
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容太大', fields: { file: '文件不能超过 1 MB' } },
    });
  });

  it('refuses an executable that claims to be a JPEG with 415', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(512)]);
    const res = await uploadFile(app.url, rep.token, elf, { filename: 'photo.jpg', type: 'image/jpeg' });
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({
      error: { code: 'UNSUPPORTED_MEDIA_TYPE', fields: { file: expect.any(String) } },
    });
  });

  it('refuses a zip that is not an Office document, and accepts a real xlsx', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('需求').addRow(['客户', '需求']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const accepted = await upload(rep, xlsx, { filename: 'needs.xlsx' });
    expect(accepted.body.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const plainZip = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomBytes(300)]);
    expect((await upload(rep, plainZip, { filename: 'needs.xlsx' })).status).toBe(415);
  });

  it('accepts PDF, and CSV/plain text by their bytes and name', async () => {
    const pdf = await upload(rep, Buffer.from(`%PDF-1.7\n${randomBytes(8).toString('hex')}\n%%EOF`));
    const csv = await upload(rep, Buffer.from(`客户,金额\n恒川,${Math.random()}\n`), { filename: 'a.csv' });
    const text = await upload(rep, Buffer.from(`会议纪要 ${Math.random()}\n`), { filename: 'notes' });
    expect([pdf.body.mime, csv.body.mime, text.body.mime]).toEqual([
      'application/pdf',
      'text/csv',
      'text/plain',
    ]);
  });

  it('names the missing file field', async () => {
    const res = await upload(rep, jpegBytes(), { field: 'photo' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'VALIDATION_FAILED', fields: { file: '必填' } } });
  });
});

describe('GET /api/v1/attachments/:id', () => {
  let mine: AttachmentView;
  beforeAll(async () => {
    mine = (await upload(rep, jpegBytes())).body;
  });

  it('shows the uploader the metadata', async () => {
    const res = await app.api(rep.token).get<AttachmentView>(`/api/v1/attachments/${mine.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: mine.id, sha256: mine.sha256, mime: 'image/jpeg' });
  });

  it('answers 404 to a colleague with no subject that lets them read it, and to another tenant', async () => {
    expect((await app.api(colleague.token).get(`/api/v1/attachments/${mine.id}`)).status).toBe(404);
    expect((await app.api(outsider.token).get(`/api/v1/attachments/${mine.id}`)).status).toBe(404);
  });

  it('lets a colleague read it through an object they may read (a visit they took part in)', async () => {
    const shared = (await upload(rep, jpegBytes())).body;
    expect((await app.api(colleague.token).get(`/api/v1/attachments/${shared.id}`)).status).toBe(404);
    const customerId = await makeCustomer(rep);
    const visit = await app.api(rep.token).post('/api/v1/visits', {
      clientId: newId(),
      customerId,
      kind: 'onsite',
      participantIds: [colleague.id],
      attachmentIds: [shared.id],
    });
    expect(visit.status).toBe(201);
    const res = await app.api(colleague.token).get<AttachmentView>(`/api/v1/attachments/${shared.id}`);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(shared.id);
  });
});

describe('signed content URLs', () => {
  let photo: AttachmentView;
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = pngBytes(8, 8, [200, 40, 40]);
    photo = (await upload(rep, bytes)).body;
  });

  it('serve the bytes without a token, typed, cached privately, with the hash as ETag', async () => {
    const res = await fetch(`${app.url}${photo.url}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('etag')).toBe(`"${photo.sha256}"`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toMatch(/^private, max-age=\d{4}, immutable$/);
    const revalidated = await fetch(`${app.url}${photo.url}`, {
      headers: { 'if-none-match': `"${photo.sha256}"` },
    });
    expect(revalidated.status).toBe(304);
  });

  it('refuse an altered signature, another id under the same signature, and an expired URL', async () => {
    const other = (await upload(rep, jpegBytes())).body;
    const altered = photo.url.replace(/sig=./, (s) => (s.endsWith('A') ? 'sig=B' : 'sig=A'));
    const swapped = photo.url.replace(photo.id, other.id);
    const expired = new UrlSigner(Buffer.from(secretsKey, 'base64')).url(photo.id, Date.now() - 3 * 3600_000);
    for (const url of [altered, swapped, expired, `/api/v1/attachments/${photo.id}/content`]) {
      const res = await fetch(`${app.url}${url}`);
      expect(res.status, url).toBe(403);
    }
  });

  it('stay valid for a fresh URL signed with the same key, as another instance would sign it', async () => {
    const url = new UrlSigner(Buffer.from(secretsKey, 'base64')).url(photo.id);
    expect((await fetch(`${app.url}${url}`)).status).toBe(200);
  });
});

describe('what features use: require, link, views', () => {
  it('names each unknown or foreign id by its position in the field', async () => {
    const known = (await upload(rep, jpegBytes())).body;
    const foreign = (await upload(outsider, jpegBytes())).body;
    const service = createAttachments(app.config);
    const missing = '0190a4a0-0000-7000-8000-00000000dead';
    await expect(service.require(rep.tenant.tdb, [known.id], 'attachmentIds')).resolves.toBeUndefined();
    await expect(
      service.require(rep.tenant.tdb, [known.id, foreign.id, missing], 'attachmentIds'),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: {
        'attachmentIds.1': 'validation.unknownAttachment',
        'attachmentIds.2': 'validation.unknownAttachment',
      },
    });
  });

  it('gives views in the order asked, with working URLs, skipping ids of other tenants', async () => {
    const a = (await upload(rep, jpegBytes())).body;
    const b = (await upload(rep, pngBytes(2, 2))).body;
    const foreign = (await upload(outsider, jpegBytes())).body;
    const views = await createAttachments(app.config).views(rep.tenant.tdb, [b.id, foreign.id, a.id]);
    expect(views.map((view) => view.id)).toEqual([b.id, a.id]);
    expect((await fetch(`${app.url}${views[0]?.url}`)).status).toBe(200);
  });
});
