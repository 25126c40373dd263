/** Journey: a sales rep signs in with the demo login, creates a customer, and finds it again by searching the list. */
import { startTestApp } from '@test/helpers/app';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');
const screenshotPath = '/tmp/fieldloop-e2e-customers.png';

/** A company name no earlier run has used, written entirely in Chinese characters. */
function uniqueChineseName(): string {
  const digits = '零一二三四五六七八九';
  const stamp = `${Date.now() % 1e7}${Math.floor(Math.random() * 100)}`;
  const suffix = Array.from(stamp, (digit) => digits[Number(digit)]).join('');
  return `杭州云帆${suffix}智造有限公司`;
}

describe.skipIf(skipReason !== null)('customers journey on a phone in DingTalk', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let phone: Phone;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ seedDemo: true });
    phone = await openPhone({ baseURL: app.url });
    page = await phone.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await phone?.close();
    await app?.close();
  });

  it('signs in as a sales rep of 示例科技 with the demo login', async () => {
    await page.goto('/login');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.getByRole('button', { name: '示例科技' }).click();
    // The role label sits beside the name: "张浩然 销售" (and not "王建国 销售经理").
    await page
      .getByRole('button', { name: /\s销售$/ })
      .first()
      .click();
    await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/customers$/);
  });

  it('creates a customer with a Chinese name and shows it', async () => {
    const name = uniqueChineseName();
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await page.getByRole('heading', { name: '新建客户' }).waitFor();
    await page.getByRole('button', { name: '创建客户' }).click();
    await expect.poll(() => page.locator('#customer-name-error').textContent()).toBeTruthy();
    await expect.poll(() => page.locator('#customer-tier-error').textContent()).toBeTruthy();
    await page.getByLabel('客户名称').fill(name);
    await expect.poll(() => page.locator('#customer-name-error').count()).toBe(0);
    await page.getByLabel('行业').fill('制造业');
    await page.getByRole('button', { name: '中型企业' }).click();
    await page.getByRole('button', { name: '高价值' }).click();
    await page.getByRole('button', { name: '共创客户' }).click();
    await page.getByLabel('合同金额（元）').fill('1200000');
    await page.getByLabel('标签').fill('华东，重点跟进');
    await page.getByRole('button', { name: '创建客户' }).click();

    await page.getByRole('heading', { name, level: 2 }).waitFor();
    await expect.poll(() => page.getByText('¥1,200,000').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('重点跟进').isVisible()).toBe(true);
    expect(page.url()).toMatch(/\/customers\/[0-9a-f-]{36}$/);
    await findInList(page, name);
  });

  it('pulls the list down to show a customer added on another device', async () => {
    await page.getByPlaceholder('搜索客户名称').fill('');
    const token = await page.evaluate(() => localStorage.getItem('fieldloop.token'));
    const name = uniqueChineseName();
    const created = await app
      .api(token ?? '')
      .post('/api/v1/customers', { name, segment: 'smb', tier: 'general' });
    expect(created.status).toBe(201);
    const list = page.getByRole('list', { name: '客户列表' });
    await list.getByRole('link').first().waitFor();
    expect(await list.getByText(name).count()).toBe(0);

    await pullDown(page);
    await expect.poll(() => list.getByText(name).count(), { timeout: 10_000 }).toBe(1);
  });

  it('adds a contact in the sheet, told at each input what is missing first', async () => {
    await page.getByRole('list', { name: '客户列表' }).getByRole('link').first().click();
    await page.getByRole('button', { name: '添加联系人' }).click();
    const sheet = page.getByRole('form', { name: '添加联系人' });
    await sheet.getByRole('button', { name: '添加', exact: true }).click();
    await expect.poll(() => sheet.locator('#contact-name-error').textContent()).toBeTruthy();
    await expect.poll(() => sheet.locator('#contact-role-error').textContent()).toBeTruthy();
    await sheet.getByLabel('姓名').fill('周海峰');
    await expect.poll(() => sheet.locator('#contact-name-error').count()).toBe(0);
    await sheet.getByRole('button', { name: '决策人' }).click();
    await sheet.getByLabel('职务').fill('信息中心主任');
    await sheet.getByRole('button', { name: '添加', exact: true }).click();
    await sheet.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByText('周海峰').isVisible()).toBe(true);
  });

  it('leaves no script errors behind', () => {
    expect(pageErrors).toEqual([]);
  });
});

async function findInList(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '返回' }).click();
  await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
  await page.getByPlaceholder('搜索客户名称').fill(name);
  const results = page.getByRole('list', { name: '客户列表' }).getByRole('link');
  await expect.poll(() => results.count()).toBe(1);
  await expect.poll(() => results.first().textContent()).toContain(name);
  await page.getByText('客户已创建').waitFor({ state: 'hidden' });
  await page.screenshot({ path: screenshotPath });
}

/** A finger dragging the list down from near its top and letting go, as the platform's WebView reports it. */
async function pullDown(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const x = 195;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: 260 }] });
  for (let y = 280; y <= 460; y += 20)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
  await page.getByText('松开刷新').waitFor();
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}
