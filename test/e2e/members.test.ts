/**
 * Journey: an admin opens 我的 → 成员管理, finds 林晓雯 by name, makes her 实施顾问 (her next request acts with it),
 * then opens a DingTalk connection's 角色映射, is told the rule, picks the department 实施交付部 by name from the
 * directory, maps it to 实施顾问, sees it listed by name, and deletes it after a confirmation. Phone and desktop.
 */
import { createSignInLink } from '@server/features/auth/links';
import type { Connection } from '@shared/schemas/platform';
import { type DingTalkEmulator, startDingTalkEmulator } from '@test/emulators/dingtalk';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');
const corpId = 'dingmemberscorp';
const dingTalkApp = {
  clientId: 'ding-members',
  clientSecret: 'emu-secret',
  agentId: '3001001',
  callbackToken: 'mryue',
  callbackAesKey: 'Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7',
};

describe.skipIf(skipReason !== null)('an admin sets roles by hand and by directory name', () => {
  let app: TestApp;
  let emulator: DingTalkEmulator;
  let phone: Phone;
  let page: Page;
  let member: TestUser;
  let connection: Connection;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    emulator = await startDingTalkEmulator();
    emulator.addOrg({
      corpId,
      corpName: '云帆科技',
      ...dingTalkApp,
      users: [{ userId: 'zhanghaoran', name: '张浩然', departmentIds: [2] }],
      departments: [
        { id: 2, name: '实施交付部' },
        { id: 3, name: '华东销售部' },
        { id: 4, name: '实施一组', parentId: 2 },
      ],
    });
    app = await startTestApp();
    const tenant = await makeTenant(app, '云帆科技');
    const admin = await makeUser(tenant, 'admin', '顾清和');
    member = await makeUser(tenant, 'sales', '林晓雯');
    await makeUser(tenant, 'sales', '赵磊');
    const created = await app.api(admin.token).post<Connection>('/api/v1/platform/connections', {
      platform: 'dingtalk',
      corpId,
      ...dingTalkApp,
      baseUrl: emulator.baseUrl,
    });
    connection = created.body;
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
    await emulator?.close();
  });

  it('opens 成员管理 from 我的 and finds a member by name', async () => {
    await page.goto('/me');
    await page.getByRole('link', { name: /成员管理/ }).click();
    await page.getByRole('heading', { name: '成员管理', level: 1 }).waitFor();
    await page.getByRole('searchbox').fill('晓雯');
    const card = page.getByRole('listitem').filter({ hasText: '林晓雯' });
    await card.waitFor();
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: '赵磊' }).count()).toBe(0);
    await expect.poll(() => card.getByText('销售', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => card.getByText('默认角色').isVisible()).toBe(true);
  });

  it('makes her 实施顾问 at once, marked as set by hand, and her next request acts with it', async () => {
    const card = page.getByRole('listitem').filter({ hasText: '林晓雯' });
    await card.getByRole('button', { name: '调整角色 林晓雯' }).click();
    const sheet = page.getByRole('region', { name: '调整「林晓雯」的角色' });
    await sheet.getByRole('button', { name: '实施顾问' }).click();
    await expect.poll(() => card.getByText('实施顾问', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => card.getByText('手动设置').isVisible()).toBe(true);
    const me = await app.api(member.token).get<{ role: string }>('/api/v1/me');
    expect(me.body.role).toBe('implementer');
    await page.screenshot({ path: '/tmp/fieldloop-e2e-members-phone.png', fullPage: true });
  });

  it('reads on a desktop without sideways scrolling', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('listitem').filter({ hasText: '林晓雯' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/fieldloop-e2e-members-desktop.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
  });

  it('opens 角色映射 with the rule explained and wants a pick and a role before saving', async () => {
    await page.goto(`/me/connections/${connection.id}/roles`);
    await page.getByRole('heading', { name: '角色映射', level: 1 }).waitFor();
    await expect
      .poll(() => page.getByText('管理员 > 销售经理 > 产品经理 > 实施顾问 > 销售').isVisible())
      .toBe(true);
    await page.getByRole('button', { name: '保存映射' }).click();
    await expect.poll(() => page.getByText('必填').count()).toBe(2);
  });

  it('picks a department by name from the DingTalk directory and maps it to 实施顾问', async () => {
    await page.getByRole('button', { name: '选择部门' }).click();
    const sheet = page.getByRole('region', { name: '从钉钉通讯录选择部门' });
    await sheet.getByText('实施交付部').waitFor();
    await expect.poll(() => sheet.getByText('华东销售部').isVisible()).toBe(true);
    await sheet.getByRole('button', { name: '查看下级部门 实施交付部' }).click();
    await sheet.getByText('实施一组').waitFor();
    await sheet.getByRole('button', { name: '返回上一级' }).click();
    await sheet.getByRole('button', { name: '选择 实施交付部' }).click();
    await expect.poll(() => page.getByText('已选择：实施交付部').isVisible()).toBe(true);
    await page.getByRole('group', { name: '角色' }).getByRole('button', { name: '实施顾问' }).click();
    await page.getByRole('button', { name: '保存映射' }).click();
    const row = page.getByRole('listitem').filter({ hasText: '实施交付部' });
    await row.waitFor();
    await expect.poll(() => row.getByText('实施顾问').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('必填').count()).toBe(0);
    await page.screenshot({ path: '/tmp/fieldloop-e2e-role-mappings.png', fullPage: true });
  });

  it('deletes the mapping after a confirmation', async () => {
    await page.getByRole('button', { name: '删除部门「实施交付部」的映射' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await page.getByRole('heading', { name: '还没有角色映射' }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: '实施交付部' }).count()).toBe(0);
  });

  it('leaves no script errors behind', () => {
    expect(pageErrors).toEqual([]);
  });
});
