/**
 * Journey: a sales rep in DingTalk logs an on-site visit with a check-in and a photo, logs another while offline
 * (it waits, then goes out when the network returns), and a half-written visit survives a reload.
 */
import type { Page as ApiPage } from '@shared/schemas/common';
import type { Visit } from '@shared/schemas/visits';
import { startTestApp } from '@test/helpers/app';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');

/** A 2×2 PNG, enough for the phone to decode, compress and upload. */
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

describe.skipIf(skipReason !== null)('visits journey on a phone in DingTalk', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let phone: Phone;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ seedDemo: true });
    phone = await openPhone({ baseURL: app.url });
    await phone.context.grantPermissions(['geolocation']);
    await phone.context.setGeolocation({ latitude: 30.27415, longitude: 120.15515, accuracy: 25 });
    page = await phone.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/login');
    await page.getByRole('button', { name: '示例科技' }).click();
    await page
      .getByRole('button', { name: /\s销售$/ })
      .first()
      .click();
    await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
  });

  afterAll(async () => {
    await phone?.close();
    await app?.close();
  });

  async function myVisits(): Promise<Visit[]> {
    const token = await page.evaluate(() => localStorage.getItem('fieldloop.token'));
    const response = await app.api(token ?? undefined).get<ApiPage<Visit>>('/api/v1/visits?limit=100');
    return response.body.items;
  }

  async function startVisit(kind: string): Promise<void> {
    await page.getByRole('link', { name: '拜访' }).click();
    await page.getByRole('button', { name: '记录拜访' }).first().click();
    await page.getByRole('heading', { name: '记录拜访', level: 1 }).waitFor();
    await page.locator('#visit-customer').click();
    await page.getByPlaceholder('搜索客户名称').fill('示例');
    await page.locator('[class*=pickItem]').first().click();
    await page.getByRole('button', { name: kind, exact: true }).click();
  }

  it('logs an on-site visit with a check-in and a photo', async () => {
    await startVisit('上门拜访');
    await page.getByRole('button', { name: /签到/ }).click();
    await page.getByText(/精度约 25 米/).waitFor();
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: photo });
    await page.getByLabel('沟通记录').fill('客户希望下周演示报表，信息部陈经理参加。');
    await page.getByRole('button', { name: '提交拜访' }).click();
    await page.getByRole('heading', { name: '拜访', level: 1 }).waitFor();
    await expect.poll(async () => (await myVisits()).length).toBe(1);
    const [visit] = await myVisits();
    expect(visit?.checkIn?.accuracy).toBe(25);
    expect(visit?.photos).toHaveLength(1);
  });

  it('keeps a visit logged offline waiting, then sends it exactly once when back online', async () => {
    await startVisit('电话沟通');
    await phone.context.setOffline(true);
    await page.getByLabel('下一步').fill('周五前发报价');
    await page.getByRole('button', { name: '提交拜访' }).click();
    await page.getByText('已保存，联网后自动提交').waitFor();
    await page
      .getByText(/电话沟通/)
      .first()
      .waitFor();
    await phone.context.setOffline(false);
    await expect.poll(async () => (await myVisits()).length, { timeout: 20_000 }).toBe(2);
    const visits = await myVisits();
    expect(new Set(visits.map((visit) => visit.clientId)).size).toBe(2);
    expect(visits.map((visit) => visit.kind).sort()).toEqual(['onsite', 'phone']);
  });

  it('brings back a half-written visit after the page reloads', async () => {
    await startVisit('视频会议');
    await page.getByLabel('拜访目的').fill('确认二期范围');
    await page.waitForTimeout(500);
    await page.reload();
    await page.getByText('已恢复上次未提交的内容').waitFor();
    expect(await page.getByLabel('拜访目的').inputValue()).toBe('确认二期范围');
    expect(pageErrors).toEqual([]);
  });
});
