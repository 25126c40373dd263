/**
 * Journey: a rep narrows the visit list to the far-away check-ins, taps 导出 → 导出 CSV, and the file the phone
 * saves holds exactly those visits, with Chinese headers; a PM's requirements desk downloads its Excel the same way.
 */
import { readFile } from 'node:fs/promises';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');

describe.skipIf(skipReason !== null)('exporting the visit list on a phone', () => {
  let app: TestApp;
  let rep: TestUser;
  let pm: TestUser;
  let phone: Phone;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const tenant = await makeTenant(app, '云帆科技');
    rep = await makeUser(tenant, 'sales', '张浩然');
    pm = await makeUser(tenant, 'pm', '林晓雯');
    const customerId = await makeCustomer(rep, { name: '苏州恒川精密', location: { lat: 31.3, lng: 120.7 } });
    const visits = [
      // Checked in some 10 km from the customer's saved place: flagged.
      { kind: 'onsite', purpose: '续约沟通', checkIn: { lat: 31.39, lng: 120.7, accuracy: 15 } },
      { kind: 'phone', purpose: '电话回访' },
    ];
    for (const visit of visits) {
      const res = await app
        .api(rep.token)
        .post('/api/v1/visits', { clientId: crypto.randomUUID(), customerId, ...visit });
      expect(res.status).toBe(201);
    }
    phone = await openPhone({ baseURL: app.url });
    page = await phone.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/login');
  });

  const signIn = (user: TestUser) =>
    page.evaluate((token) => localStorage.setItem('fieldloop.token', token), user.token);

  afterAll(async () => {
    await phone?.close();
    await app?.close();
  });

  it('downloads the list as filtered now, header and rows', async () => {
    await signIn(rep);
    await page.goto('/visits');
    await page.getByRole('feed').getByText('电话回访').waitFor();
    await page.getByRole('button', { name: '只看签到偏远的' }).click();
    await expect.poll(() => page.getByRole('feed').getByText('电话回访').count()).toBe(0);
    await page.getByRole('button', { name: '导出' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByText('导出 CSV', { exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^visits-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await readFile(await download.path())).toString('utf8');
    const [header, ...rows] = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toBe(
      '拜访时间,客户,记录人,拜访方式,拜访目的,我方参与人,客户参会人,沟通记录,签到地址,签到距离（米）,签到异常,记录质量分,拜访结果,下一步,跟进日期,照片链接',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2},苏州恒川精密,张浩然,上门拜访,续约沟通,,,,,\d+,是,\d+,,,,$/,
    );
    expect(pageErrors).toEqual([]);
  });

  it('downloads the requirements desk as Excel through the same authenticated download', async () => {
    await signIn(pm);
    await page.goto('/desk/requirements');
    await page.getByRole('button', { name: '导出' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByText('导出 Excel', { exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^requirements-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(pageErrors).toEqual([]);
  });
});
