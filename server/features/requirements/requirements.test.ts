import type { Mention, Requirement } from '@shared/schemas/requirements';
import type { RequirementDetail } from '@shared/schemas/requirements-pages';
import type { SimilarResponse } from '@shared/schemas/requirements-similar';
import { jpegBytes, uploadFile } from '@test/helpers/attachments';
import { type RequirementsWorld, startRequirementsWorld } from '@test/helpers/requirements';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: RequirementsWorld['app'];
let rep: RequirementsWorld['rep'];
let pm: RequirementsWorld['pm'];
let customerB: RequirementsWorld['customerB'];
let otherRepCustomer: RequirementsWorld['otherRepCustomer'];
let capture: RequirementsWorld['capture'];
let create: RequirementsWorld['create'];

beforeAll(async () => {
  ({ app, rep, pm, customerB, otherRepCustomer, capture, create } = await startRequirementsWorld());
});
afterAll(() => app.close());

describe('POST /api/v1/requirements', () => {
  it('answers 401 without a token and 400 naming the fields of a bad body', async () => {
    expect((await app.api().post('/api/v1/requirements', capture())).status).toBe(401);
    const bad = await app
      .api(rep.token)
      .post('/api/v1/requirements', { clientId: 'x', importance: 'urgent' });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body as { error: { fields: object } }).error.fields)).toEqual(
      expect.arrayContaining(['clientId', 'title', 'customerId', 'importance']),
    );
  });

  it('creates the requirement with its first mention, scored, in the promised shape', async () => {
    const body = await create(rep);
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: '订单列表支持导出Excel',
      description: '财务每月对账要用',
      category: null,
      kind: null,
      status: 'new',
      mergedIntoId: null,
      ownerId: null,
      ownerName: null,
      targetRelease: null,
      impact: 1,
      confidence: 1,
      effort: 1,
      // high 3 × large 2 × co-creation 1.5 × blocker 3 = 27, capped at 20
      demand: 20,
      score: 20,
      customerCount: 1,
      mentionCount: 1,
      contested: false,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      can: { update: false, decide: false, merge: false, addMention: true, follow: true, commit: true },
    });
  });

  it('refuses a customer the rep cannot see, naming the field', async () => {
    const res = await app
      .api(rep.token)
      .post('/api/v1/requirements', capture({ customerId: otherRepCustomer }));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { fields: { customerId: expect.any(String) } } });
  });

  it('answers a repeated client id with the same requirement (200), also under 20 concurrent sends', async () => {
    const body = capture();
    const first = await app.api(rep.token).post<Requirement>('/api/v1/requirements', body);
    const again = await app.api(rep.token).post<Requirement>('/api/v1/requirements', body);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);

    const burst = capture();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => app.api(rep.token).post<Requirement>('/api/v1/requirements', burst)),
    );
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.every((a) => a.body.mentionCount === 1)).toBe(true);
  });
});

describe('photos and files on a capture', () => {
  it('links uploaded photos to the mention and shows them on the detail; an unknown id is refused', async () => {
    const photo = await uploadFile(app.url, rep.token, jpegBytes(), {
      filename: 'whiteboard.jpg',
      type: 'image/jpeg',
    });
    expect(photo.status).toBe(201);
    const requirement = await create(rep, { title: '车间报工扫码', attachmentIds: [photo.body.id] });
    const detail = await app.api(pm.token).get<RequirementDetail>(`/api/v1/requirements/${requirement.id}`);
    expect(detail.body.mentions[0]?.attachments).toEqual([
      expect.objectContaining({ id: photo.body.id, mime: 'image/jpeg', url: expect.any(String) }),
    ]);
    const pmSees = await app.api(pm.token).get(`/api/v1/attachments/${photo.body.id}`);
    expect(pmSees.status).toBe(200);
    const bad = await app.api(rep.token).post('/api/v1/requirements', capture({ attachmentIds: [uuidv7()] }));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { fields: { 'attachmentIds.0': expect.any(String) } } });
  });
});

describe('POST /api/v1/requirements/{id}/mentions', () => {
  it('adds a customer’s +1, recomputes demand, and is idempotent on the client id', async () => {
    const requirement = await create(rep, { title: '手机端审批采购单' });
    const body = {
      clientId: uuidv7(),
      customerId: customerB,
      quote: '领导出差时批不了',
      importance: 'important',
    };
    const first = await app
      .api(rep.token)
      .post<Mention>(`/api/v1/requirements/${requirement.id}/mentions`, body);
    const again = await app
      .api(rep.token)
      .post<Mention>(`/api/v1/requirements/${requirement.id}/mentions`, body);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(first.body).toEqual({
      id: again.body.id,
      requirementId: requirement.id,
      customerId: customerB,
      reporterId: rep.id,
      quote: '领导出差时批不了',
      importance: 'important',
      visitId: null,
      projectId: null,
      goLive: false,
      createdAt: expect.any(String),
    });
    const detail = await app.api(pm.token).get<RequirementDetail>(`/api/v1/requirements/${requirement.id}`);
    // 20 (capped) + general 1.5 × mid 1.5 × important 2 = 24.5
    expect(detail.body).toMatchObject({ demand: 24.5, customerCount: 2, mentionCount: 2 });
    expect(detail.body.scoreExplanation.customers.map((c) => [c.customerName, c.points, c.capped])).toEqual([
      ['苏州恒川精密', 20, true],
      ['无锡华晟电子', 4.5, false],
    ]);
  });

  it('answers 404 for an unknown or malformed requirement and 400 for a bad body', async () => {
    const body = { clientId: uuidv7(), customerId: customerB, importance: 'important' };
    expect((await app.api(rep.token).post(`/api/v1/requirements/${uuidv7()}/mentions`, body)).status).toBe(
      404,
    );
    expect((await app.api(rep.token).post('/api/v1/requirements/nope/mentions', body)).status).toBe(404);
    const requirement = await create(rep, { title: '批量导入客户资料' });
    const bad = await app
      .api(rep.token)
      .post(`/api/v1/requirements/${requirement.id}/mentions`, { importance: 'x' });
    expect(bad.status).toBe(400);
  });
});

describe('GET /api/v1/requirements/similar', () => {
  it('suggests the existing requirement for a duplicate worded differently', async () => {
    const existing = await create(rep, { title: '库存低于安全库存时预警', description: '通知采购员补货' });
    const res = await app
      .api(rep.token)
      .get<SimilarResponse>(
        `/api/v1/requirements/similar?q=${encodeURIComponent('物料库存不够了要通知采购')}&limit=3`,
      );
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toEqual({
      id: existing.id,
      title: '库存低于安全库存时预警',
      status: 'new',
      score: expect.any(Number),
    });
  });

  it('answers 400 without a query and 401 without a token', async () => {
    expect((await app.api(rep.token).get('/api/v1/requirements/similar')).status).toBe(400);
    expect((await app.api().get('/api/v1/requirements/similar?q=x')).status).toBe(401);
  });
});
