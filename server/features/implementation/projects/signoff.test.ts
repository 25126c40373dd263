import { newId } from '@server/core/ids';
import type { Project, ProjectTask } from '@shared/schemas/implementation';
import type { Requirement } from '@shared/schemas/requirements';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { pngBytes, uploadFile } from '@test/helpers/attachments';
import { makeCustomer } from '@test/helpers/factories';
import { type ImplementationWorld, makeWorld, startProject, taskByTitle } from '@test/helpers/implementation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: ImplementationWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
});
afterAll(() => app.close());

async function signature(seed: number) {
  const res = await uploadFile(app.url, world.implementer.token, pngBytes(10 + seed, 10), {
    filename: 'signature.png',
    type: 'image/png',
  });
  return { signerName: '王总', attachmentId: res.body.id };
}

const patch = (project: Project, task: ProjectTask, body: unknown) =>
  app
    .api(world.implementer.token)
    .patch<ProjectTask>(`/api/v1/projects/${project.id}/tasks/${task.id}`, body);

/** A customer of its own with one go-live requirement, and a project for it. */
async function projectPromising(title: string) {
  const customerId = await makeCustomer(world.rep, { segment: 'mid' });
  const res = await app.api(world.rep.token).post<Requirement>('/api/v1/requirements', {
    clientId: newId(),
    importance: 'important',
    customerId,
    title,
    goLive: true,
  });
  expect(res.status).toBe(201);
  return { requirement: res.body, project: await startProject(app, world, { customerId }) };
}

const reload = async (project: Project) =>
  (await app.api(world.owner.token).get<Project>(`/api/v1/projects/${project.id}`)).body;

describe('signing off acceptance with go-live requirements not delivered', () => {
  it('signs off without a reason when every go-live requirement is released', async () => {
    const { requirement, project } = await projectPromising('会员积分与总部打通');
    await app
      .api(world.pm.token)
      .post(`/api/v1/requirements/${requirement.id}/decisions`, { status: 'released' });
    const uat = taskByTitle(project, '客户 UAT 签字确认');
    const signed = await patch(project, uat, { done: true, evidence: { signature: await signature(1) } });
    expect(signed.status).toBe(200);
    expect(signed.body.proof.signature).toMatchObject({ signerName: '王总', exception: null });
  });

  it('refuses an acceptance sign-off without the reason (422 on evidence.signoffReason)', async () => {
    const { project } = await projectPromising('老系统会员数据迁移');
    const uat = taskByTitle(project, '客户 UAT 签字确认');
    const refused = await patch(project, uat, { done: true, evidence: { signature: await signature(2) } });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      error: {
        code: 'EVIDENCE_REQUIRED',
        fields: { 'evidence.signoffReason': '还有上线需求未交付：请写明客户同意继续验收的原因' },
      },
    });
    expect(taskByTitle(await reload(project), '客户 UAT 签字确认')).toMatchObject({
      doneAt: null,
      proof: { signature: null },
    });
  });

  it('keeps the reason and what was missing with the signature, and shows them on the project', async () => {
    const { requirement, project } = await projectPromising('门店价签实时同步');
    const uat = taskByTitle(project, '客户 UAT 签字确认');
    const signed = await patch(project, uat, {
      done: true,
      evidence: { signature: await signature(3), signoffReason: '客户同意先上线，价签同步下月补交' },
    });
    expect(signed.status).toBe(200);
    const expected = {
      reason: '客户同意先上线，价签同步下月补交',
      undelivered: [{ id: requirement.id, title: '门店价签实时同步', status: 'new' }],
    };
    expect(signed.body.proof.signature?.exception).toEqual(expected);
    const shown = taskByTitle(await reload(project), '客户 UAT 签字确认');
    expect(shown.proof.signature?.exception).toEqual(expected);
  });

  it('asks no reason on a sign-off that does not list the go-live requirements', async () => {
    const { project } = await projectPromising('移动端离线盘点');
    const scope = taskByTitle(project, '方案评审并由客户签字确认范围');
    const signed = await patch(project, scope, { done: true, evidence: { signature: await signature(4) } });
    expect(signed.status).toBe(200);
    expect(signed.body.proof.signature?.exception).toBeNull();
  });
});
