/** 撤销 on the desk: a decision or a merge taken back within its window reaches nobody; after it, 409. */
import type { Session } from '@shared/schemas/auth';
import type { DecisionResult, MergeResult, Requirement } from '@shared/schemas/requirements';
import type { RequirementDetail } from '@shared/schemas/requirements-pages';
import { type DingTalkEmulator, startDingTalkEmulator } from '@test/emulators/dingtalk';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { runOutbox } from '@test/helpers/outbox';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const corpId = 'dingundocorp';
const dingApp = {
  clientId: 'dingundoclient',
  clientSecret: 'emu-secret',
  agentId: '3001004',
  callbackToken: 'mryue',
  callbackAesKey: 'Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7',
};

let app: TestApp;
let ding: DingTalkEmulator;
let tenant: TestTenant;
let pm: TestUser;
let otherPm: TestUser;
let admin: TestUser;
let rep: TestUser;
let stranger: TestUser;
let customerId: string;

beforeAll(async () => {
  [ding, app] = await Promise.all([startDingTalkEmulator(), startTestApp()]);
  ding.addOrg({
    corpId,
    corpName: '北辰软件',
    ...dingApp,
    users: [{ userId: 'wangjing', name: '王静', departmentIds: [2] }],
  });
  tenant = await makeTenant(app, '北辰软件');
  admin = await makeUser(tenant, 'admin', '许文');
  pm = await makeUser(tenant, 'pm', '高远');
  otherPm = await makeUser(tenant, 'pm', '宋佳');
  const connected = await app.api(admin.token).post('/api/v1/platform/connections', {
    platform: 'dingtalk',
    corpId,
    ...dingApp,
    baseUrl: ding.baseUrl,
  });
  expect(connected.status).toBe(201);
  const session = await app.api().post<Session>('/api/v1/auth/dingtalk', {
    corpId,
    code: ding.mintAuthCode({ corpId, userId: 'wangjing' }),
  });
  expect(session.status).toBe(200);
  rep = { id: session.body.user.id, name: '王静', role: 'sales', token: session.body.token, tenant };
  customerId = await makeCustomer(rep, { name: '厦门远洋' });
  stranger = await makeUser(await makeTenant(app), 'admin', '外人');
});
afterAll(async () => {
  await app.close();
  await ding.close();
});

/** What the rep got about one requirement (other tests' held messages go out in the same passes). */
const messagesToRepAbout = (title: string) =>
  ding.sentMessages().filter((m) => m.recipient === 'wangjing' && JSON.stringify(m.content).includes(title));

