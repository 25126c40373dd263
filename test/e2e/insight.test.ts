/**
 * Journey: a PM at a desk opens 数据看板 from the workbench, reads how much of this month's demand is productizable
 * (as a sentence and as a table), follows that figure to the workbench table, which opens filtered to exactly those
 * requirements, comes back to the same dashboard, and opens the oldest requirement waiting on a PM from the loop.
 */
import { createSignInLink } from '@server/features/auth/links';
import type { Requirement } from '@shared/schemas/requirements';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath } from './global-setup';

const skipReason = inject('e2eSkipReason');

const productizable = ['库存预警推送到钉钉群', '巡检时拍照存档'];
const customization = '出库单按海控格式打印';

describe.skipIf(skipReason !== null)('a PM reads the dashboards and follows a figure to its list', () => {
  let app: TestApp;
  let browser: Browser;
  let desk: Page;
  const pageErrors: string[] = [];

  async function capture(rep: TestUser, customerId: string, title: string): Promise<Requirement> {
    const created = await app.api(rep.token).post<Requirement>('/api/v1/requirements', {
      clientId: crypto.randomUUID(),
      title,
      customerId,
      importance: 'important',
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  beforeAll(async () => {
    app = await startTestApp();
    const tenant = await makeTenant(app, '远航软件');
    const rep = await makeUser(tenant, 'sales', '孙越');
    const pm = await makeUser(tenant, 'pm', '郑可');
    const customerId = await makeCustomer(rep, { name: '青岛海控物流', tier: 'high', industry: '物流' });
    for (const title of [...productizable, customization]) {
      const requirement = await capture(rep, customerId, title);
      const kind = title === customization ? 'customization' : 'productizable';
      const classified = await app
        .api(pm.token)
        .patch(`/api/v1/requirements/${requirement.id}`, { kind, category: '仓储' });
      expect(classified.status).toBe(200);
    }

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
    await app?.close();
  });

  it('reads the productizable share and follows its figure to the table filtered to those requirements', async () => {
    await desk.getByRole('link', { name: '数据看板' }).click();
    await desk.waitForURL((url) => url.pathname === '/insight');
    await desk.getByRole('tab', { name: '需求洞察', selected: true }).waitFor();
    const card = desk.getByRole('region', { name: '可产品化与定制' });
    await card.getByText('本期提到的 3 条需求中，可产品化 2 条（67%），定制 1 条。').waitFor();

    await card.getByRole('button', { name: '表格' }).click();
    const row = card.getByRole('row', { name: /可产品化/ });
    await row.getByRole('link', { name: '2' }).click();

    await desk.waitForURL(
      (url) =>
        url.pathname === '/desk/requirements' &&
        url.searchParams.get('view') === 'all' &&
        url.searchParams.get('kind') === 'productizable',
    );
    const table = desk.getByRole('table');
    for (const title of productizable) await table.getByText(title).waitFor();
    expect(await table.getByText(customization).count()).toBe(0);

    await desk.goBack();
    await desk.waitForURL(
      (url) => url.pathname === '/insight' && url.searchParams.get('tab') === 'requirements',
    );
    await desk.getByRole('region', { name: '可产品化与定制' }).waitFor();
  });

  it('opens the oldest requirement waiting on a PM from the loop', async () => {
    await desk.getByRole('tab', { name: '需求闭环' }).click();
    const waiting = desk.getByRole('region', { name: '等待产品经理处理最久的需求' });
    await waiting.getByText(/^3 条需求在等产品经理处理/).waitFor();
    await waiting.getByRole('link', { name: customization }).click();
    await desk.waitForURL((url) => url.pathname.startsWith('/desk/requirements/'));
    await desk.getByRole('heading', { level: 1 }).getByText(customization).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
