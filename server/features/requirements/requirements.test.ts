import type {
  Mention,
  Requirement,
  RequirementDetail,
  RequirementPage,
  SimilarResponse,
} from '@shared/schemas/requirements';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { jpegBytes, uploadFile } from '@test/helpers/attachments';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let tenant: TestTenant;
let rep: TestUser;
let otherRep: TestUser;
let pm: TestUser;
let admin: TestUser;
let customerA: string;
let customerB: string;
let otherRepCustomer: string;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await makeTenant(app);
  rep = await makeUser(tenant, 'sales', '张浩然');
  otherRep = await makeUser(tenant, 'sales', '李婷婷');
  pm = await makeUser(tenant, 'pm', '林晓雯');
  admin = await makeUser(tenant, 'admin', '周敏');
  customerA = await makeCustomer(rep, {
    name: '苏州恒川精密',
    tier: 'high',
    segment: 'large',
    flags: { coCreation: true },
  });
  customerB = await makeCustomer(rep, { name: '无锡华晟电子', tier: 'general', segment: 'mid' });
  otherRepCustomer = await makeCustomer(otherRep, { name: '杭州启明', tier: 'low', segment: 'smb' });
});
afterAll(() => app.close());

const capture = (over: Record<string, unknown> = {}) => ({
  clientId: uuidv7(),
  title: '订单列表支持导出Excel',
  description: '财务每月对账要用',
  customerId: customerA,
  quote: '每个月对账都要手抄，太费劲了',
  importance: 'blocker',
  ...over,
});

async function create(user: TestUser, over: Record<string, unknown> = {}) {
  const res = await app.api(user.token).post<Requirement>('/api/v1/requirements', capture(over));
  expect(res.status).toBe(201);
  return res.body;
}

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

describe('GET /api/v1/requirements', () => {
  it('lists by score with filters and a keyset cursor', async () => {
    const small = await create(rep, {
      title: '客户生日提醒',
      customerId: customerB,
      importance: 'nice-to-have',
    });
    const page = await app
      .api(pm.token)
      .get<RequirementPage>('/api/v1/requirements?status=new&sort=score&limit=2&segment=mid');
    expect(page.status).toBe(200);
    expect(page.body.items.map((r) => r.score)).toEqual(
      [...page.body.items.map((r) => r.score)].sort((a, b) => b - a),
    );
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: RequirementPage } = await app
        .api(pm.token)
        .get<RequirementPage>(`/api/v1/requirements?limit=2&sort=score${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...res.body.items.map((r) => r.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain(small.id);
    const bySegment = await app.api(pm.token).get<RequirementPage>('/api/v1/requirements?segment=large');
    expect(bySegment.body.items.map((r) => r.id)).not.toContain(small.id);
    const byText = await app
      .api(pm.token)
      .get<RequirementPage>(`/api/v1/requirements?q=${encodeURIComponent('生日')}`);
    expect(byText.body.items.map((r) => r.id)).toEqual([small.id]);
    expect(byText.body.total).toBe(1);
  });

  it('pages through the triage inbox without repeats, its total matching what it lists', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const res: { body: RequirementPage } = await app
        .api(pm.token)
        .get<RequirementPage>(`/api/v1/requirements?inbox=1&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.body.items.map((r) => r.id));
      total = res.body.total;
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(total);
  });

  it('names who first reported each requirement and when a customer last asked for it', async () => {
    const requirement = await create(rep, { title: '客户拜访路线规划' });
    const plusOne = await app
      .api(otherRep.token)
      .post<Mention>(`/api/v1/requirements/${requirement.id}/mentions`, {
        clientId: uuidv7(),
        customerId: otherRepCustomer,
        importance: 'important',
      });
    expect(plusOne.status).toBe(201);
    const res = await app
      .api(pm.token)
      .get<RequirementPage>(`/api/v1/requirements?q=${encodeURIComponent('客户拜访路线规划')}`);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        id: requirement.id,
        reporterName: '张浩然',
        lastMentionAt: plusOne.body.createdAt,
      }),
    ]);
  });

  it('answers 400 for an unknown status', async () => {
    expect((await app.api(pm.token).get('/api/v1/requirements?status=maybe')).status).toBe(400);
  });
});

describe('PATCH /api/v1/requirements/{id}', () => {
  it('lets the PM classify and rank, rescoring at once; a stale version answers 409', async () => {
    const requirement = await create(rep, {
      title: '扫码出入库',
      customerId: customerB,
      importance: 'important',
    });
    const res = await app.api(pm.token).patch<Requirement>(`/api/v1/requirements/${requirement.id}`, {
      kind: 'productizable',
      impact: 2,
      confidence: 0.8,
      effort: 4,
      ownerId: pm.id,
      targetRelease: '2027.1',
      version: 1,
    });
    expect(res.status).toBe(200);
    // demand 4.5 × 2 × 0.8 ÷ 4 = 1.8
    expect(res.body).toMatchObject({ kind: 'productizable', score: 1.8, ownerName: '林晓雯', version: 2 });
    const stale = await app
      .api(pm.token)
      .patch(`/api/v1/requirements/${requirement.id}`, { title: 'x', version: 1 });
    expect(stale.status).toBe(409);
  });

  it('refuses a rep (403), an owner who is not a PM (400) and an unknown id (404)', async () => {
    const requirement = await create(rep, { title: '全局搜索' });
    expect(
      (await app.api(rep.token).patch(`/api/v1/requirements/${requirement.id}`, { impact: 2 })).status,
    ).toBe(403);
    const owner = await app
      .api(pm.token)
      .patch(`/api/v1/requirements/${requirement.id}`, { ownerId: rep.id });
    expect(owner.status).toBe(400);
    expect((await app.api(pm.token).patch(`/api/v1/requirements/${uuidv7()}`, { impact: 2 })).status).toBe(
      404,
    );
  });
});

