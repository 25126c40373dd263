import { localDateOf } from '@shared/domain/clock';
import type { Visit } from '@shared/schemas/visits';
import { jpegBytes, uploadFile } from '@test/helpers/attachments';
import { office, startVisitsWorld, type VisitsWorld } from '@test/helpers/visits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: VisitsWorld['app'];
let tenant: VisitsWorld['tenant'];
let rep: VisitsWorld['rep'];
let otherRep: VisitsWorld['otherRep'];
let manager: VisitsWorld['manager'];
let customerId: VisitsWorld['customerId'];
let contact: VisitsWorld['contact'];
let newVisit: VisitsWorld['newVisit'];
let logVisit: VisitsWorld['logVisit'];

beforeAll(async () => {
  ({ app, tenant, rep, otherRep, manager, customerId, contact, newVisit, logVisit } =
    await startVisitsWorld());
});
afterAll(() => app.close());

describe('POST /api/v1/visits', () => {
  it('answers 401 without a token', async () => {
    const res = await app.api().post('/api/v1/visits', newVisit());
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('logs an on-site visit with a check-in measured against the customer, in the promised shape', async () => {
    const before = new Date().toISOString();
    const res = await app.api(rep.token).post<Visit>(
      '/api/v1/visits',
      newVisit({
        kind: 'onsite',
        purpose: '季度回访',
        notes:
          '客户对排产模块很满意，希望下季度扩展到二厂，质检环节需要对接现有 MES 系统，周总会拉 IT 一起评估。',
        nextStep: '下周发送二厂实施方案',
        followUpAt: '2031-05-06',
        participantIds: [otherRep.id],
        attendeeContactIds: [contact.id],
        checkIn: {
          lat: 31.301,
          lng: 120.7,
          accuracy: 30,
          address: '星湖街328号',
          isFresh: true,
          isMock: false,
          source: 'dingtalk',
        },
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      clientId: expect.any(String),
      customerId,
      customer: { id: customerId, name: '苏州恒川精密制造有限公司' },
      kind: 'onsite',
      status: 'done',
      visitedAt: expect.any(String),
      visitedOn: localDateOf(new Date()),
      purpose: '季度回访',
      notes: expect.stringContaining('排产模块'),
      outcome: null,
      nextStep: '下周发送二厂实施方案',
      followUpAt: '2031-05-06',
      owner: { id: rep.id, name: '张浩然' },
      participants: [{ id: otherRep.id, name: '李婷婷' }],
      attendees: [{ id: contact.id, name: '周立新', title: '生产总监' }],
      checkIn: {
        lat: 31.301,
        lng: 120.7,
        accuracy: 30,
        address: '星湖街328号',
        at: expect.any(String),
        distanceMeters: 111,
        flagged: false,
      },
      isFresh: true,
      isMock: false,
      evidence: { total: 60, parts: { inRadius: 20, freshFix: 20, photo: 0, notes: 20, requirement: 0 } },
      photos: [],
      version: 1,
      can: { update: true, delete: true, checkIn: false },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((res.body.checkIn?.at ?? '') >= before).toBe(true);
  });

  it('flags a check-in far from the customer, and one the platform reported as mocked', async () => {
    const far = await logVisit(rep, { kind: 'onsite', checkIn: { lat: 31.25, lng: 120.7, accuracy: 50 } });
    expect(far.checkIn).toMatchObject({ distanceMeters: 5560, flagged: true });
    expect(far.evidence.parts.inRadius).toBe(0);
    const mocked = await logVisit(rep, {
      kind: 'onsite',
      checkIn: { ...office, accuracy: 10, isMock: true },
    });
    expect(mocked.checkIn).toMatchObject({ distanceMeters: 0, flagged: true });
    expect(mocked.isMock).toBe(true);
  });

  it('names every bad field', async () => {
    const res = await app.api(rep.token).post('/api/v1/visits', {
      clientId: 'not-a-uuid',
      kind: 'lunch',
      followUpAt: 'tomorrow',
      checkIn: { lat: 200, lng: 1, accuracy: 5 },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        fields: {
          clientId: expect.any(String),
          customerId: '必填',
          kind: '请选择有效的选项',
          followUpAt: expect.any(String),
          'checkIn.lat': expect.any(String),
        },
      },
    });
  });

  it('refuses people and contacts that are not there, and a check-in on a phone call', async () => {
    const strangers = await app.api(rep.token).post(
      '/api/v1/visits',
      newVisit({
        participantIds: [rep.id, crypto.randomUUID()],
        attendeeContactIds: [crypto.randomUUID()],
      }),
    );
    expect(strangers.status).toBe(400);
    expect(strangers.body).toMatchObject({
      error: {
        fields: {
          'participantIds.1': '不是本企业的在职成员',
          'attendeeContactIds.0': '不是这家客户的联系人',
        },
      },
    });
    const call = await app
      .api(rep.token)
      .post('/api/v1/visits', newVisit({ checkIn: { ...office, accuracy: 5 } }));
    expect(call.status).toBe(400);
    expect(call.body).toMatchObject({ error: { fields: { checkIn: '只有上门拜访可以签到' } } });
  });

  it("answers 404 for another rep's customer", async () => {
    const res = await app.api(otherRep.token).post('/api/v1/visits', newVisit());
    expect(res.status).toBe(404);
  });

  it('answers the same visit for the same clientId, sequentially', async () => {
    const body = newVisit({ notes: '第一次提交' });
    const first = await app.api(rep.token).post<Visit>('/api/v1/visits', body);
    const again = await app.api(rep.token).post<Visit>('/api/v1/visits', { ...body, notes: '网络重试' });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual(first.body);
  });

  it('creates exactly one visit under 20 concurrent identical requests', async () => {
    const upload = await uploadFile(app.url, rep.token, jpegBytes());
    const body = newVisit({ kind: 'onsite', attachmentIds: [upload.body.id] });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => app.api(rep.token).post<Visit>('/api/v1/visits', body)),
    );
    expect(responses.filter((res) => res.status === 201)).toHaveLength(1);
    expect(responses.filter((res) => res.status === 200)).toHaveLength(19);
    expect(new Set(responses.map((res) => res.body.id)).size).toBe(1);
    const stored = await tenant.tdb
      .selectFrom('visits')
      .select('id')
      .where('client_id', '=', body.clientId)
      .execute();
    expect(stored).toHaveLength(1);
    expect(responses[0]?.body.photos.map((photo) => photo.id)).toEqual([upload.body.id]);
  });
});

describe('photos', () => {
  it('shows the uploaded photos with signed urls, and lets the manager read them', async () => {
    const photo = await uploadFile(app.url, rep.token, jpegBytes());
    const visit = await logVisit(rep, { kind: 'onsite', attachmentIds: [photo.body.id] });
    expect(visit.photos).toEqual([{ ...photo.body, url: expect.stringContaining(photo.body.id) }]);
    expect(visit.evidence.parts.photo).toBe(20);
    const asManager = await app.api(manager.token).get(`/api/v1/attachments/${photo.body.id}`);
    expect(asManager.status).toBe(200);
    const asOtherRep = await app.api(otherRep.token).get(`/api/v1/attachments/${photo.body.id}`);
    expect(asOtherRep.status).toBe(404);
  });

  it('keeps photos in the order the rep chose, and an edit replaces them, order and all', async () => {
    const [first, second, third] = await Promise.all(
      [1, 2, 3].map(async () => (await uploadFile(app.url, rep.token, jpegBytes())).body.id as string),
    );
    const visit = await logVisit(rep, { kind: 'onsite', attachmentIds: [third, first, second] });
    expect(visit.photos.map((photo) => photo.id)).toEqual([third, first, second]);
    const edited = await app
      .api(rep.token)
      .patch<Visit>(`/api/v1/visits/${visit.id}`, { version: visit.version, attachmentIds: [second, third] });
    expect(edited.body.photos.map((photo) => photo.id)).toEqual([second, third]);
    const reread = await app.api(rep.token).get<Visit>(`/api/v1/visits/${visit.id}`);
    expect(reread.body.photos.map((photo) => photo.id)).toEqual([second, third]);
  });

  it('refuses an attachment id nobody uploaded', async () => {
    const res = await app
      .api(rep.token)
      .post('/api/v1/visits', newVisit({ attachmentIds: [crypto.randomUUID()] }));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { fields: { 'attachmentIds.0': expect.any(String) } } });
  });
});
