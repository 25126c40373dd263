/** Journey: the project's implementer ticks a task on the phone, taps 撤销 in the toast, and the task is open again, also on the server. */
import { createSignInLink } from '@server/features/auth/links';
import type { Project } from '@shared/schemas/implementation';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeWorld, startProject, taskByTitle } from '@test/helpers/implementation';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath } from './global-setup';

const skipReason = inject('e2eSkipReason');
// A configuration task of the standard template that needs no evidence.
const title = '完成组织、角色与字段配置';

describe.skipIf(skipReason !== null)('taking a tick back', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let project: Project;
  let ownerToken = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const world = await makeWorld(app);
    ownerToken = world.owner.token;
    project = await startProject(app, world);
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox'] });
    const context = await browser.newContext({
      baseURL: app.url,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(
      await createSignInLink(world.tenant.tdb, {
        userId: world.implementer.id,
        publicUrl: app.url,
        validHours: 1,
      }),
    );
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const doneOnServer = async () => {
    const fresh = await app.api(ownerToken).get<Project>(`/api/v1/projects/${project.id}`);
    return taskByTitle(fresh.body, title).doneAt !== null;
  };

  it('offers 撤销 after a tick, and taking it back leaves the task open', async () => {
    await page.goto(`/implementation/projects/${project.id}`);
    await page.getByRole('button', { name: `完成：${title}` }).click();
    const toast = page.getByRole('status').filter({ hasText: `已完成「${title}」` });
    await toast.waitFor();
    await page.screenshot({ path: '/tmp/fieldloop-e2e-task-undo.png' });
    await expect.poll(doneOnServer).toBe(true);
    await toast.getByRole('button', { name: '撤销' }).click();
    await page.getByRole('button', { name: `完成：${title}` }).waitFor();
    await expect.poll(doneOnServer).toBe(false);
    await expect.poll(() => page.getByText('等待同步…').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('leaves no script errors behind', () => {
    expect(pageErrors).toEqual([]);
  });
});
