import type { Mention, Requirement } from '@shared/schemas/requirements';
import type { RequirementDetail, RequirementPage } from '@shared/schemas/requirements-pages';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { type RequirementsWorld, startRequirementsWorld } from '@test/helpers/requirements';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: RequirementsWorld['app'];
let tenant: RequirementsWorld['tenant'];
let rep: RequirementsWorld['rep'];
let otherRep: RequirementsWorld['otherRep'];
let pm: RequirementsWorld['pm'];
let admin: RequirementsWorld['admin'];
let customerA: RequirementsWorld['customerA'];
let customerB: RequirementsWorld['customerB'];
let otherRepCustomer: RequirementsWorld['otherRepCustomer'];
let create: RequirementsWorld['create'];

beforeAll(async () => {
  ({ app, tenant, rep, otherRep, pm, admin, customerA, customerB, otherRepCustomer, create } =
    await startRequirementsWorld());
});
afterAll(() => app.close());

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
