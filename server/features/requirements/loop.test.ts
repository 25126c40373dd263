import type { MergeView, Requirement } from '@shared/schemas/requirements';
import type { MyRequirementsPage, RequirementStats } from '@shared/schemas/requirements-loop';
import type { RequirementDetail, RequirementPage } from '@shared/schemas/requirements-pages';
import { makeCustomer } from '@test/helpers/factories';
import { type LoopWorld, startLoopWorld } from '@test/helpers/loop';
import { linkedScreen, linksIn } from '@test/helpers/message-links';
import { runOutbox } from '@test/helpers/outbox';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: LoopWorld['app'];
let feishu: LoopWorld['feishu'];
let tenant: LoopWorld['tenant'];
let admin: LoopWorld['admin'];
let pm: LoopWorld['pm'];
let rep1: LoopWorld['rep1'];
let rep2: LoopWorld['rep2'];
let fsRep: LoopWorld['fsRep'];
let feishuConnectionId: LoopWorld['feishuConnectionId'];
let feishuAppId: LoopWorld['feishuAppId'];
let capture: LoopWorld['capture'];
let dingMessagesTo: LoopWorld['dingMessagesTo'];
let feishuMessagesTo: LoopWorld['feishuMessagesTo'];
let close: LoopWorld['close'];

beforeAll(async () => {
  ({
    app,
    feishu,
    tenant,
    admin,
    pm,
    rep1,
    rep2,
    fsRep,
    feishuConnectionId,
    feishuAppId,
    capture,
    dingMessagesTo,
    feishuMessagesTo,
    close,
  } = await startLoopWorld());
});
afterAll(() => close());

