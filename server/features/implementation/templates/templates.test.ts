import type {
  Project,
  ProjectUpgradeImpact,
  PublishResult,
  Template,
  TemplateDraftInput,
  TemplateVersionSummary,
} from '@shared/schemas/implementation';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser } from '@test/helpers/factories';
import { type ImplementationWorld, makeWorld, startProject, taskByTitle } from '@test/helpers/implementation';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxMime } from './import-export';
import { listVersions, updateDraft } from './repo';

let app: TestApp;
let world: ImplementationWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
});
afterAll(() => app.close());

const draft: TemplateDraftInput = {
  name: '门店快速上线',
  segment: 'smb',
  phases: [
    {
      name: '开通',
      durationDays: 2,
      ownerRole: '实施顾问',
      tasks: [
        { title: '开通账号', evidence: 'none' },
        { title: '门店照片', evidence: 'photo', guidance: '拍门头' },
      ],
    },
  ],
};

const put = (token: string, id: string, body: unknown) =>
  app.api(token).raw(`/api/v1/templates/${id}/draft`, {
    method: 'PUT',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

describe('GET /api/v1/templates', () => {
  it('lists published templates with phases and tasks', async () => {
    const res = await app.api(world.implementer.token).get<Template[]>('/api/v1/templates');
    expect(res.status).toBe(200);
    const standard = res.body.find((t) => t.id === world.standard.id);
    expect(standard).toMatchObject({
      name: '中大型企业标准实施',
      segment: 'mid',
      version: 1,
      status: 'published',
    });
    expect(standard?.phases[0]).toMatchObject({ name: '需求调研', durationDays: 10, ownerRole: '实施顾问' });
    expect(standard?.phases[0]?.tasks[0]).toEqual({
      id: expect.any(String),
      title: '召开项目启动会',
      guidance: expect.stringContaining('SMART'),
      evidence: 'photo',
      condition: null,
    });
    expect((await app.api().get('/api/v1/templates')).status).toBe(401);
  });
});

describe('template drafts and versions', () => {
  it('lets only admins and PMs create drafts (403), validates them (400), hides drafts from others', async () => {
    expect((await app.api(world.implementer.token).post('/api/v1/templates', draft)).status).toBe(403);
    const bad = await app.api(world.pm.token).post('/api/v1/templates', { ...draft, phases: [] });
    expect(bad.status).toBe(400);
    const created = await app.api(world.pm.token).post<Template>('/api/v1/templates', draft);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, status: 'draft', can: { edit: true, publish: true } });
    expect((await app.api(world.implementer.token).get(`/api/v1/templates/${created.body.id}`)).status).toBe(
      404,
    );
    const listed = await app.api(world.implementer.token).get<Template[]>('/api/v1/templates');
    expect(listed.body.map((t) => t.id)).not.toContain(created.body.id);
    const project = await app.api(world.owner.token).post('/api/v1/projects', {
      customerId: world.midCustomerId,
      templateId: created.body.id,
      startDate: '2026-11-23',
    });
    expect(project.status).toBe(422);
    expect(project.body).toMatchObject({ error: { code: 'TEMPLATE_NOT_PUBLISHED' } });
  });

  it('freezes a published version: editing starts version 2 and projects keep version 1', async () => {
    const project = await startProject(app, world);
    const v1 = world.standard;
    const edited = structuredClone(v1);
    const research = edited.phases[0];
    if (!research) throw new Error('phase');
    const interviewTask = research.tasks[1];
    if (!interviewTask) throw new Error('task');
    research.tasks[1] = { ...interviewTask, title: '关键用户访谈（含一线销售）', evidence: 'note' };
    research.tasks.push({
      id: crypto.randomUUID(),
      title: '梳理现有报表',
      guidance: '',
      evidence: 'file',
      condition: null,
    });
    research.tasks.splice(2, 1);
    const saved = await put(world.pm.token, v1.id, edited);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, status: 'draft' });
    const stillV1 = await app
      .api(world.implementer.token)
      .get<Template>(`/api/v1/templates/${v1.id}/versions/1`);
    expect(stillV1.body.phases[0]?.tasks[1]?.title).toBe('关键用户访谈');
    expect((await app.api(world.implementer.token).get(`/api/v1/templates/${v1.id}/versions/2`)).status).toBe(
      404,
    );

    const done = taskByTitle(project, '召开项目启动会');
    const interview = taskByTitle(project, '关键用户访谈');
    await app.api(world.owner.token).patch(`/api/v1/projects/${project.id}/tasks/${interview.id}`, {
      done: true,
      evidence: { note: '已访谈' },
    });
    expect((await app.api(world.implementer.token).post(`/api/v1/templates/${v1.id}/publish`)).status).toBe(
      403,
    );
    const published = await app.api(world.pm.token).post<PublishResult>(`/api/v1/templates/${v1.id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.template).toMatchObject({ version: 2, status: 'published' });
    const impact = published.body.impact.find((i) => i.projectId === project.id);
    expect(impact).toMatchObject({
      fromVersion: 1,
      toVersion: 2,
      added: [expect.objectContaining({ title: '梳理现有报表' })],
      changed: [],
      removed: [expect.objectContaining({ title: '驻场观察一线业务' })],
    });
    expect((await app.api(world.pm.token).post(`/api/v1/templates/${v1.id}/publish`)).status).toBe(409);

    const kept = await app.api(world.owner.token).get<Project>(`/api/v1/projects/${project.id}`);
    expect(kept.body).toMatchObject({ templateVersion: 1, upgradeAvailable: 2, can: { upgrade: true } });
    const preview = await app
      .api(world.owner.token)
      .get<{ impact: ProjectUpgradeImpact }>(`/api/v1/projects/${project.id}/upgrade`);
    expect(preview.body.impact.added).toHaveLength(1);
    expect(
      (await app.api(world.implementer.token).post(`/api/v1/projects/${project.id}/upgrade`)).status,
    ).toBe(403);

    const upgraded = await app.api(world.owner.token).post<Project>(`/api/v1/projects/${project.id}/upgrade`);
    expect(upgraded.status).toBe(200);
    expect(upgraded.body.templateVersion).toBe(2);
    const titles = upgraded.body.phases[0]?.tasks.map((t) => t.title);
    expect(titles).toEqual(['召开项目启动会', '关键用户访谈', '梳理现有报表']);
    expect(taskByTitle(upgraded.body, '关键用户访谈')).toMatchObject({
      doneAt: expect.any(String),
      evidence: 'note',
    });
    expect(taskByTitle(upgraded.body, '召开项目启动会').id).toBe(done.id);
    const versions = await app
      .api(world.pm.token)
      .get<TemplateVersionSummary[]>(`/api/v1/templates/${v1.id}/versions`);
    expect(versions.body.map((v) => [v.version, v.status])).toEqual([
      [2, 'published'],
      [1, 'published'],
    ]);
  });

  it('never changes a published version in place, and a discarded draft leaves the published one', async () => {
    const created = await app.api(world.pm.token).post<Template>('/api/v1/templates', draft);
    await app.api(world.pm.token).post(`/api/v1/templates/${created.body.id}/publish`);
    const [published] = await listVersions(world.tenant.tdb, [created.body.id]);
    if (!published) throw new Error('version');
    const changed = await updateDraft(world.tenant.tdb, published.id, {
      name: '偷偷改',
      segment: 'smb',
      description: null,
      phases: '[]',
      updated_at: new Date().toISOString(),
    });
    expect(changed).toBe(false);
    await put(world.pm.token, created.body.id, { ...draft, name: '门店快速上线 v2' });
    const discarded = await app.api(world.pm.token).raw(`/api/v1/templates/${created.body.id}/draft`, {
      method: 'DELETE',
    });
    expect(discarded.status).toBe(204);
    expect((await app.api(world.pm.token).get(`/api/v1/templates/${created.body.id}/draft`)).status).toBe(
      404,
    );
    const current = await app.api(world.pm.token).get<Template>(`/api/v1/templates/${created.body.id}`);
    expect(current.body).toMatchObject({ name: '门店快速上线', version: 1, status: 'published' });
    const nothing = await app.api(world.pm.token).raw(`/api/v1/templates/${created.body.id}/draft`, {
      method: 'DELETE',
    });
    expect(nothing.status).toBe(409);
  });

  it("answers 404 for another tenant's template", async () => {
    const other = await makeUser(await makeTenant(app), 'pm');
    expect((await app.api(other.token).get(`/api/v1/templates/${world.standard.id}`)).status).toBe(404);
    expect((await put(other.token, world.standard.id, draft)).status).toBe(404);
    expect((await app.api(other.token).post(`/api/v1/templates/${world.standard.id}/publish`)).status).toBe(
      404,
    );
  });
});

describe('import and export', () => {
  it('round-trips a template through Excel with one sheet of phases and one of tasks', async () => {
    const exported = await fetch(`${app.url}/api/v1/templates/${world.smb.id}/export?format=xlsx`, {
      headers: { authorization: `Bearer ${world.pm.token}` },
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain(xlsxMime);
    const bytes = Buffer.from(await exported.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['阶段', '任务']);
    const taskSheet = workbook.getWorksheet('任务');
    if (!taskSheet) throw new Error('no task sheet');
    taskSheet.getRow(2).getCell(3).value = '开通企业账号（Excel 修改）';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const imported = await app
      .api(world.pm.token)
      .raw(`/api/v1/templates/import?name=${encodeURIComponent('SMB 副本')}&segment=smb`, {
        method: 'POST',
        body: edited,
        headers: { 'content-type': xlsxMime },
      });
    expect(imported.status).toBe(201);
    const copy = imported.body as Template;
    expect(copy).toMatchObject({ name: 'SMB 副本', status: 'draft' });
    expect(copy.phases.map((p) => p.tasks.length)).toEqual(world.smb.phases.map((p) => p.tasks.length));
    expect(copy.phases[0]?.tasks[0]?.title).toBe('开通企业账号（Excel 修改）');
    expect(copy.phases[2]?.tasks[1]?.evidence).toBe('signoff');
  });

  it('keeps ids and segment/flag conditions through Excel, so an edited sheet still diffs against its versions', async () => {
    const exported = await fetch(`${app.url}/api/v1/templates/${world.standard.id}/export?format=xlsx`, {
      headers: { authorization: `Bearer ${world.pm.token}` },
    });
    const imported = await app.api(world.pm.token).raw('/api/v1/templates/import?name=copy&segment=mid', {
      method: 'POST',
      body: Buffer.from(await exported.arrayBuffer()),
      headers: { 'content-type': xlsxMime },
    });
    expect(imported.status).toBe(201);
    const original = await app.api(world.pm.token).get<Template>(`/api/v1/templates/${world.standard.id}`);
    expect((imported.body as Template).phases).toEqual(original.body.phases);
  });

  it('names bad cells of an imported workbook (400)', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('阶段').addRows([
      ['阶段ID', '阶段', '工期(工作日)'],
      ['', '开通', '三天'],
    ]);
    workbook.addWorksheet('任务').addRows([
      ['任务ID', '阶段', '任务'],
      ['', '开通', ''],
    ]);
    const res = await app.api(world.pm.token).raw('/api/v1/templates/import?name=x&segment=smb', {
      method: 'POST',
      body: Buffer.from(await workbook.xlsx.writeBuffer()),
      headers: { 'content-type': xlsxMime },
    });
    expect(res.status).toBe(400);
    expect(Object.keys((res.body as { error: { fields: object } }).error.fields)).toEqual(
      expect.arrayContaining(['phases.0.durationDays', 'phases.0.ownerRole', 'phases.0.tasks.0.title']),
    );
  });

  it('exports JSON that imports back unchanged', async () => {
    const json = await app
      .api(world.pm.token)
      .get<TemplateDraftInput>(`/api/v1/templates/${world.standard.id}/export`);
    const res = await app.api(world.pm.token).post<Template>('/api/v1/templates/import', json.body);
    expect(res.status).toBe(201);
    expect(res.body.phases).toEqual(json.body.phases);
  });
});

describe('standard templates', () => {
  it('installs the standard templates once, for admins only', async () => {
    expect((await app.api(world.pm.token).post('/api/v1/templates/install-standard')).status).toBe(403);
    const res = await app.api(world.admin.token).post('/api/v1/templates/install-standard');
    expect(res).toMatchObject({ status: 200, body: { installed: [] } });
  });
});
