/**
 * Journey: a delivery lead (PM) improves the mid-size standard template on screen. She lengthens a phase and adds a
 * task, sees in words what changes against the published version and what her running project would get, confirms a
 * publish that says how many projects will be offered the upgrade, and the project then offers it — done work untouched.
 */
import { createSignInLink } from '@server/features/auth/links';
import type { Project, Template } from '@shared/schemas/implementation';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');

const addedTask = '演示环境冒烟检查';

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(skipReason !== null)('a delivery lead edits a template on screen and publishes it', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let lead: TestUser;
  let phone: Phone;
  let page: Page;
  let project: Project;
  let mid: Template;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    tenant = await makeTenant(app, '云帆科技');
    const admin = await makeUser(tenant, 'admin', '顾清和');
    lead = await makeUser(tenant, 'pm', '周知远');
    const customerId = await makeCustomer(admin, { name: '蓝湾物流', segment: 'mid' });
    expect((await app.api(admin.token).post('/api/v1/templates/install-standard')).status).toBe(200);
    const api = app.api(lead.token);
    const templates = await api.get<Template[]>('/api/v1/templates');
    const found = templates.body.find((template) => template.segment === 'mid');
    if (!found) throw new Error('no mid-size standard template');
    mid = found;
    const started = await api.post<Project>('/api/v1/projects', {
      customerId,
      templateId: mid.id,
      startDate: new Date().toISOString().slice(0, 10),
      goals: [{ metric: '工单平均处理时长', baseline: 48, target: 24, unit: '小时' }],
    });
    expect(started.status).toBe(201);
    project = started.body;

    phone = await openPhone({ baseURL: app.url });
    page = await phone.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(
      await createSignInLink(tenant.tdb, { userId: lead.id, publicUrl: app.url, validHours: 1 }),
    );
    await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
  });

  afterAll(async () => {
    await phone?.close();
    await app?.close();
  });

  it('opens the published template in the editor', async () => {
    await page.getByRole('link', { name: '实施' }).click();
    await page.getByRole('link', { name: '实施模板' }).click();
    await page.getByRole('heading', { name: '实施模板', level: 1 }).waitFor();
    await page.getByText('中大型企业标准实施 · 中型企业 · v1').click();
    await page.getByRole('button', { name: '编辑模板' }).click();
    await page.getByRole('heading', { name: '编辑模板', level: 1 }).waitFor();
    await expect
      .poll(() => page.getByText('基于已发布的第 1 版修改，保存后成为第 2 版草稿。').isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('保存草稿后，这里会逐个列出').isVisible()).toBe(true);
  });

  it('lengthens a phase, adds a task, and is told at the input what is missing', async () => {
    const research = page.getByRole('region', { name: '第 1 阶段 · 需求调研' });
    await research.getByLabel('工期（工作日）').fill('12');
    await research.getByRole('button', { name: '在阶段「需求调研」中添加任务' }).click();
    const task = research.getByRole('listitem').last();
    await task.getByRole('button', { name: '需拍照' }).click();
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => task.getByRole('alert').textContent()).toBe('必填');

    await task.getByLabel('任务名称').fill(addedTask);
    await expect.poll(() => task.getByRole('alert').count()).toBe(0);
    await task.getByLabel('操作指引').fill('上线前在演示环境走通主流程');
    const moveUp = research.getByRole('button', { name: `上移任务「${addedTask}」` });
    await moveUp.click();
    await research.getByRole('button', { name: `下移任务「${addedTask}」` }).click();
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => page.getByText('第 2 版草稿：发布前不会影响任何项目。').isVisible()).toBe(true);
  });

  it('shows the change and what the running project would get, in words, before publishing', async () => {
    const difference = page.getByRole('region', { name: '与已发布版本相比' });
    await expect.poll(() => difference.getByText('修改阶段「需求调研」：工期').isVisible()).toBe(true);
    await expect
      .poll(() => difference.getByText(`新增任务「需求调研 · ${addedTask}」`).isVisible())
      .toBe(true);
    const impact = page.getByRole('region', { name: '发布后对进行中项目的影响' });
    const bay = impact.getByRole('listitem', { name: '蓝湾物流' });
    await expect.poll(() => bay.getByText(`${project.name}（第 1 版 → 第 2 版）`).isVisible()).toBe(true);
    await expect.poll(() => bay.getByText(`新增任务：需求调研 · ${addedTask}`).isVisible()).toBe(true);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/fieldloop-e2e-template-editor-phone.png', fullPage: true });
  });

  it('asks before publishing, saying how many running projects will be offered the upgrade', async () => {
    await page.getByRole('button', { name: '发布第 2 版' }).click();
    const confirm = page.getByRole('dialog');
    await expect.poll(() => confirm.getByText('发布第 2 版？').isVisible()).toBe(true);
    await expect.poll(() => confirm.getByText(/1 个进行中的项目会收到升级提示/).isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/fieldloop-e2e-template-publish-confirm.png' });
    await confirm.getByRole('button', { name: '确认发布' }).click();
    await page.getByRole('heading', { name: '实施模板', level: 1 }).waitFor();
    await page.getByText('中大型企业标准实施 · 中型企业 · v2').click();
    const versions = page.getByRole('list', { name: '版本' });
    await expect.poll(() => versions.getByText('第 2 版 · 已发布 · 0 个进行中的项目').isVisible()).toBe(true);
    await expect.poll(() => versions.getByText('第 1 版 · 已发布 · 1 个进行中的项目').isVisible()).toBe(true);
  });

  it('pulls the new version into the project from its page', async () => {
    await page.goto(`/implementation/projects/${project.id}`);
    const banner = page.getByRole('region', { name: '模板有新版本' });
    await expect.poll(() => banner.getByText('模板已更新：第 1 版 → 第 2 版').isVisible()).toBe(true);
    expect(await page.getByText(addedTask).count()).toBe(0);
    await banner.getByRole('button', { name: '查看变更' }).click();
    const review = page.getByRole('dialog', { name: '模板有新版本' });
    await expect.poll(() => review.getByText(`需求调研 · ${addedTask}`).isVisible()).toBe(true);
    await review.getByRole('button', { name: '更新到第 2 版' }).click();

    await page.getByRole('button', { name: `完成：${addedTask}` }).waitFor();
    await expect.poll(() => page.getByText('中大型企业标准实施（第 2 版）').isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: '模板有新版本' }).count()).toBe(0);
  });

  it('records where the goal actually landed at acceptance', async () => {
    const goals = page.getByRole('region', { name: '项目目标（SMART）' });
    await goals.getByRole('button', { name: '记录实际值' }).click();
    const form = page.getByRole('form', { name: '记录实际值' });
    await form.getByLabel('工单平均处理时长（目标 24 小时）').fill('二十');
    await expect.poll(() => form.getByText('请输入数字').isVisible()).toBe(true);
    await form.getByLabel('工单平均处理时长（目标 24 小时）').fill('20');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => goals.getByText('实际 20 小时').isVisible()).toBe(true);
    await expect.poll(() => goals.getByText('已达成').isVisible()).toBe(true);
  });

  it('keeps the change in view beside the phases on a desktop, without sideways scroll', async () => {
    const desk = await phone.browser.newContext({
      baseURL: app.url,
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    const deskPage = await desk.newPage();
    deskPage.on('pageerror', (error) => pageErrors.push(error.message));
    await deskPage.goto(
      await createSignInLink(tenant.tdb, { userId: lead.id, publicUrl: app.url, validHours: 1 }),
    );
    await deskPage.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await deskPage.goto(`/implementation/templates/${mid.id}/edit`);
    await deskPage.getByRole('region', { name: '第 1 阶段 · 需求调研' }).waitFor();
    await expect
      .poll(() => deskPage.getByText('基于已发布的第 2 版修改，保存后成为第 3 版草稿。').isVisible())
      .toBe(true);
    await deskPage
      .getByRole('region', { name: '第 1 阶段 · 需求调研' })
      .getByLabel('阶段名称')
      .fill('需求调研与访谈');
    const difference = deskPage.getByRole('region', { name: '与已发布版本相比' });
    await expect.poll(() => difference.getByText('修改阶段「需求调研与访谈」：名称').isVisible()).toBe(true);
    expect(await noSidewaysScroll(deskPage)).toBeLessThanOrEqual(0);
    await deskPage.screenshot({ path: '/tmp/fieldloop-e2e-template-editor-desk.png' });
    await desk.close();
  });

  it('leaves no script errors behind', () => {
    expect(pageErrors).toEqual([]);
  });
});