describe('the loop', () => {
  let survivor: Requirement;
  let duplicate: Requirement;
  let c1: string;
  let c2: string;
  let c3: string;
  let mergeId: string;

  it('tells each reporter of a merged requirement once, and moves its mentions to the survivor', async () => {
    [c1, c2, c3] = await Promise.all([
      makeCustomer(rep1, { name: '苏州恒川' }),
      makeCustomer(rep2, { name: '无锡华晟' }),
      makeCustomer(fsRep, { name: '杭州启明' }),
    ]);
    survivor = await capture(rep1, '订单导出Excel', c1);
    duplicate = await capture(rep2, '销售订单下载成表格', c2);
    await app.api(fsRep.token).post(`/api/v1/requirements/${survivor.id}/mentions`, {
      clientId: uuidv7(),
      customerId: c3,
      importance: 'blocker',
    });
    const merged = await app
      .api(pm.token)
      .post<Requirement>(`/api/v1/requirements/${duplicate.id}/merge`, { targetId: survivor.id });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ id: survivor.id, customerCount: 3, mentionCount: 3 });
    await runOutbox(app);
    expect(dingMessagesTo('linxiaowen').map((m) => JSON.stringify(m.content))).toEqual([
      expect.stringContaining('需求已合并'),
    ]);
    expect(dingMessagesTo('zhanghaoran')).toEqual([]);
    const asMerged = await app.api(rep2.token).get<RequirementDetail>(`/api/v1/requirements/${duplicate.id}`);
    expect(asMerged.body).toMatchObject({ id: survivor.id, redirectedFromId: duplicate.id });
    mergeId = asMerged.body.merges[0]?.id ?? '';
    const again = await app
      .api(pm.token)
      .post(`/api/v1/requirements/${duplicate.id}/merge`, { targetId: survivor.id });
    expect(again.status).toBe(409);
  });

  it('sends a decision to every reporter exactly once, with the told button fitting each platform', async () => {
    const decision = { status: 'planned', note: '排进 2027.1 版本' };
    const first = await app
      .api(pm.token)
      .post<Requirement>(`/api/v1/requirements/${survivor.id}/decisions`, decision);
    expect(first.status).toBe(201);
    expect(first.body.status).toBe('planned');
    await app.api(pm.token).post(`/api/v1/requirements/${survivor.id}/decisions`, decision);
    await runOutbox(app);
    const toRep1 = dingMessagesTo('zhanghaoran');
    expect(toRep1).toHaveLength(1);
    const card = JSON.stringify(toRep1[0]?.content);
    expect(card).toContain('已规划');
    expect(card).toContain('排进 2027.1 版本');
    expect(linksIn(toRep1[0]?.content).map(linkedScreen)).toEqual([
      expect.stringMatching(new RegExp(`^/requirements/${survivor.id}/told\\?mention=`)),
      `/requirements/${survivor.id}`,
    ]);
    expect(dingMessagesTo('linxiaowen').map((m) => JSON.stringify(m.content))).toEqual([
      expect.stringContaining('需求已合并'),
      expect.stringContaining('已规划'),
    ]);
    const fsCards = feishuMessagesTo('ou_wangfang');
    expect(fsCards).toHaveLength(1);
    expect(JSON.stringify(fsCards[0]?.content)).toContain('"action":"requirement.told"');
  });

  it('records the Feishu rep’s told button press and the DingTalk rep’s told link', async () => {
    const press = feishu.eventEnvelope(feishuAppId, 'card.action.trigger', {
      operator: { open_id: 'ou_wangfang' },
      action: { value: { action: 'requirement.told', requirementId: survivor.id } },
    });
    const answer = await feishu.pushCallback(
      feishuAppId,
      press,
      `${app.url}/api/v1/callbacks/${feishuConnectionId}`,
    );
    expect(answer.json).toEqual({ toast: { type: 'success', content: '已记录：你已告知客户' } });
    const stale = feishu.eventEnvelope(feishuAppId, 'card.action.trigger', {
      operator: { open_id: 'ou_wangfang' },
      action: { value: { action: 'requirement.told', requirementId: survivor.id, decisionId: uuidv7() } },
    });
    const staleAnswer = await feishu.pushCallback(
      feishuAppId,
      stale,
      `${app.url}/api/v1/callbacks/${feishuConnectionId}`,
    );
    expect(staleAnswer.json).toMatchObject({ toast: { type: 'info' } });
    const told = await app
      .api(rep1.token)
      .post<{ toldAt: string }>(`/api/v1/requirements/${survivor.id}/told`, {
        customerId: c1,
      });
    expect(told.status).toBe(200);
    const repeat = await app
      .api(rep1.token)
      .post<{ toldAt: string }>(`/api/v1/requirements/${survivor.id}/told`, {
        customerId: c1,
      });
    expect(repeat.body.toldAt).toBe(told.body.toldAt);
    const notMine = await app
      .api(rep1.token)
      .post(`/api/v1/requirements/${survivor.id}/told`, { customerId: c2 });
    expect(notMine.status).toBe(400);
    const detail = await app.api(pm.token).get<RequirementDetail>(`/api/v1/requirements/${survivor.id}`);
    expect(detail.body.mentions.map((m) => [m.customerName, m.toldAt !== null])).toEqual([
      ['苏州恒川', true],
      ['无锡华晟', false],
      ['杭州启明', true],
    ]);
    const stats = await app.api(pm.token).get<RequirementStats>('/api/v1/requirements/stats');
    expect(stats.body).toMatchObject({ decidedCount: 1, closedLoopCount: 0, loopClosureRate: 0 });
    await app.api(rep2.token).post(`/api/v1/requirements/${survivor.id}/told`, { customerId: c2 });
    const closed = await app.api(pm.token).get<RequirementStats>('/api/v1/requirements/stats');
    expect(closed.body).toMatchObject({ decidedCount: 1, closedLoopCount: 1, loopClosureRate: 1 });
    expect(closed.body.medianHoursToDecision).toBeGreaterThanOrEqual(0);
  });

  it('shows the rep’s 我的需求 with the new status, history and the merge they may contest', async () => {
    const mine = await app.api(rep2.token).get<MyRequirementsPage>('/api/v1/requirements/mine');
    expect(mine.status).toBe(200);
    const [item] = mine.body.items;
    expect(item?.requirement).toMatchObject({ id: survivor.id, status: 'planned' });
    expect(item?.history.map((h) => h.status)).toEqual(['planned']);
    expect(item?.myMentions[0]).toMatchObject({
      customerName: '无锡华晟',
      toldAt: expect.any(String),
      mergedFrom: { mergeId, requirementId: duplicate.id, canContest: true },
    });
  });

  it('lets only a reporter of the merged requirement contest, which puts it in the PM’s inbox', async () => {
    const path = `/api/v1/requirements/${duplicate.id}/merge/${mergeId}/contest`;
    expect((await app.api(rep1.token).post(path, {})).status).toBe(403);
    const contested = await app.api(rep2.token).post<MergeView>(path, { note: '客户要的是应收对账单' });
    expect(contested.status).toBe(200);
    expect(contested.body).toMatchObject({ contestNote: '客户要的是应收对账单', contestedByName: '林晓雯' });
    expect((await app.api(rep2.token).post(path, {})).status).toBe(409);
    const inbox = await app.api(pm.token).get<RequirementPage>('/api/v1/requirements?inbox=1');
    expect(inbox.body.items.find((r) => r.id === survivor.id)).toMatchObject({ contested: true });
  });

  it('undoes a contested merge: mentions go back and the merged requirement lives again', async () => {
    const undone = await app
      .api(pm.token)
      .post<Requirement>(`/api/v1/requirements/${survivor.id}/merge/${mergeId}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({
      id: duplicate.id,
      status: 'new',
      mergedIntoId: null,
      mentionCount: 1,
    });
    const after = await app.api(pm.token).get<RequirementDetail>(`/api/v1/requirements/${survivor.id}`);
    expect(after.body).toMatchObject({ contested: false, customerCount: 2 });
    expect(after.body.merges[0]?.undoneAt).toEqual(expect.any(String));
  });

  it('lets only an admin undo an uncontested merge once its undo window has passed', async () => {
    const other = await capture(rep2, '订单导出表格', c2);
    await app.api(pm.token).post(`/api/v1/requirements/${other.id}/merge`, { targetId: survivor.id });
    await tenant.tdb
      .updateTable('requirement_merges')
      .set({ created_at: new Date(Date.now() - 60_000).toISOString() })
      .where('source_id', '=', other.id)
      .execute();
    const detail = await app.api(pm.token).get<RequirementDetail>(`/api/v1/requirements/${survivor.id}`);
    const merge = detail.body.merges.find((m) => m.sourceId === other.id);
    expect(merge?.can).toMatchObject({ undo: false });
    const path = `/api/v1/requirements/${other.id}/merge/${merge?.id}/undo`;
    expect((await app.api(pm.token).post(path)).status).toBe(409);
    expect((await app.api(admin.token).post(path)).status).toBe(200);
  });

  it('refuses decisions from a rep (403), bad statuses (400) and declining without a note (400)', async () => {
    const path = `/api/v1/requirements/${survivor.id}/decisions`;
    expect((await app.api(rep1.token).post(path, { status: 'planned' })).status).toBe(403);
    expect((await app.api(pm.token).post(path, { status: 'merged' })).status).toBe(400);
    const noNote = await app.api(pm.token).post(path, { status: 'declined' });
    expect(noNote.status).toBe(400);
    expect(noNote.body).toMatchObject({ error: { fields: { note: expect.any(String) } } });
    expect((await app.api().post(path, { status: 'planned' })).status).toBe(401);
    expect(
      (await app.api(pm.token).post(`/api/v1/requirements/${uuidv7()}/decisions`, { status: 'planned' }))
        .status,
    ).toBe(404);
  });

  it('decides in bulk, telling the reporter in one digest, and reports the ones it could not decide', async () => {
    const a = await capture(rep1, '客户公海池', c1);
    const b = await capture(rep1, '销售漏斗分析', c1);
    const before = dingMessagesTo('zhanghaoran').length;
    const res = await app
      .api(pm.token)
      .post<{ items: Requirement[]; failed: { id: string; code: string }[] }>(
        '/api/v1/requirements/bulk-status',
        { ids: [a.id, b.id, uuidv7()], status: 'under_review' },
      );
    expect(res.status).toBe(200);
    expect(res.body.items.map((r) => r.status)).toEqual(['under_review', 'under_review']);
    expect(res.body.failed).toEqual([{ id: expect.any(String), code: 'NOT_FOUND' }]);
    await runOutbox(app);
    const told = dingMessagesTo('zhanghaoran').slice(before);
    expect(told).toHaveLength(1);
    expect(JSON.stringify(told[0]?.content)).toContain('2 条需求有了决定');
    expect(JSON.stringify(told[0]?.content)).toContain('客户公海池');
    expect(JSON.stringify(told[0]?.content)).toContain('销售漏斗分析');
    expect(
      (await app.api(rep1.token).post('/api/v1/requirements/bulk-status', { ids: [a.id], status: 'planned' }))
        .status,
    ).toBe(403);
  });
});
