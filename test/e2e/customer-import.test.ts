/**
 * Journey: a sales manager imports the team's customer sheet on the phone — picks a CSV, maps the column it did not
 * recognise, sees the row at fault, picks the corrected file, imports, and finds the customers in the list.
 */
import { startTestApp } from '@test/helpers/app';
import { csvOf } from '@test/helpers/customer-import';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');

const header = ['单位', '行业', '客户等级', '负责人', '联系人', '手机'];
const yunfan = ['宁波云帆智造', '制造业', '高价值', '张浩然', '周立新', '13800138000'];
const haishu = (tier: string) => ['宁波海曙百货', '零售', tier, '', '吴敏', '13900139000'];

const csvFile = (name: string, tier: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${csvOf([header, yunfan, haishu(tier)])}`),
});

describe.skipIf(skipReason !== null)('importing customers on a phone in DingTalk', () => {
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

  it('opens 导入客户 from the customer list as a sales manager', async () => {
    await page.goto('/login');
    await page.getByRole('button', { name: '示例科技' }).click();
    await page
      .getByRole('button', { name: /销售经理$/ })
      .first()
      .click();
    await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByRole('heading', { name: '导入客户', level: 1 }).waitFor();
  });

  it('shows the columns it recognised and says the customer name column is missing', async () => {
    await page.locator('input[type="file"]').setInputFiles(csvFile('客户.csv', '超级'));
    const first = page.getByLabel('A 列「单位」导入为');
    await first.waitFor();
    expect(await first.inputValue()).toBe('');
    expect(await page.getByLabel('C 列「客户等级」导入为').inputValue()).toBe('tier');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('没有找到客户名称列');
    expect(await page.getByRole('button', { name: /^导入 \d+ 个客户$/ }).isDisabled()).toBe(true);
  });

  it('maps the column by hand, then points at the row and column at fault', async () => {
    await page.getByLabel('A 列「单位」导入为').selectOption('name');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('第 3 行 · C 列「客户等级」：无法识别「超级」');
    await expect
      .poll(() => page.getByText('共 2 行：新建 2 个客户，更新 0 个，联系人 2 位').isVisible())
      .toBe(true);
  });

  it('takes the corrected file, keeps the mapping, and imports it all', async () => {
    await page.locator('input[type="file"]').setInputFiles(csvFile('客户-已修正.csv', '一般'));
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    expect(await page.getByLabel('A 列「单位」导入为').inputValue()).toBe('name');
    const importButton = page.getByRole('button', { name: '导入 2 个客户' });
    await expect.poll(() => importButton.isEnabled()).toBe(true);
    await importButton.click();
    await page.getByRole('heading', { name: '导入完成：新建 2 个客户，更新 0 个' }).waitFor();
    await page.getByRole('button', { name: '查看客户列表' }).click();
    await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
    await page.getByPlaceholder('搜索客户名称').fill('宁波');
    await expect.poll(() => page.getByText('宁波云帆智造').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('宁波海曙百货').isVisible()).toBe(true);
  });

  it('lays the screen out at a desk’s width too', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/customers/import');
    await page.locator('input[type="file"]').setInputFiles(csvFile('客户.csv', '一般'));
    const select = page.getByLabel('A 列「单位」导入为');
    await select.waitFor();
    const box = await page.locator('main > div').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(760);
    expect(await select.isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