describe('GET /api/v1/requirements/{id}', () => {
  it('shows a rep only the mentions of their own accounts', async () => {
    const requirement = await create(rep, { title: '开放API接口' });
    await app.api(otherRep.token).post(`/api/v1/requirements/${requirement.id}/mentions`, {
      clientId: uuidv7(),
      customerId: otherRepCustomer,
      quote: '要给MES调用',
      importance: 'important',
    });
    const asOther = await app
      .api(otherRep.token)
      .get<RequirementDetail>(`/api/v1/requirements/${requirement.id}`);
    expect(asOther.body.mentions.map((m) => m.customerName)).toEqual(['杭州启明']);
    const asPm = await app.api(pm.token).get<RequirementDetail>(`/api/v1/requirements/${requirement.id}`);
    expect(asPm.body.mentions.map((m) => m.reporterName)).toEqual(['张浩然', '李婷婷']);
    expect(asPm.body.can).toMatchObject({ decide: true, merge: true });
  });

  it('shows a rep only the promises made to their own accounts', async () => {
    const requirement = await create(rep, { title: '批量打印发货单' });
    const promised = await app.api(rep.token).post(`/api/v1/requirements/${requirement.id}/commitments`, {
      customerId: customerA,
      dueDate: '2099-06-30',
      note: '答应客户三季度上线',
    });
    expect(promised.status).toBe(201);
    const commitmentsSeenBy = async (user: TestUser) =>
      (await app.api(user.token).get<RequirementDetail>(`/api/v1/requirements/${requirement.id}`)).body
        .commitments;
    expect(await commitmentsSeenBy(rep)).toMatchObject([
      { customerName: '苏州恒川精密', promisedByName: '张浩然', note: '答应客户三季度上线' },
    ]);
    expect(await commitmentsSeenBy(pm)).toHaveLength(1);
    expect(await commitmentsSeenBy(otherRep)).toEqual([]);
  });

  it('hides a mention from its reporter once the account belongs to another rep', async () => {
    const handedOver = await makeCustomer(rep, { name: '常州远景机械' });
    const requirement = await create(rep, { title: '设备点检记录', customerId: handedOver });
    const mentionsSeenBy = async (user: TestUser) =>
      (await app.api(user.token).get<RequirementDetail>(`/api/v1/requirements/${requirement.id}`)).body
        .mentions;
    expect((await mentionsSeenBy(rep)).map((m) => m.customerName)).toEqual(['常州远景机械']);
    await tenant.tdb
      .updateTable('customers')
      .set({ owner_id: otherRep.id })
      .where('id', '=', handedOver)
      .execute();
    expect(await mentionsSeenBy(rep)).toEqual([]);
    expect((await mentionsSeenBy(otherRep)).map((m) => m.quote)).toEqual(['每个月对账都要手抄，太费劲了']);
  });

  it('answers 404 for another tenant’s requirement', async () => {
    const requirement = await create(rep, { title: '多语言界面' });
    const stranger = await makeUser(await makeTenant(app), 'admin');
    expect((await app.api(stranger.token).get(`/api/v1/requirements/${requirement.id}`)).status).toBe(404);
  });
});

describe('follow', () => {
  it('follows and unfollows', async () => {
    const requirement = await create(rep, { title: '系统操作日志' });
    const on = await app.api(pm.token).post(`/api/v1/requirements/${requirement.id}/follow`);
    expect(on.body).toEqual({ following: true });
    const detail = await app.api(pm.token).get<RequirementDetail>(`/api/v1/requirements/${requirement.id}`);
    expect(detail.body).toMatchObject({ following: true, followers: [{ id: pm.id, name: '林晓雯' }] });
    const off = await app
      .api(pm.token)
      .raw(`/api/v1/requirements/${requirement.id}/follow`, { method: 'DELETE' });
    expect(off.body).toEqual({ following: false });
    expect((await app.api().post(`/api/v1/requirements/${requirement.id}/follow`)).status).toBe(401);
  });
});

describe('score weights', () => {
  it('lets an admin change the weights and rescores the tenant; a PM may read but not change them', async () => {
    const requirement = await create(rep, {
      title: '电子签名确认验收单',
      customerId: customerB,
      importance: 'important',
    });
    const weights = (
      await app.api(pm.token).get<Record<string, unknown>>('/api/v1/requirements/settings/weights')
    ).body;
    const changed = { ...weights, importance: { 'nice-to-have': 1, important: 4, blocker: 6 } };
    const put = (token: string, body: unknown) =>
      app
        .api(token)
        .raw('/api/v1/requirements/settings/weights', { method: 'PUT', body: JSON.stringify(body) });
    expect((await put(pm.token, changed)).status).toBe(403);
    expect((await put(admin.token, { ...changed, customerCap: -1 })).status).toBe(400);
    expect((await put(admin.token, changed)).status).toBe(200);
    const after = await app.api(pm.token).get<RequirementDetail>(`/api/v1/requirements/${requirement.id}`);
    expect(after.body.demand).toBe(9);
    expect((await app.api(rep.token).get('/api/v1/requirements/settings/weights')).status).toBe(403);
  });
});
