/** GET /api/v1/projects/{id}/tasks/export: a project's tasks with lasting links to their evidence. */
import type { Project } from '@shared/schemas/implementation';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { pngBytes, uploadFile } from '@test/helpers/attachments';
import { download, readCsv, readXlsx } from '@test/helpers/exports';
import { makeTenant, makeUser } from '@test/helpers/factories';
import { type ImplementationWorld, makeWorld, startProject, taskByTitle } from '@test/helpers/implementation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: ImplementationWorld;
let project: Project;
let photoId: string;

const exportPath = (format: string) => `/api/v1/projects/${project.id}/tasks/export?format=${format}`;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
  project = await startProject(app, world, { name: '鲜丰汇门店系统实施' });
  const photo = await uploadFile(app.url, world.implementer.token, pngBytes(9, 8), {
    filename: 'kickoff.png',
    type: 'image/png',
  });
  photoId = photo.body.id;
  const kickoff = taskByTitle(project, '召开项目启动会');
  const ticked = await app
    .api(world.implementer.token)
    .patch(`/api/v1/projects/${project.id}/tasks/${kickoff.id}`, {
      done: true,
      evidence: { attachmentIds: [photoId] },
    });
  expect(ticked.status).toBe(200);
  const interview = taskByTitle(project, '关键用户访谈');
  await app.api(world.implementer.token).patch(`/api/v1/projects/${project.id}/tasks/${interview.id}`, {
    blocker: '=客户, 关键用户 "休假"',
  });
});
afterAll(() => app.close());

describe('GET /api/v1/projects/{id}/tasks/export', () => {
  it('writes every task in page order, with who did it and links that open its evidence', async () => {
    const res = await download(app.url, world.owner.token, exportPath('xlsx'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="tasks-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const rows = (await readXlsx(res)).get('实施任务') ?? [];
    expect(rows[0]).toEqual([
      '项目',
      '客户',
      '阶段',
      '任务',
      '负责人',
      '截止日期',
      '完成时间',
      '完成人',
      '阻塞原因',
      '凭证要求',
      '凭证链接',
    ]);
    const tasks = project.phases.flatMap((phase) => phase.tasks);
    expect(rows.slice(1).map((row) => row[3])).toEqual(tasks.map((task) => task.title));
    const kickoff = taskByTitle(project, '召开项目启动会');
    expect(rows[1]).toEqual([
      '鲜丰汇门店系统实施',
      '杭州鲜丰汇零售连锁有限公司',
      project.phases[0]?.name,
      '召开项目启动会',
      kickoff.assigneeName,
      kickoff.dueDate,
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      '何静怡',
      null,
      '需拍照',
      `${app.config.publicUrl}/api/v1/attachments/${photoId}`,
    ]);
    const opened = await app.api(world.owner.token).get(`/api/v1/attachments/${photoId}`);
    expect(opened.status).toBe(200);
  });

  it('writes CSV with a BOM, English headers for an English reader, quoting and formulas defused', async () => {
    const res = await download(app.url, world.owner.token, exportPath('csv'), 'en');
    const csv = await readCsv(res);
    expect(csv.hasBom).toBe(true);
    expect(csv.rows[0]?.slice(0, 4)).toEqual(['Project', 'Customer', 'Phase', 'Task']);
    expect(csv.text).toContain(`"'=客户, 关键用户 ""休假"""`);
    expect(csv.rows.find((row) => row[3] === '关键用户访谈')?.[8]).toBe(`'=客户, 关键用户 "休假"`);
  });

  it('answers whoever may see the project, and 404 to a rep who may not', async () => {
    expect((await download(app.url, world.rep.token, exportPath('csv'))).status).toBe(200);
    const refused = await download(app.url, world.otherRep.token, exportPath('csv'));
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('answers 404 to another tenant, 401 without a token and 400 to a bad format', async () => {
    const intruder = await makeUser(await makeTenant(app), 'admin');
    expect((await download(app.url, intruder.token, exportPath('csv'))).status).toBe(404);
    expect((await app.api().get(exportPath('csv'))).status).toBe(401);
    const pdf = await app.api(world.owner.token).get(exportPath('pdf'));
    expect(pdf).toMatchObject({ status: 400, body: { error: { fields: { format: expect.any(String) } } } });
  });
});
