import type { ProjectUpgradeImpact, Template } from '@shared/schemas/implementation';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser } from '@test/helpers/factories';
import { type ImplementationWorld, makeWorld, startProject } from '@test/helpers/implementation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: ImplementationWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
});
afterAll(() => app.close());

const putDraft = (token: string, id: string, body: unknown) =>
  app.api(token).raw(`/api/v1/templates/${id}/draft`, {
    method: 'PUT',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

/** The published template with its first phase renamed, its second task retitled and one task added. */
function edited(template: Template): Template {
  const copy = structuredClone(template);
  const [first] = copy.phases;
  const second = first?.tasks[1];
  if (!first || !second) throw new Error('the standard template has no second task');
  first.name = '需求调研与访谈';
  first.tasks[1] = { ...second, title: '关键用户访谈（含一线销售）' };
  first.tasks.push({
    id: crypto.randomUUID(),
    title: '梳理现有报表',
    guidance: '',
    evidence: 'file',
    condition: null,
  });
  return copy;
}

describe('GET /api/v1/templates/:id/draft/impact', () => {
  it('tells an editor, before publishing, what each running project would gain, change and lose', async () => {
    const template = (await app.api(world.pm.token).get<Template>(`/api/v1/templates/${world.standard.id}`))
      .body;
    const project = await startProject(app, world);
    expect((await putDraft(world.pm.token, template.id, edited(template))).status).toBe(200);

    const res = await app
      .api(world.pm.token)
      .get<ProjectUpgradeImpact[]>(`/api/v1/templates/${template.id}/draft/impact`);
    expect(res.status).toBe(200);
    const impact = res.body.find((item) => item.projectId === project.id);
    expect(impact).toEqual({
      projectId: project.id,
      projectName: project.name,
      customerId: world.midCustomerId,
      customerName: '杭州鲜丰汇零售连锁有限公司',
      fromVersion: template.version,
      toVersion: template.version + 1,
      added: [{ taskId: expect.any(String), phaseName: '需求调研与访谈', title: '梳理现有报表', fields: [] }],
      changed: expect.arrayContaining([
        expect.objectContaining({ title: '关键用户访谈（含一线销售）', fields: ['title'] }),
      ]),
      removed: [],
    });
    const stillPublished = await app.api(world.pm.token).get<Template>(`/api/v1/templates/${template.id}`);
    expect(stillPublished.body.version).toBe(template.version);
    const admin = await app.api(world.admin.token).get(`/api/v1/templates/${template.id}/draft/impact`);
    expect(admin.status).toBe(200);
  });

  it('refuses without a session (401) and to people who do not edit templates (403)', async () => {
    const path = `/api/v1/templates/${world.smb.id}/draft/impact`;
    expect((await app.api().get(path)).status).toBe(401);
    expect((await app.api(world.implementer.token).get(path)).status).toBe(403);
    expect((await app.api(world.rep.token).get(path)).status).toBe(403);
  });

  it('answers 409 when the template has no draft, and 404 for an unknown, malformed or foreign id', async () => {
    const own = await app.api(world.pm.token).get(`/api/v1/templates/${world.smb.id}/draft/impact`);
    expect(own.status).toBe(409);
    expect(own.body).toMatchObject({ error: { code: 'NO_DRAFT' } });
    const unknown = await app
      .api(world.pm.token)
      .get(`/api/v1/templates/${crypto.randomUUID()}/draft/impact`);
    expect(unknown.status).toBe(404);
    expect((await app.api(world.pm.token).get('/api/v1/templates/not-an-id/draft/impact')).status).toBe(404);
    const stranger = await makeUser(await makeTenant(app), 'pm');
    const foreign = await app.api(stranger.token).get(`/api/v1/templates/${world.standard.id}/draft/impact`);
    expect(foreign.status).toBe(404);
  });

  it('refuses a draft the shared schema rejects (400 with fields), so the impact is never of a broken draft', async () => {
    const res = await putDraft(world.pm.token, world.smb.id, {
      ...world.smb,
      phases: [{ name: '', tasks: [] }],
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        fields: expect.objectContaining({ 'phases.0.name': expect.any(String) }),
      },
    });
    expect((await app.api(world.pm.token).get(`/api/v1/templates/${world.smb.id}/draft/impact`)).status).toBe(
      409,
    );
  });
});
