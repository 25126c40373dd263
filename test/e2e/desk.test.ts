/**
 * Journey: a PM at a desk decides on a requirement and sees the page change at once, takes a decline back within
 * the undo window (the rep's DingTalk gets nothing), and reads the table's age, last mention and reporter columns
 * with a preview beside it.
 */
import { createSignInLink } from '@server/features/auth/links';
import type { Session } from '@shared/schemas/auth';
import type { Requirement } from '@shared/schemas/requirements';
import { type DingTalkEmulator, startDingTalkEmulator } from '@test/emulators/dingtalk';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { runOutbox } from '@test/helpers/outbox';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath } from './global-setup';

const skipReason = inject('e2eSkipReason');
const corpId = 'dingdeskcorp';
const dingApp = {
  clientId: 'dingdeskclient',
  clientSecret: 'emu-secret',
  agentId: '3001003',
  callbackToken: 'mryue',
  callbackAesKey: 'Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7',
};

describe.skipIf(skipReason !== null)('the PM’s desk stays true', () => {
  let app: TestApp;
  let ding: DingTalkEmulator;
  let tenant: TestTenant;
  let rep: TestUser;
  let customerId = '';
  let browser: Browser;
  let desk: Page;
  const pageErrors: string[] = [];

  async function capture(title: string, quote: string): Promise<Requirement> {
    const created = await app.api(rep.token).post<Requirement>('/api/v1/requirements', {
      clientId: crypto.randomUUID(),
      title,
      quote,
      customerId,
      importance: 'important',
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  const messagesToRepAbout = (title: string) =>
    ding.sentMessages().filter((m) => m.recipient === 'sunyue' && JSON.stringify(m.content).includes(title));

  beforeAll(async () => {
    [ding, app] = await Promise.all([startDingTalkEmulator(), startTestApp()]);
    ding.addOrg({
      corpId,
      corpName: '远航软件',
      ...dingApp,
      users: [{ userId: 'sunyue', name: '孙越', departmentIds: [2] }],
    });
    tenant = await makeTenant(app, '远航软件');
    const admin = await makeUser(tenant, 'admin', '钱明');
    const connected = await app.api(admin.token).post('/api/v1/platform/connections', {
      platform: 'dingtalk',
      corpId,
      ...dingApp,
      baseUrl: ding.baseUrl,
    });
    expect(connected.status).toBe(201);
    const session = await app.api().post<Session>('/api/v1/auth/dingtalk', {
      corpId,
      code: ding.mintAuthCode({ corpId, userId: 'sunyue' }),
    });
    expect(session.status).toBe(200);
    rep = { id: session.body.user.id, name: '孙越', role: 'sales', token: session.body.token, tenant };
    customerId = await makeCustomer(rep, { name: '青岛海控物流', tier: 'high' });

    const pm = await makeUser(tenant, 'pm', '郑可');
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox'] });
    const context = await browser.newContext({
      baseURL: app.url,
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
    });
    desk = await context.newPage();
    desk.on('pageerror', (error) => pageErrors.push(error.message));
    await desk.goto(await createSignInLink(tenant.tdb, { userId: pm.id, publicUrl: app.url, validHours: 1 }));
    await desk.waitForURL((url) => url.pathname === '/desk/requirements');
  });

  afterAll(async () => {
    await browser?.close();
    await ding?.close();
    await app?.close();
  });

  it('shows the new status in the header as soon as a decision is made, without a reload', async () => {
    const requirement = await capture('库存预警推送到钉钉群', '仓库主管希望低库存时群里直接收到提醒');
    await desk.goto(`/desk/requirements/${requirement.id}`);
    const heading = desk.getByRole('heading', { level: 1 });
    await heading.getByText('新提交').waitFor();
    await desk.getByRole('button', { name: '评估中' }).click();
    const dialog = desk.getByRole('dialog');
    await dialog.getByLabel('说明（会发给每位提交人）').fill('下周评审会上讨论');
    await dialog.getByRole('button', { name: '确认' }).click();
    await heading.getByText('评估中').waitFor();
    expect(await heading.getByText('新提交').count()).toBe(0);
    await desk.getByText(/郑可 · 评估中：下周评审会上讨论/).waitFor();
    // Not taken back: once the undo window has passed, the rep hears of it.
    await runOutbox(app);
    expect(messagesToRepAbout(requirement.title)).toHaveLength(1);
  });

  it('after merging from a duplicate’s page, a decision on the survivor shows in its header at once', async () => {
    const survivor = await capture('叉车巡检记录拍照', '巡检要留照片');
    const duplicate = await capture('巡检时拍照存档', '出了事故要能查到');
    await desk.goto(`/desk/requirements/${duplicate.id}`);
    await desk.getByRole('button', { name: '合并到另一条需求' }).click();
    const dialog = desk.getByRole('dialog', { name: '合并到另一条需求' });
    await dialog.getByRole('combobox').fill('叉车巡检');
    await desk.locator('.ant-select-dropdown').getByText(survivor.title).click();
    await dialog.getByRole('button', { name: '合并' }).click();
    const heading = desk.getByRole('heading', { level: 1 });
    await heading.getByText(survivor.title).waitFor();
    await desk.getByRole('button', { name: '已规划' }).click();
    const decision = desk.getByRole('dialog', { name: '改为「已规划」' });
    await decision.getByLabel('说明（会发给每位提交人）').fill('下个版本做');
    await decision.getByRole('button', { name: '确认' }).click();
    await heading.getByText('已规划').waitFor();
    expect(await desk.getByRole('textbox', { name: '需求标题' }).inputValue()).toBe(survivor.title);
  });

  it('takes a decline back with 撤销: the status returns and the rep hears nothing', async () => {
    const requirement = await capture('出库单打印带二维码', '司机扫码就能看到送货明细');
    await desk.goto(`/desk/requirements/${requirement.id}`);
    const heading = desk.getByRole('heading', { level: 1 });
    await heading.getByText('新提交').waitFor();
    await desk.getByRole('button', { name: '暂不考虑' }).click();
    const dialog = desk.getByRole('dialog');
    await dialog.getByLabel('说明（会发给每位提交人）').fill('今年不做打印相关');
    await dialog.getByRole('button', { name: '确认' }).click();
    await heading.getByText('暂不考虑').waitFor();
    const toast = desk.locator('.ant-message').filter({ hasText: '已更新，提交人会收到通知' });
    await toast.getByRole('button', { name: '撤销' }).click();
    await desk.getByText('已撤销，提交人不会收到通知').waitFor();
    await heading.getByText('新提交').waitFor();
    expect(await desk.getByText('今年不做打印相关').count()).toBe(0);
    await runOutbox(app);
    expect(messagesToRepAbout(requirement.title)).toHaveLength(0);
  });

  it('takes a merge back from the toast, and from its card, and the page shows it at once', async () => {
    const target = await capture('微信小程序下单', '客户的采购员想在微信里直接下单');
    const source = await capture('小程序里下采购单', '采购员不想装 App');
    await desk.goto(`/desk/requirements/${source.id}`);
    await desk.getByRole('button', { name: '合并到另一条需求' }).click();
    const dialog = desk.getByRole('dialog', { name: '合并到另一条需求' });
    await dialog.getByRole('combobox').fill('微信小程序');
    await desk.locator('.ant-select-dropdown').getByText(target.title).click();
    await dialog.getByRole('button', { name: '合并' }).click();
    const heading = desk.getByRole('heading', { level: 1 });
    await heading.getByText(target.title).waitFor();
    const toast = desk.locator('.ant-message').filter({ hasText: '已合并' });
    await toast.getByRole('button', { name: '撤销' }).click();
    await desk.getByText('已撤销合并，提交人不会收到通知').waitFor();
    const merges = desk.locator('.ant-card').filter({ hasText: '合并记录' });
    await merges.getByText('已撤销').waitFor();

    // Merged again, then undone from the merge card on the survivor's page.
    await desk.goto(`/desk/requirements/${source.id}`);
    await desk.getByRole('button', { name: '合并到另一条需求' }).click();
    await dialog.getByRole('combobox').fill('微信小程序');
    await desk.locator('.ant-select-dropdown').getByText(target.title).click();
    await dialog.getByRole('button', { name: '合并' }).click();
    await heading.getByText(target.title).waitFor();
    await merges.getByRole('button', { name: '撤销合并' }).click();
    await desk.getByText(/^已撤销合并$/).waitFor();
    await expect.poll(() => merges.getByText('已撤销').count()).toBe(2);
    await runOutbox(app);
    expect(messagesToRepAbout(target.title)).toHaveLength(0);
  });

  it('reads impact and confidence in words on the detail page', async () => {
    const requirement = await capture('拜访签到支持离线', '山区信号差，签到总失败');
    await desk.goto(`/desk/requirements/${requirement.id}`);
    const edit = desk.getByRole('form', { name: 'requirement-edit' }).or(desk.locator('#requirement-edit'));
    await edit.getByText('1（中）').waitFor();
    await edit.getByText('1（高）').waitFor();
    await edit.getByText('一人一周内').waitFor();
    await desk.getByText(/优先分 = 需求度 × 影响 × 把握 ÷ 工作量 = .* × 1（中） × 1（高） ÷ 1 =/).waitFor();
  });

  it('shows reporter, age and last mention in the table, and the selected row’s preview beside it', async () => {
    const requirement = await capture('合同审批支持会签', '法务和财务要一起签');
    await desk.goto('/desk/requirements');
    for (const name of ['提交人', '已提出', '最近提及']) {
      await desk.getByRole('columnheader', { name }).waitFor();
    }
    const row = desk.getByRole('row').filter({ hasText: requirement.title });
    await row.getByRole('cell', { name: '孙越' }).waitFor();
    await row.getByRole('cell', { name: '今天' }).waitFor();
    await row.getByRole('cell', { name: requirement.title }).click();
    const preview = desk.getByRole('region', { name: '预览' });
    await preview.getByRole('link', { name: requirement.title }).waitFor();
    await preview.getByText('“法务和财务要一起签”').waitFor();
    await preview.getByText('1（中）').waitFor();
    await preview.getByText('青岛海控物流 · 重要').waitFor();
    expect(new URL(desk.url()).pathname).toBe('/desk/requirements');
    // Nothing runs off the side of a desktop window.
    expect(
      await desk.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await desk.screenshot({ path: '/tmp/fieldloop-e2e-desk-preview.png', fullPage: true });
  });

  it('leaves no script errors behind', () => {
    expect(pageErrors).toEqual([]);
  });
});
