/**
 * Journey: an admin opens a connection's 角色映射 from 平台连接, is told the rule, gets the schema's complaints at
 * the inputs, maps a DingTalk department to 产品经理, sees it listed, and deletes it after a confirmation.
 */
import { createSignInLink } from '@server/features/auth/links';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeConnection, makeTenant, makeUser } from '@test/helpers/factories';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');

describe.skipIf(skipReason !== null)('an admin maps a platform department to a role', () => {
  let app: TestApp;
  let phone: Phone;
  let page: Page;
  let connectionId = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const tenant = await makeTenant(app, '云帆科技');
    const admin = await makeUser(tenant, 'admin', '顾清和');
    connectionId = await makeConnection(tenant);
    const link = await createSignInLink(tenant.tdb, { userId: admin.id, publicUrl: app.url, validHours: 1 });
    phone = await openPhone({ baseURL: app.url });
    page = await phone.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(link);
    await page.getByRole('heading', { name: '平台连接', level: 1 }).waitFor();
  });

  afterAll(async () => {
    await phone?.close();
    await app?.close();
  });

  it('opens 角色映射 from the connection card, empty, with the rule explained', async () => {
    await page.getByRole('article', { name: '钉钉' }).getByRole('link', { name: '角色映射' }).click();
    await page.getByRole('heading', { name: '角色映射', level: 1 }).waitFor();
    expect(page.url()).toBe(`${app.url}/me/connections/${connectionId}/roles`);
    await page.getByRole('heading', { name: '还没有角色映射' }).waitFor();
    await expect
      .poll(() => page.getByText('管理员 > 销售经理 > 产品经理 > 实施顾问 > 销售').isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('部门设置」里的部门 ID').isVisible()).toBe(true);
  });

  it('puts the schema’s complaints next to the inputs', async () => {
    await page.getByRole('button', { name: '保存映射' }).click();
    await expect.poll(() => page.getByText('必填').count()).toBe(2);
  });

  it('maps a department to 产品经理 and lists it', async () => {
    await page.getByLabel('部门 ID').fill('4210');
    await page.getByRole('group', { name: '角色' }).getByRole('button', { name: '产品经理' }).click();
    await page.getByRole('button', { name: '保存映射' }).click();
    const row = page.getByRole('listitem').filter({ hasText: '4210' });
    await row.waitFor();
    await expect.poll(() => row.getByText('部门').isVisible()).toBe(true);
    await expect.poll(() => row.getByText('产品经理').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('必填').count()).toBe(0);
    await page.screenshot({ path: '/tmp/fieldloop-e2e-role-mappings.png', fullPage: true });
  });

  it('deletes it after a confirmation', async () => {
    await page.getByRole('button', { name: '删除部门 4210 的映射' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await page.getByRole('heading', { name: '还没有角色映射' }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: '4210' }).count()).toBe(0);
  });

  it('leaves no script errors behind', () => {
    expect(pageErrors).toEqual([]);
  });
});
