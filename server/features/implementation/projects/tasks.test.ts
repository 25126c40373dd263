import type { Project, ProjectTask } from '@shared/schemas/implementation';
import { startFeishuEmulator } from '@test/emulators/feishu';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { pngBytes, uploadFile } from '@test/helpers/attachments';
import {
  giveFeishuIdentity,
  type ImplementationWorld,
  makeWorld,
  startProject,
  taskByTitle,
} from '@test/helpers/implementation';
import { runOutbox } from '@test/helpers/outbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: ImplementationWorld;
let feishu: Awaited<ReturnType<typeof startFeishuEmulator>>;

beforeAll(async () => {
  feishu = await startFeishuEmulator();
  feishu.addApp({
    appId: 'cli_impl0001',
    appSecret: 'feishu-secret',
    tenantKey: 'tenant-impl',
    encryptKey: 'feishu-encrypt-key',
    verificationToken: 'feishu-verify',
    users: [{ openId: 'ou_owner', unionId: 'on_owner', name: '刘思远', departmentIds: ['od-1'] }],
  });
  app = await startTestApp();
  world = await makeWorld(app);
  const connected = await app.api(world.admin.token).post('/api/v1/platform/connections', {
    platform: 'feishu',
    appId: 'cli_impl0001',
    appSecret: 'feishu-secret',
    encryptKey: 'feishu-encrypt-key',
    verificationToken: 'feishu-verify',
    baseUrl: feishu.baseUrl,
  });
  if (connected.status !== 201) throw new Error(`feishu not connected: ${JSON.stringify(connected.body)}`);
  await giveFeishuIdentity(world.tenant, world.owner.id, 'ou_owner');
});
afterAll(async () => {
  await app.close();
  await feishu.close();
});

const patch = (token: string, project: Project, task: ProjectTask, body: unknown) =>
  app.api(token).patch<ProjectTask>(`/api/v1/projects/${project.id}/tasks/${task.id}`, body);

async function upload(token: string, seed: number) {
  const res = await uploadFile(app.url, token, pngBytes(8 + seed, 8), {
    filename: 'p.png',
    type: 'image/png',
  });
  return res.body.id;
}

