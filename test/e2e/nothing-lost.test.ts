/**
 * Journey: a DingTalk rep's day in the field, where nothing typed may be lost. Two visits in a row from one
 * customer page and from the 拜访 tab, two requirements in a row, a +1 then a new capture — online and with the
 * network dropped and restored — each land on the server exactly once with their own content. An answer that
 * holds other content under the same client id is shown side by side, never taken for "recorded".
 */
import type { Page as ApiPage } from '@shared/schemas/common';
import type { Requirement } from '@shared/schemas/requirements';
import type { RequirementDetail } from '@shared/schemas/requirements-pages';
import type { Visit } from '@shared/schemas/visits';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser } from '@test/helpers/factories';
import { startConnectedEmulator } from '@test/helpers/platform';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { platformOrgs, type RunningEmulator } from './platform-fixtures';
import { openPlatformPhone, type PlatformPhone } from './platform-phone';

const skipReason = inject('e2eSkipReason');
const [dingTalk] = platformOrgs.filter((org) => org.platform === 'dingtalk');

describe.skipIf(skipReason !== null || !dingTalk)('a day in the field without losing anything', () => {
  const org = dingTalk as NonNullable<typeof dingTalk>;
  let app: TestApp;
  let emulator: RunningEmulator;
  let phone: PlatformPhone;
  let page: Page;
  let token = '';
  let customerId = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const tenant = await makeTenant(app, '云帆科技');
    const admin = await makeUser(tenant, 'admin', '管理员');
    emulator = await startConnectedEmulator(app, admin.token, org);
    phone = await openPlatformPhone({ baseURL: app.url, bridge: org.bridge(emulator.baseUrl) });
    page = await phone.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(org.pageUrl());
    await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
    token = (await page.evaluate(() => localStorage.getItem('fieldloop.token'))) ?? '';
    const customer = await app
      .api(token)
      .post<{ id: string }>('/api/v1/customers', { name: '宁波港联物流', segment: 'mid', tier: 'high' });
    expect(customer.status).toBe(201);
    customerId = customer.body.id;
  });

  afterEach(() => phone?.context.setOffline(false));

  afterAll(async () => {
    await phone?.close();
    await emulator?.close();
    await app?.close();
  });

  async function visitNotes(): Promise<string[]> {
    const response = await app.api(token).get<ApiPage<Visit>>('/api/v1/visits?limit=100');
    expect(response.status).toBe(200);
    return response.body.items.map((visit) => visit.notes ?? '').sort();
  }

  async function myRequirementTitles(): Promise<string[]> {
    const response = await app.api(token).get<ApiPage<Requirement>>('/api/v1/requirements?limit=100');
    expect(response.status).toBe(200);
    return response.body.items.map((requirement) => requirement.title).sort();
  }

  /** Moves inside the app as a tap would: without a network a page load is impossible, the app's own routes are not. */
  async function navigate(path: string): Promise<void> {
    await page.evaluate((to) => {
      history.pushState({}, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  }

  async function openVisitForm(from: 'customer' | 'tab'): Promise<void> {
    if (from === 'customer') {
      await navigate(`/customers/${customerId}`);
      await page.getByRole('button', { name: '记录拜访' }).click();
    } else {
      await navigate('/visits');
      await page.getByRole('button', { name: '记录拜访' }).first().click();
    }
    await page.getByRole('heading', { name: '记录拜访', level: 1 }).waitFor();
  }

  /**
   * Logs a phone visit with `notes` and waits for `toast`. `dropNetwork`: the signal goes once the form is open and
   * the customer chosen (the customer search needs the server; the customer page's preset does not).
   */
  async function logVisit(
    from: 'customer' | 'tab',
    notes: string,
    toast: string,
    options: { dropNetwork?: boolean } = {},
  ): Promise<void> {
    await openVisitForm(from);
    expect(await page.getByText('已恢复上次未提交的内容').count()).toBe(0);
    expect(await page.getByRole('textbox', { name: '沟通记录' }).inputValue()).toBe('');
    if (from === 'tab') {
      await page.locator('#visit-customer').click();
      await page.getByPlaceholder('搜索客户名称').fill('港联');
      await page
        .getByRole('button', { name: /宁波港联物流/ })
        .first()
        .click();
    }
    await expect.poll(() => page.locator('#visit-customer').textContent()).toContain('宁波港联物流');
    if (options.dropNetwork) await phone.context.setOffline(true);
    await page.getByRole('button', { name: '电话沟通', exact: true }).click();
    await page.getByRole('textbox', { name: '沟通记录' }).fill(notes);
    await page.getByRole('button', { name: '提交拜访' }).click();
    // The form closes only once the server answered (or the visit is safely queued); a toast may linger from before.
    await page.waitForURL((url) => url.pathname === '/visits');
    await page.getByText(toast).first().waitFor();
  }

  it('logs two visits in a row from one customer page, each once with its own notes', async () => {
    await logVisit('customer', '第一次：客户要报价', '拜访已记录');
    await logVisit('customer', '第二次：客户要演示', '拜访已记录');
    expect(await visitNotes()).toEqual(['第一次：客户要报价', '第二次：客户要演示'].sort());
  });

  it('logs two visits in a row from the 拜访 tab, each once with its own notes', async () => {
    await logVisit('tab', '第三次：确认合同', '拜访已记录');
    await logVisit('tab', '第四次：上线培训', '拜访已记录');
    expect(await visitNotes()).toHaveLength(4);
    expect(await visitNotes()).toEqual(
      expect.arrayContaining(['第三次：确认合同', '第四次：上线培训', '第一次：客户要报价']),
    );
  });

  /** The screens the rep opened today, as the phone has them when the signal goes. */
  async function openScreensOnline(): Promise<void> {
    await page.goto('/visits');
    await page.getByRole('heading', { name: '拜访', exact: true, level: 1 }).waitFor();
    await openVisitForm('customer');
    await navigate(`/customers/${customerId}`);
    await page.getByRole('button', { name: '记录需求' }).click();
    await page.getByRole('heading', { name: '记录需求', level: 1 }).waitFor();
    await navigate('/visits');
  }

  it('keeps two visits logged without a network apart, and sends each once when it returns', async () => {
    await openScreensOnline();
    const before = (await visitNotes()).length;
    const queued = '已保存，联网后自动提交';
    await logVisit('customer', '离线一：地下室', queued, { dropNetwork: true });
    await page.getByRole('region', { name: /待发送 1 条/ }).waitFor();
    expect(await visitNotes()).toHaveLength(before);
    await phone.context.setOffline(false);
    await logVisit('tab', '离线二：电梯里', queued, { dropNetwork: true });
    await phone.context.setOffline(false);
    await expect.poll(async () => (await visitNotes()).length, { timeout: 20_000 }).toBe(before + 2);
    const notes = await visitNotes();
    expect(notes.filter((note) => note === '离线一：地下室')).toHaveLength(1);
    expect(notes.filter((note) => note === '离线二：电梯里')).toHaveLength(1);
  });

  async function captureRequirement(options: {
    title: string;
    plusOneOf?: string;
    toast: string;
    dropNetwork?: boolean;
  }) {
    await navigate(`/customers/${customerId}`);
    await page.getByRole('button', { name: '记录需求' }).click();
    await page.getByRole('heading', { name: '记录需求', level: 1 }).waitFor();
    expect(await page.getByText('已恢复上次未提交的内容').count()).toBe(0);
    expect(await page.getByLabel('需求标题').inputValue()).toBe('');
    await page.getByLabel('需求标题').fill(options.title);
    await page.getByLabel('客户原话').fill(`${options.title}，越快越好`);
    await page.getByRole('button', { name: '重要', exact: true }).click();
    if (options.plusOneOf) await page.getByRole('button', { name: `就是这个：${options.plusOneOf}` }).click();
    if (options.dropNetwork) await phone.context.setOffline(true);
    await page.getByRole('button', { name: options.plusOneOf ? '提交：这个客户也想要' : '提交需求' }).click();
    await page.waitForURL((url) => url.pathname === `/customers/${customerId}`);
    await page.getByText(options.toast).first().waitFor();
  }

  async function quotesOf(title: string): Promise<string[]> {
    const listed = await app
      .api(token)
      .get<ApiPage<Requirement>>(`/api/v1/requirements?limit=100&q=${encodeURIComponent(title)}`);
    const match = listed.body.items.find((requirement) => requirement.title === title);
    if (!match) return [];
    const detail = await app.api(token).get<RequirementDetail>(`/api/v1/requirements/${match.id}`);
    return detail.body.mentions.map((mention) => mention.quote ?? '').sort();
  }

  it('captures two requirements in a row, then a +1 and a new one, each once', async () => {
    await captureRequirement({ title: '审批单支持手机会签', toast: '已提交' });
    await captureRequirement({ title: '报表导出为 Excel', toast: '已提交' });
    await captureRequirement({ title: '手机会签审批', plusOneOf: '审批单支持手机会签', toast: '已提交' });
    await captureRequirement({ title: '排班表按周打印', toast: '已提交' });
    expect(await myRequirementTitles()).toEqual(
      ['报表导出为 Excel', '审批单支持手机会签', '排班表按周打印'].sort(),
    );
    expect(await quotesOf('审批单支持手机会签')).toEqual(
      ['审批单支持手机会签，越快越好', '手机会签审批，越快越好'].sort(),
    );
  });

  it('does the same without a network, and sends each once when it returns', async () => {
    await openScreensOnline();
    const queued = '已保存，联网后自动提交';
    await phone.context.setOffline(true);
    await captureRequirement({ title: '客户门户单点登录', toast: queued });
    await captureRequirement({ title: '库存预警推送到钉钉', toast: queued });
    expect(await myRequirementTitles()).toHaveLength(3);
    await phone.context.setOffline(false);
    await captureRequirement({
      title: '导出 Excel 报表',
      plusOneOf: '报表导出为 Excel',
      toast: queued,
      dropNetwork: true,
    });
    await phone.context.setOffline(false);
    await expect.poll(myRequirementTitles, { timeout: 20_000 }).toHaveLength(5);
    expect(await myRequirementTitles()).toEqual(
      expect.arrayContaining(['客户门户单点登录', '库存预警推送到钉钉']),
    );
    await expect.poll(() => quotesOf('报表导出为 Excel'), { timeout: 20_000 }).toHaveLength(2);
  });

  it('shows both when the server holds other content under the visit’s client id, and keeps the rep’s as new', async () => {
    const clientId = crypto.randomUUID();
    const earlier = await app.api(token).post<Visit>('/api/v1/visits', {
      clientId,
      customerId,
      kind: 'phone',
      visitedAt: new Date().toISOString(),
      notes: '服务器上的旧纪要',
    });
    expect(earlier.status).toBe(201);
    const before = (await visitNotes()).length;
    await page.goto('/visits');
    // A draft left on the phone under that client id, as an older app version could leave it.
    await page.evaluate(
      ({ clientId, customerId }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('fieldloop-offline');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const write = open.result
              .transaction('drafts', 'readwrite')
              .objectStore('drafts')
              .put({
                key: 'visit:new:tab',
                savedAt: Date.now(),
                value: {
                  clientId,
                  customer: { id: customerId, name: '宁波港联物流' },
                  kind: 'phone',
                  visitedAt: null,
                  purpose: '',
                  participants: [],
                  attendeeContactIds: [],
                  notes: '手机上的新纪要',
                  outcome: '',
                  nextStep: '',
                  followUpAt: null,
                  checkIn: null,
                  photos: [],
                },
              });
            write.onsuccess = () => resolve();
            write.onerror = () => reject(write.error);
          };
        }),
      { clientId, customerId },
    );
    await openVisitForm('tab');
    await page.getByText('已恢复上次未提交的内容').waitFor();
    await page.getByRole('button', { name: '提交拜访' }).click();
    const sheet = page.getByRole('alertdialog', { name: '服务器上已有一条内容不同的记录' });
    await sheet.waitFor();
    await sheet.getByRole('cell', { name: '手机上的新纪要' }).waitFor();
    await sheet.getByRole('cell', { name: '服务器上的旧纪要' }).waitFor();
    expect(await page.getByText('拜访已记录').count()).toBe(0);
    await page.screenshot({ path: '/tmp/fieldloop-e2e-visit-differs.png' });
    await sheet.getByRole('button', { name: '另存为新记录' }).click();
    await page.getByText('拜访已记录').first().waitFor();
    await expect.poll(visitNotes).toHaveLength(before + 1);
    expect(await visitNotes()).toEqual(expect.arrayContaining(['服务器上的旧纪要', '手机上的新纪要']));
  });

  it('sends a visit left waiting when the app was closed, on 客户 the next time the app opens', async () => {
    await openScreensOnline();
    const before = (await visitNotes()).length;
    await logVisit('customer', '昨天没发出去：仓库里', '已保存，联网后自动提交', { dropNetwork: true });
    await page.close();
    await phone.context.setOffline(false);
    // The customer list carries no visit code: only the senders loaded once the page is idle can send it.
    page = await phone.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/customers');
    await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
    await expect.poll(async () => (await visitNotes()).length, { timeout: 20_000 }).toBe(before + 1);
    expect(await visitNotes()).toContain('昨天没发出去：仓库里');
  });

  it('leaves no script errors behind', () => {
    expect(pageErrors).toEqual([]);
  });
});
