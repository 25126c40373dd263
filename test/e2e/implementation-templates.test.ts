/**
 * Journey: a delivery lead (PM) improves the mid-size standard template. Before publishing the draft she sees which
 * running projects could take the change; after publishing, her project offers the new version, lists the task it
 * would add, and pulls it — done work untouched.
 */
import { createSignInLink } from '@server/features/auth/links';
import type { Project, Template } from '@shared/schemas/implementation';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');

const addedTask = '演示环境冒烟检查';

/** The template as a draft body, with one more task in its first phase (ids kept so versions compare). */
function draftWithExtraTask(template: Template) {
  const [first, ...rest] = template.phases;
  if (!first) throw new Error('the standard template has no phases');
  return {
    name: template.name,
    segment: template.segment,
    description: template.description,
    phases: [
      {
        ...first,
        tasks: [
          ...first.tasks,
          { title: addedTask, guidance: '上线前在演示环境走通主流程', evidence: 'photo' },
        ],
      },
      ...rest,
    ],
  };
}

describe.skipIf(skipReason !== null)(
  'a delivery lead publishes a template change and pulls it into her project',
  () => {
    let app: TestApp;
    let lead: TestUser;
    let phone: Phone;
    let page: Page;
    let project: Project;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      app = await startTestApp();
      const tenant = await makeTenant(app, '云帆科技');
      const admin = await makeUser(tenant, 'admin', '顾清和');
      lead = await makeUser(tenant, 'pm', '周知远');
      const customerId = await makeCustomer(admin, { name: '蓝湾物流', segment: 'mid' });
      expect((await app.api(admin.token).post('/api/v1/templates/install-standard')).status).toBe(200);
      const api = app.api(lead.token);
      const templates = await api.get<Template[]>('/api/v1/templates');
      const mid = templates.body.find((template) => template.segment === 'mid');
      if (!mid) throw new Error('no mid-size standard template');
      const started = await api.post<Project>('/api/v1/projects', {
        customerId,
        templateId: mid.id,
        startDate: new Date().toISOString().slice(0, 10),
        goals: [{ metric: '工单平均处理时长', baseline: 48, target: 24, unit: '小时' }],
      });
      expect(started.status).toBe(201);
      project = started.body;
      const saved = await fetch(`${app.url}/api/v1/templates/${mid.id}/draft`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${lead.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(draftWithExtraTask(mid)),
      });
      expect(saved.status).toBe(200);

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

    it('shows the draft beside the published version its running project follows', async () => {
      await page.getByRole('link', { name: '实施' }).click();
      await page.getByRole('link', { name: '实施模板' }).click();
      await page.getByRole('heading', { name: '实施模板', level: 1 }).waitFor();
      await page.getByText('中大型企业标准实施 · 中型企业 · v2').click();
      const versions = page.getByRole('list', { name: '版本' });
      await expect.poll(() => versions.getByText('第 2 版 · 草稿 · 0 个进行中的项目').isVisible()).toBe(true);
      await expect
        .poll(() => versions.getByText('第 1 版 · 已发布 · 1 个进行中的项目').isVisible())
        .toBe(true);
      await expect.poll(() => page.getByText(addedTask).isVisible()).toBe(true);
    });

    it('publishes the draft and says what running projects can pull', async () => {
      await page.getByRole('button', { name: '发布这个草稿' }).click();
      const impact = page.getByRole('region', { name: '对进行中项目的影响' });
      await impact.waitFor();
      await expect.poll(() => impact.getByText('蓝湾物流').isVisible()).toBe(true);
      await expect.poll(() => impact.getByText(/新增 1、修改 0、移除 0/).isVisible()).toBe(true);
      await expect.poll(() => impact.getByText(`需求调研 · ${addedTask}`).isVisible()).toBe(true);
      await page.screenshot({ path: '/tmp/fieldloop-e2e-implementation-templates.png', fullPage: true });
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

    it('leaves no script errors behind', () => {
      expect(pageErrors).toEqual([]);
    });
  },
);
