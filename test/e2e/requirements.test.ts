/**
 * Journey: a DingTalk rep captures a requirement from a customer page; a PM at a desk (Feishu's desktop client)
 * merges it into an existing requirement and plans it in the workbench; the rep's DingTalk gets the news, once per
 * event, and 我的需求 shows 已规划.
 */
import { createSignInLink } from '@server/features/auth/links';
import type { Connection } from '@shared/schemas/platform';
import type { Requirement } from '@shared/schemas/requirements';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestTenant } from '@test/helpers/factories';
import { runOutbox } from '@test/helpers/outbox';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath } from './global-setup';
import { draftTextOnPhone } from './phone-drafts';
import { platformOrgs, type RunningEmulator } from './platform-fixtures';
import { openPlatformPhone, type PlatformPhone } from './platform-phone';

const skipReason = inject('e2eSkipReason');
const [dingTalk] = platformOrgs;

const feishuDesktopAgent =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Safari/537.36 ' +
  'Lark/7.30.6 LarkLocale/zh_CN ChannelName/Feishu';

const existingTitle = '审批流程支持手机端会签';
const newTitle = '手机上审批时多人会签';

interface SentMessage {
  recipient: string;
  content: unknown;
  delivered: boolean;
}

describe.skipIf(skipReason !== null || !dingTalk)(
  'the requirements loop, from a rep in DingTalk to a PM and back',
  () => {
    let app: TestApp;
    let emulator: RunningEmulator;
    let tenant: TestTenant;
    let phone: PlatformPhone;
    let rep: Page;
    let desk: Page;
    let browser: Browser;
    let customerId = '';
    let existingId = '';
    let colleagueToken = '';
    let colleagueCustomer = '';
    const pageErrors: string[] = [];

    const messagesToRep = async (): Promise<SentMessage[]> => {
      const response = await fetch(`${emulator.baseUrl}/__emu/messages?recipient=${dingTalk?.person.id}`);
      return (await response.json()) as SentMessage[];
    };

    beforeAll(async () => {
      app = await startTestApp();
      emulator = (await dingTalk?.start()) as RunningEmulator;
      tenant = await makeTenant(app, '云帆科技');
      const admin = await makeUser(tenant, 'admin', '顾清和');
      const connected = await app
        .api(admin.token)
        .post<Connection>('/api/v1/platform/connections', dingTalk?.connection(emulator.baseUrl));
      expect(connected.status).toBe(201);

      // Another rep already reported the need for their own customer.
      const colleague = await makeUser(tenant, 'sales', '赵立');
      colleagueToken = colleague.token;
      colleagueCustomer = await makeCustomer(colleague, { name: '宁波港联物流', tier: 'high' });
      const existing = await app.api(colleague.token).post<Requirement>('/api/v1/requirements', {
        clientId: crypto.randomUUID(),
        title: existingTitle,
        description: '多个领导需要在手机上一起会签审批单',
        customerId: colleagueCustomer,
        importance: 'important',
      });
      expect(existing.status).toBe(201);
      existingId = existing.body.id;

      phone = await openPlatformPhone({
        baseURL: app.url,
        bridge: dingTalk?.bridge(emulator.baseUrl) as never,
      });
      rep = await phone.context.newPage();
      rep.on('pageerror', (error) => pageErrors.push(error.message));

      browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox'] });
      const deskContext = await browser.newContext({
        baseURL: app.url,
        viewport: { width: 1440, height: 900 },
        locale: 'zh-CN',
        userAgent: feishuDesktopAgent,
      });
      desk = await deskContext.newPage();
      desk.on('pageerror', (error) => pageErrors.push(error.message));
    });

    afterAll(async () => {
      await phone?.close();
      await browser?.close();
      await emulator?.close();
      await app?.close();
    });

    it('signs the rep in through DingTalk and gives them a customer', async () => {
      await rep.goto(dingTalk?.pageUrl() ?? '/');
      await rep.getByRole('heading', { name: '客户', level: 1 }).waitFor();
      const token = await rep.evaluate(() => localStorage.getItem('fieldloop.token'));
      const created = await app.api(token ?? '').post<{ id: string }>('/api/v1/customers', {
        name: '杭州云帆智造',
        segment: 'large',
        tier: 'high',
        flags: { coCreation: true },
      });
      expect(created.status).toBe(201);
      customerId = created.body.id;
    });

    it('captures a requirement from the customer page, in the customer’s words', async () => {
      await rep.goto(`/customers/${customerId}`);
      await rep.getByRole('button', { name: '记录需求' }).click();
      await rep.getByRole('heading', { name: '记录需求', level: 1 }).waitFor();
      await rep.getByRole('button', { name: '提交需求' }).click();
      await expect.poll(() => rep.locator('#capture-title-error').textContent()).toBeTruthy();
      await expect.poll(() => rep.locator('#capture-importance-error').textContent()).toBeTruthy();
      await rep.getByLabel('需求标题').fill(newTitle);
      await expect.poll(() => rep.locator('#capture-title-error').count()).toBe(0);
      await rep.getByLabel('客户原话').fill('老板出差的时候也要能会签，不然单子卡好几天');
      // What was typed is kept on the phone (saved 400 ms after the last keystroke): opened again, the form holds it.
      await expect.poll(() => draftTextOnPhone(rep)).toContain('不然单子卡好几天');
      await rep.reload();
      await rep.getByText('已恢复上次未提交的内容').waitFor();
      expect(await rep.getByLabel('需求标题').inputValue()).toBe(newTitle);
      expect(await rep.getByLabel('客户原话').inputValue()).toBe(
        '老板出差的时候也要能会签，不然单子卡好几天',
      );
      // The similar requirement shows up while typing; this rep records it as new all the same.
      await rep.getByText(existingTitle).waitFor();
      await rep.getByRole('button', { name: '重要', exact: true }).click();
      await rep.screenshot({ path: '/tmp/fieldloop-e2e-requirement-capture.png', fullPage: true });
      await rep.getByRole('button', { name: '提交需求' }).click();
      await rep.getByRole('heading', { name: '杭州云帆智造', level: 1 }).waitFor();
      await rep.getByRole('list', { name: '这个客户提过的需求' }).getByText(newTitle).waitFor();
    });

    it('lets the PM merge it into the existing requirement from the triage inbox', async () => {
      const pm = await makeUser(tenant, 'pm', '何嘉怡');
      await desk.goto(
        await createSignInLink(tenant.tdb, { userId: pm.id, publicUrl: app.url, validHours: 1 }),
      );
      // A PM at a desktop starts at the workbench, not on the stretched phone customer list.
      await desk.waitForURL((url) => url.pathname === '/desk/requirements');
      await desk.getByRole('cell', { name: newTitle }).click();
      await desk.keyboard.press('m');
      const dialog = desk.getByRole('dialog', { name: '合并到另一条需求' });
      await dialog.getByRole('combobox').fill('审批流程');
      await desk.locator('.ant-select-dropdown').getByText(existingTitle).click();
      await dialog.getByRole('button', { name: '合并' }).click();
      await desk.getByText('已合并').waitFor();
      await runOutbox(app);
      expect(await messagesToRep()).toHaveLength(1);
    });

    it('plans the survivor with a note, and the rep hears it once', async () => {
      await desk.goto(`/desk/requirements/${existingId}`);
      await desk.getByRole('button', { name: '已规划' }).click();
      const dialog = desk.getByRole('dialog');
      await dialog.getByLabel('说明（会发给每位提交人）').fill('排进 6 月版本，先支持两人会签');
      await dialog.getByRole('button', { name: '确认' }).click();
      await desk.getByText('已更新，提交人会收到通知').waitFor();
      await desk.screenshot({ path: '/tmp/fieldloop-e2e-requirement-desk.png', fullPage: true });
      await runOutbox(app);
      await runOutbox(app);
      const messages = await messagesToRep();
      // One for the merge, one for the decision: nothing twice.
      expect(messages).toHaveLength(2);
      expect(JSON.stringify(messages[1]?.content)).toContain('已规划');
    });

    it('shows 已规划 in the rep’s 我的需求', async () => {
      await rep.goto('/requirements');
      const card = rep.getByRole('article', { name: existingTitle });
      await card.waitFor();
      await expect.poll(() => card.getByText('已规划').first().isVisible()).toBe(true);
      await rep.screenshot({ path: '/tmp/fieldloop-e2e-my-requirements.png', fullPage: true });
    });

    it('closes the loop when the rep confirms they told the customer', async () => {
      const card = rep.getByRole('article', { name: existingTitle });
      await card.getByRole('button', { name: '已告知客户：杭州云帆智造' }).click();
      await card.getByText('杭州云帆智造 已告知客户 ✓').waitFor();
    });

    it('declines two requirements at once from the keyboard, with one note', async () => {
      const titles = ['导出报表时保留公司抬头', '客户档案支持自定义字段'];
      for (const title of titles) {
        const created = await app.api(colleagueToken).post('/api/v1/requirements', {
          clientId: crypto.randomUUID(),
          title,
          customerId: colleagueCustomer,
          importance: 'nice-to-have',
        });
        expect(created.status).toBe(201);
      }
      await desk.goto('/desk/requirements');
      for (const title of titles) {
        await desk.getByRole('cell', { name: title }).click();
        await desk.keyboard.press('x');
      }
      await desk.getByText('已选 2 条').waitFor();
      await desk.keyboard.press('d');
      const dialog = desk.getByRole('dialog', { name: '将 2 条需求改为「暂不考虑」' });
      await dialog.getByLabel('说明（会发给每位提交人）').fill('今年的版本排不下，明年一季度再评估');
      await dialog.getByRole('button', { name: '确认' }).click();
      await desk.getByText('已更新，提交人会收到通知').waitFor();
      for (const title of titles) {
        await desk.getByRole('cell', { name: title }).waitFor({ state: 'detached' });
      }
    });

    it('offers a PM on a phone the pool and a visible way to the workbench', async () => {
      const pm = await makeUser(tenant, 'pm', '陆知远');
      const context = await browser.newContext({
        baseURL: app.url,
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
      });
      const pmPhone = await context.newPage();
      pmPhone.on('pageerror', (error) => pageErrors.push(error.message));
      await pmPhone.goto(
        await createSignInLink(tenant.tdb, { userId: pm.id, publicUrl: app.url, validHours: 1 }),
      );
      await pmPhone.waitForURL((url) => url.pathname === '/customers');
      await pmPhone.goto('/requirements');
      await pmPhone.getByRole('tab', { name: '需求池', selected: true }).waitFor();
      await pmPhone.getByRole('button', { name: /需求工作台/ }).click();
      await pmPhone.waitForURL((url) => url.pathname === '/desk/requirements');
      await context.close();

      await rep.goto('/requirements');
      await rep.getByRole('tab', { name: '我的需求', selected: true }).waitFor();
      expect(await rep.getByRole('button', { name: /需求工作台/ }).count()).toBe(0);
    });

    it('leaves no script errors behind', () => {
      expect(pageErrors).toEqual([]);
    });
  },
);