describe('PATCH /api/v1/projects/{id}/tasks/{taskId}', () => {
  it('answers 401, 404 for an unknown task, 403 for someone outside the project, 400 for bad input', async () => {
    const project = await startProject(app, world);
    const task = taskByTitle(project, '关键用户访谈');
    expect(
      (await app.api().patch(`/api/v1/projects/${project.id}/tasks/${task.id}`, { done: true })).status,
    ).toBe(401);
    const unknown = await app
      .api(world.owner.token)
      .patch(`/api/v1/projects/${project.id}/tasks/${crypto.randomUUID()}`, { done: true });
    expect(unknown.status).toBe(404);
    expect((await patch(world.outsider.token, project, task, { done: true })).status).toBe(403);
    const bad = await patch(world.owner.token, project, task, { done: 'yes', blocker: '' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { fields: { done: expect.any(String), blocker: expect.any(String) } },
    });
  });

  it('refuses to tick a note task without a note, naming the missing field', async () => {
    const project = await startProject(app, world);
    const task = taskByTitle(project, '关键用户访谈');
    const res = await patch(world.implementer.token, project, task, { done: true });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      error: {
        code: 'EVIDENCE_REQUIRED',
        message: '请先补充这项任务要求的凭证再勾选完成',
        fields: { 'evidence.note': '这项任务要求填写说明' },
      },
    });
    const ticked = await patch(world.implementer.token, project, task, {
      done: true,
      evidence: { note: '访谈了销售总监和两位一线销售' },
    });
    expect(ticked.status).toBe(200);
    expect(ticked.body).toMatchObject({
      doneById: world.implementer.id,
      doneByName: '何静怡',
      proof: { note: '访谈了销售总监和两位一线销售' },
      health: 'on-track',
      healthReason: 'done',
    });
  });

  it('refuses to tick a photo task without a photo and accepts it with one', async () => {
    const project = await startProject(app, world);
    const task = taskByTitle(project, '召开项目启动会');
    const refused = await patch(world.implementer.token, project, task, { done: true });
    expect(refused.body).toMatchObject({
      error: { code: 'EVIDENCE_REQUIRED', fields: { 'evidence.attachmentIds': '这项任务要求上传现场照片' } },
    });
    const photo = await upload(world.implementer.token, 1);
    const ticked = await patch(world.implementer.token, project, task, {
      done: true,
      evidence: { attachmentIds: [photo] },
    });
    expect(ticked.status).toBe(200);
    expect(ticked.body.proof.attachments).toEqual([
      expect.objectContaining({ id: photo, mime: 'image/png' }),
    ]);
    expect(ticked.body.doneAt).not.toBeNull();
    const unknownPhoto = await patch(world.implementer.token, project, task, {
      evidence: { attachmentIds: [crypto.randomUUID()] },
    });
    expect(unknownPhoto.status).toBe(400);
  });

  it('keeps every photo when ten phones add theirs to one task at once', async () => {
    const project = await startProject(app, world);
    const task = taskByTitle(project, '驻场观察一线业务');
    const photos = await Promise.all(
      Array.from({ length: 10 }, (_, i) => upload(world.implementer.token, 20 + i)),
    );
    const answers = await Promise.all(
      photos.map((photo) =>
        patch(world.implementer.token, project, task, {
          clientOpId: crypto.randomUUID(),
          evidence: { attachmentIds: [photo] },
        }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(photos.map(() => 200));
    const stored = await app.api(world.owner.token).get<Project>(`/api/v1/projects/${project.id}`);
    const after = taskByTitle(stored.body, '驻场观察一线业务');
    expect(after.proof.attachments.map((view) => view.id).sort()).toEqual([...photos].sort());
    expect(after.version).toBe(task.version + 10);
  });

  it('refuses a change made against an older version with 409, and takes it against the current one', async () => {
    const project = await startProject(app, world);
    const task = taskByTitle(project, '关键用户访谈');
    const first = await patch(world.implementer.token, project, task, {
      version: task.version,
      evidence: { note: '第一次访谈纪要' },
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(task.version + 1);
    const stale = await patch(world.owner.token, project, task, {
      version: task.version,
      evidence: { note: '旧页面上的纪要' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
    const current = await patch(world.owner.token, project, task, {
      version: first.body.version,
      evidence: { note: '补充后的纪要' },
    });
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ version: task.version + 2, proof: { note: '补充后的纪要' } });
  });

  it('lets whoever sees the project read the evidence photo, and nobody else', async () => {
    const project = await startProject(app, world);
    const task = taskByTitle(project, '驻场观察一线业务');
    const photo = await upload(world.implementer.token, 3);
    await patch(world.implementer.token, project, task, { evidence: { attachmentIds: [photo] } });
    expect((await app.api(world.owner.token).get(`/api/v1/attachments/${photo}`)).status).toBe(200);
    expect((await app.api(world.rep.token).get(`/api/v1/attachments/${photo}`)).status).toBe(200);
    expect((await app.api(world.otherRep.token).get(`/api/v1/attachments/${photo}`)).status).toBe(404);
  });

  it('takes a customer sign-off as signature image, signer name and time', async () => {
    const project = await startProject(app, world);
    const task = taskByTitle(project, '方案评审并由客户签字确认范围');
    expect((await patch(world.implementer.token, project, task, { done: true })).body).toMatchObject({
      error: { fields: { 'evidence.signature': expect.any(String) } },
    });
    const signature = await upload(world.implementer.token, 2);
    const ticked = await patch(world.implementer.token, project, task, {
      done: true,
      evidence: { signature: { signerName: '王总', attachmentId: signature } },
    });
    expect(ticked.status).toBe(200);
    expect(ticked.body.proof.signature).toEqual({
      signerName: '王总',
      signedAt: expect.any(String),
      attachment: expect.objectContaining({ id: signature }),
      exception: null,
    });
  });

  it('treats ticking a done task as a no-op and a replayed clientOpId as already applied', async () => {
    const project = await startProject(app, world);
    const task = taskByTitle(project, '完成组织、角色与字段配置');
    const opId = crypto.randomUUID();
    const first = await patch(world.implementer.token, project, task, { done: true, clientOpId: opId });
    const again = await patch(world.implementer.token, project, task, { done: true });
    expect(again.status).toBe(200);
    expect(again.body.doneAt).toBe(first.body.doneAt);
    await patch(world.implementer.token, project, task, { done: false });
    const replay = await patch(world.implementer.token, project, task, { done: true, clientOpId: opId });
    expect(replay.status).toBe(200);
    expect(replay.body.doneAt).toBeNull();
  });

  it('lets members assign only to active colleagues', async () => {
    const project = await startProject(app, world);
    const task = taskByTitle(project, '输出解决方案与流程图');
    const assigned = await patch(world.owner.token, project, task, { assigneeId: world.implementer.id });
    expect(assigned.body).toMatchObject({ assigneeId: world.implementer.id, assigneeName: '何静怡' });
    const bad = await patch(world.owner.token, project, task, { assigneeId: crypto.randomUUID() });
    expect(bad.status).toBe(422);
  });

  it('marks a blocked task at risk and sends the owner exactly one Feishu message per blocker', async () => {
    const project = await startProject(app, world);
    const task = taskByTitle(project, '驻场观察一线业务');
    const before = feishu.sentMessages({ recipient: 'ou_owner' }).length;
    const blocked = await patch(world.implementer.token, project, task, {
      blocker: '客户门店装修，暂停驻场',
    });
    expect(blocked.body).toMatchObject({
      blocker: '客户门店装修，暂停驻场',
      health: 'at-risk',
      healthReason: 'blocked',
    });
    await patch(world.implementer.token, project, task, { blocker: '客户门店装修，暂停驻场' });
    await runOutbox(app);
    await runOutbox(app);
    const sent = feishu.sentMessages({ recipient: 'ou_owner' }).slice(before);
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0])).toContain('客户门店装修，暂停驻场');
    const view = await app.api(world.owner.token).get<Project>(`/api/v1/projects/${project.id}`);
    expect(view.body.phases[0]).toMatchObject({ health: 'at-risk', healthReason: 'tasks-blocked' });
    const cleared = await patch(world.implementer.token, project, task, { blocker: null });
    expect(cleared.body).toMatchObject({ blocker: null, blockedAt: null });
  });
});