async function capture(title: string): Promise<Requirement> {
  const res = await app.api(rep.token).post<Requirement>('/api/v1/requirements', {
    clientId: uuidv7(),
    title,
    customerId,
    importance: 'important',
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function decline(requirementId: string, by = pm): Promise<DecisionResult> {
  const res = await app
    .api(by.token)
    .post<DecisionResult>(`/api/v1/requirements/${requirementId}/decisions`, {
      status: 'declined',
      note: '与产品方向不符',
    });
  expect(res.status).toBe(201);
  expect(res.body.undo).toEqual({ id: expect.any(String), until: expect.any(String) });
  return res.body;
}

const undoDecision = (by: TestUser | null, requirementId: string, decisionId: string) =>
  app
    .api(by?.token)
    .post<Requirement & { error: { code: string } }>(
      `/api/v1/requirements/${requirementId}/decisions/${decisionId}/undo`,
      {},
    );

const heldRows = (holdKey: string) =>
  tenant.tdb.selectFrom('outbox').select('status').where('hold_key', '=', holdKey).execute();

/** The window is measured from when the change was made: moving that back closes it. */
const backdate = (table: 'requirement_decisions' | 'requirement_merges', id: string) =>
  tenant.tdb
    .updateTable(table)
    .set({ created_at: new Date(Date.now() - 60_000).toISOString() })
    .where('id', '=', id)
    .execute();

describe('undoing a decision', () => {
  it('returns the requirement to its status and the rep hears nothing', async () => {
    const requirement = await capture('合同到期前自动提醒');
    const decided = await decline(requirement.id);
    expect(decided.status).toBe('declined');
    expect(await heldRows(`requirement.decision:${decided.undo?.id}`)).toEqual([{ status: 'pending' }]);
    // Held for the window: a pass now sends nothing yet.
    await runOutbox(app, { beforeUndoWindow: true });
    expect(messagesToRepAbout(requirement.title)).toHaveLength(0);

    const undone = await undoDecision(pm, requirement.id, decided.undo?.id ?? '');
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ id: requirement.id, status: 'new' });
    const detail = await app.api(pm.token).get<RequirementDetail>(`/api/v1/requirements/${requirement.id}`);
    expect(detail.body.decisions).toEqual([]);
    await runOutbox(app);
    expect(messagesToRepAbout(requirement.title)).toHaveLength(0);
    const audit = await tenant.tdb
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('object_id', '=', requirement.id)
      .where('action', '=', 'requirement.decide.undo')
      .execute();
    expect(audit).toEqual([{ action: 'requirement.decide.undo', actor_id: pm.id }]);

    // Deciding the same again is news once more.
    await decline(requirement.id);
    await runOutbox(app);
    expect(messagesToRepAbout(requirement.title)).toHaveLength(1);
  });

  it('goes back to the decision before, not to 新提交', async () => {
    const requirement = await capture('报价单支持多币种');
    await app
      .api(pm.token)
      .post(`/api/v1/requirements/${requirement.id}/decisions`, { status: 'planned', note: '三季度' });
    const decided = await decline(requirement.id);
    const undone = await undoDecision(pm, requirement.id, decided.undo?.id ?? '');
    expect(undone.body.status).toBe('planned');
  });

  it('refuses after the window, with 409', async () => {
    const requirement = await capture('客户列表按区域分组');
    const decided = await decline(requirement.id);
    await backdate('requirement_decisions', decided.undo?.id ?? '');
    const late = await undoDecision(pm, requirement.id, decided.undo?.id ?? '');
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('UNDO_CLOSED');
    const detail = await app.api(pm.token).get<RequirementDetail>(`/api/v1/requirements/${requirement.id}`);
    expect(detail.body.status).toBe('declined');
  });

  it('refuses once the message has gone out, with 409', async () => {
    const requirement = await capture('发票抬头自动带出');
    const decided = await decline(requirement.id);
    await runOutbox(app);
    expect(messagesToRepAbout(requirement.title)).toHaveLength(1);
    const late = await undoDecision(pm, requirement.id, decided.undo?.id ?? '');
    expect(late.status).toBe(409);
  });

  it('lets only the PM who decided, or an admin, take it back', async () => {
    const requirement = await capture('拜访记录导出PDF');
    const decided = await decline(requirement.id);
    const decisionId = decided.undo?.id ?? '';
    expect((await undoDecision(null, requirement.id, decisionId)).status).toBe(401);
    expect((await undoDecision(otherPm, requirement.id, decisionId)).status).toBe(403);
    expect((await undoDecision(rep, requirement.id, decisionId)).status).toBe(403);
    expect((await undoDecision(stranger, requirement.id, decisionId)).status).toBe(404);
    const byAdmin = await undoDecision(admin, requirement.id, decisionId);
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.status).toBe('new');
  });

  it('keeps the undo to the latest decision', async () => {
    const requirement = await capture('审批单支持加签');
    const first = await decline(requirement.id);
    await app
      .api(pm.token)
      .post(`/api/v1/requirements/${requirement.id}/decisions`, { status: 'planned', note: '改了主意' });
    expect((await undoDecision(pm, requirement.id, first.undo?.id ?? '')).status).toBe(409);
  });
});

describe('undoing a merge within its window', () => {
  async function merge(): Promise<{ source: Requirement; target: Requirement; mergeId: string }> {
    const target = await capture(`库存盘点扫码 ${uuidv7()}`);
    const source = await capture(`扫码盘点库存 ${uuidv7()}`);
    const res = await app
      .api(otherPm.token)
      .post<MergeResult>(`/api/v1/requirements/${source.id}/merge`, { targetId: target.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: target.id, undo: { id: expect.any(String) } });
    return { source, target, mergeId: res.body.undo.id };
  }

  const undoMerge = (by: TestUser, requirementId: string, mergeId: string) =>
    app
      .api(by.token)
      .post<Requirement & { error: { code: string } }>(
        `/api/v1/requirements/${requirementId}/merge/${mergeId}/undo`,
        {},
      );

  it('lets the PM who merged take it back, and the reporters never hear of it', async () => {
    const { source, target, mergeId } = await merge();
    const detail = await app.api(otherPm.token).get<RequirementDetail>(`/api/v1/requirements/${target.id}`);
    expect(detail.body.merges[0]?.can.undo).toBe(true);
    expect(await heldRows(`requirement.merge:${mergeId}`)).toEqual([{ status: 'pending' }]);
    const undone = await undoMerge(otherPm, target.id, mergeId);
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ id: source.id, status: 'new', mentionCount: 1 });
    await runOutbox(app);
    expect(messagesToRepAbout(target.title)).toHaveLength(0);
    expect(await heldRows(`requirement.merge:${mergeId}`)).toEqual([]);
  });

  it('refuses the PM who merged after the window (409), another PM (403) and another tenant (404)', async () => {
    const { target, mergeId } = await merge();
    expect((await undoMerge(pm, target.id, mergeId)).status).toBe(403);
    expect((await undoMerge(stranger, target.id, mergeId)).status).toBe(404);
    await backdate('requirement_merges', mergeId);
    const late = await undoMerge(otherPm, target.id, mergeId);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('UNDO_CLOSED');
    // An admin may still undo a merge at any time.
    expect((await undoMerge(admin, target.id, mergeId)).status).toBe(200);
  });
});
