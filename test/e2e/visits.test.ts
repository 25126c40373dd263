/**
 * Journey: a sales rep opens Fieldloop from DingTalk (免登 through the container double), logs an on-site visit
 * with DingTalk's location, a colleague and a photo, logs another while offline (it waits, then goes out exactly
 * once when the network returns), and a half-written visit survives a reload.
 */
import { localDateOf } from '@shared/domain/clock';
import type { Page as ApiPage } from '@shared/schemas/common';
import type { Visit } from '@shared/schemas/visits';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { startConnectedEmulator } from '@test/helpers/platform';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { draftTextOnPhone } from './phone-drafts';
import { platformOrgs, type RunningEmulator } from './platform-fixtures';
import { openPlatformPhone, type PlatformPhone } from './platform-phone';

const skipReason = inject('e2eSkipReason');
const [dingTalk] = platformOrgs.filter((org) => org.platform === 'dingtalk');

/** A 2×2 PNG, enough for the phone to decode, compress to JPEG and upload. */
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

describe.skipIf(skipReason !== null || !dingTalk)('visits journey on a phone in DingTalk', () => {
  const org = dingTalk as NonNullable<typeof dingTalk>;
  let app: TestApp;
  let admin: TestUser;
  let colleague: TestUser;
  let emulator: RunningEmulator;
  let phone: PlatformPhone;
  let page: Page;
  let token = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const tenant = await makeTenant(app, '云帆科技');
    admin = await makeUser(tenant, 'admin', '管理员');
    colleague = await makeUser(tenant, 'sales', '周子墨');
    emulator = await startConnectedEmulator(app, admin.token, org);
    phone = await openPlatformPhone({ baseURL: app.url, bridge: org.bridge(emulator.baseUrl) });
    page = await phone.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(org.pageUrl());
    await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
    token = (await page.evaluate(() => localStorage.getItem('fieldloop.token'))) ?? '';
    // The rep's customer, a few dozen metres from where the DingTalk double says the phone is.
    const customer = await app.api(token).post('/api/v1/customers', {
      name: '杭州西溪精密机械有限公司',
      segment: 'mid',
      tier: 'high',
      industry: '制造业',
      address: '浙江省杭州市西湖区文三路 90 号',
      location: { lat: 30.2745, lng: 120.1555 },
      tags: [],
    });
    expect(customer.status).toBe(201);
  });

  // A failed offline step must not leave the next journey without a network.
  afterEach(() => phone?.context.setOffline(false));

  afterAll(async () => {
    await phone?.close();
    await emulator?.close();
    await app?.close();
  });

  async function myVisits(): Promise<Visit[]> {
    const response = await app.api(token).get<ApiPage<Visit>>('/api/v1/visits?limit=100');
    expect(response.status).toBe(200);
    return response.body.items;
  }

  async function startVisit(kind: string): Promise<void> {
    await page.goto('/visits');
    await page.getByRole('button', { name: '记录拜访' }).first().click();
    await page.getByRole('heading', { name: '记录拜访', level: 1 }).waitFor();
    await page.locator('#visit-customer').click();
    await page.getByPlaceholder('搜索客户名称').fill('西溪');
    await page
      .getByRole('button', { name: /杭州西溪精密机械/ })
      .first()
      .click();
    await page.getByRole('button', { name: kind, exact: true }).click();
  }

  it('logs an on-site visit with DingTalk’s location, a colleague and a photo', async () => {
    await startVisit('上门拜访');
    await page.getByRole('button', { name: /签到/ }).click();
    await page.getByText('浙江省杭州市西湖区文三路').waitFor();
    await page.getByText(/精度约 15 米/).waitFor();

    await page.locator('#visit-participants').click();
    await page.getByRole('button', { name: /周子墨/ }).click();
    await page.getByRole('button', { name: '完成' }).click();

    const chooser = page.waitForEvent('filechooser');
    await page
      .getByRole('button', { name: /拍照|添加照片/ })
      .first()
      .click();
    await (await chooser).setFiles({ name: 'site.png', mimeType: 'image/png', buffer: photo });
    await page.getByRole('img', { name: '第 1 张照片' }).waitFor();

    await page.getByRole('textbox', { name: '沟通记录' }).fill('客户希望下周演示报表，信息部陈经理参加。');
    await page.screenshot({ path: '/tmp/fieldloop-e2e-visit-new.png', fullPage: true });
    await page.getByRole('button', { name: '提交拜访' }).click();
    await page.getByRole('heading', { name: '拜访', level: 1 }).waitFor();
    await expect.poll(async () => (await myVisits()).length).toBe(1);
    const [visit] = await myVisits();
    expect(visit?.kind).toBe('onsite');
    expect(visit?.checkIn).toMatchObject({
      accuracy: 15,
      address: '浙江省杭州市西湖区文三路',
      flagged: false,
    });
    expect(visit?.checkIn?.distanceMeters).toBeLessThan(200);
    expect(visit?.participants.map((person) => person.id)).toContain(colleague.id);
    expect(visit?.photos).toHaveLength(1);
    expect(visit?.photos[0]?.mime).toBe('image/jpeg');
    await page.getByText('杭州西溪精密机械有限公司').first().waitFor();
    await page.screenshot({ path: '/tmp/fieldloop-e2e-visits.png', fullPage: true });
  });

  it('keeps a check-in far from the customer from a mocked location, flagged for the manager', async () => {
    await startVisit('上门拜访');
    // The rep is across town (West Lake → Xiaoshan, ~15 km) and DingTalk reports the fix as mocked.
    await page.evaluate(() => {
      const bridge = (window as unknown as { __FIELDLOOP_EMULATOR__: { location?: object } })
        .__FIELDLOOP_EMULATOR__;
      bridge.location = {
        latitude: 30.1627,
        longitude: 120.2643,
        address: '浙江省杭州市萧山区',
        isFromMock: true,
      };
    });
    await page.getByRole('button', { name: /签到/ }).click();
    await page.getByText('浙江省杭州市萧山区').waitFor();
    await page.getByText('疑似模拟定位').waitFor();
    await page.getByRole('button', { name: '提交拜访' }).click();
    await page.getByRole('heading', { name: '拜访', level: 1 }).waitFor();
    await expect.poll(async () => (await myVisits()).length).toBe(2);
    const far = (await myVisits()).find((visit) => visit.checkIn?.address === '浙江省杭州市萧山区');
    expect(far?.checkIn?.flagged).toBe(true);
    expect(far?.checkIn?.distanceMeters).toBeGreaterThan(10_000);
    expect(far?.evidence.parts.inRadius).toBe(0);

    await page.getByRole('button', { name: '只看签到偏远的' }).click();
    const feed = page.getByRole('feed');
    await expect.poll(() => feed.getByRole('link').count()).toBe(1);
    await page.screenshot({ path: '/tmp/fieldloop-e2e-visits-flagged.png' });
    await page.getByRole('button', { name: '只看签到偏远的' }).click();
  });

  it('keeps a visit logged offline waiting, then sends it exactly once when back online', async () => {
    await startVisit('电话沟通');
    await phone.context.setOffline(true);
    await page.getByRole('textbox', { name: '下一步' }).fill('周五前发报价');
    // The day wheel is not part of the screen's first download: it arrived while the screen sat idle, so it opens
    // with the network gone.
    await page.locator('#visit-follow-up').click();
    await page.getByRole('button', { name: '确定' }).click();
    await page.locator('#visit-follow-up', { hasText: '今天' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^从相册选择/ }).click();
    await (await chooser).setFiles({ name: 'quote.png', mimeType: 'image/png', buffer: photo });
    await page.getByRole('img', { name: '第 1 张照片' }).waitFor();
    await page.getByRole('button', { name: '提交拜访' }).click();
    await page.getByText('已保存，联网后自动提交').waitFor();
    const waiting = page.getByRole('region', { name: /待发送/ });
    await waiting.getByText(/电话沟通/).waitFor();
    await page.screenshot({ path: '/tmp/fieldloop-e2e-visits-offline.png', fullPage: true });
    expect(await myVisits()).toHaveLength(2);

    await phone.context.setOffline(false);
    await expect.poll(async () => (await myVisits()).length, { timeout: 20_000 }).toBe(3);
    await waiting.getByText(/电话沟通/).waitFor({ state: 'detached' });
    const visits = await myVisits();
    expect(new Set(visits.map((visit) => visit.clientId)).size).toBe(3);
    expect(visits.map((visit) => visit.kind).sort()).toEqual(['onsite', 'onsite', 'phone']);
    const offline = visits.find((visit) => visit.kind === 'phone');
    expect(offline?.nextStep).toBe('周五前发报价');
    expect(offline?.followUpAt).toBe(localDateOf(new Date()));
    expect(offline?.photos).toHaveLength(1);
  });

  it('shows an edit that crossed a newer save side by side, and keeps the rep’s when asked', async () => {
    const onsite = (await myVisits()).find((visit) => visit.checkIn?.flagged === false);
    if (!onsite) throw new Error('the on-site visit is missing');
    await page.goto(`/visits/${onsite.id}/edit`);
    await page.getByRole('heading', { name: '编辑拜访', level: 1 }).waitFor();
    // Meanwhile the same visit is saved from the rep's other device.
    const elsewhere = await app
      .api(token)
      .patch<Visit>(`/api/v1/visits/${onsite.id}`, { version: onsite.version, outcome: '客户同意试用' });
    expect(elsewhere.status).toBe(200);

    await page.getByRole('textbox', { name: '拜访结果' }).fill('客户要求先出方案');
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.getByRole('heading', { name: '这条拜访已被修改' }).waitFor();
    const table = page.getByRole('table');
    await table.getByText('客户要求先出方案').waitFor();
    await table.getByText('客户同意试用').waitFor();
    await page.screenshot({ path: '/tmp/fieldloop-e2e-visit-conflict.png' });

    await page.getByRole('button', { name: '用我的修改覆盖' }).click();
    await expect
      .poll(async () => (await app.api(token).get<Visit>(`/api/v1/visits/${onsite.id}`)).body.outcome)
      .toBe('客户要求先出方案');
  });

  it('shows the distance to the customer at check-in, makes it an on-site visit, and offers 明天 for the follow-up', async () => {
    await page.goto('/visits');
    await page.getByRole('button', { name: '记录拜访' }).first().click();
    await page.locator('#visit-customer').click();
    await page.getByPlaceholder('搜索客户名称').fill('西溪');
    await page
      .getByRole('button', { name: /杭州西溪精密机械/ })
      .first()
      .click();
    await page.getByRole('button', { name: /签到/ }).click();
    await page.getByText(/距客户 \d+ 米/).waitFor();
    expect(
      await page.getByRole('button', { name: '上门拜访', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.getByRole('button', { name: '明天', exact: true }).click();
    await page.getByRole('textbox', { name: '沟通记录' }).fill('现场确认了二期范围');
    const before = (await myVisits()).length;
    await page.getByRole('button', { name: '提交拜访' }).click();
    await page.getByRole('heading', { name: '拜访', level: 1 }).waitFor();
    await expect.poll(async () => (await myVisits()).length).toBe(before + 1);
    const logged = (await myVisits()).find((visit) => visit.notes === '现场确认了二期范围');
    const tomorrow = new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
    expect(logged).toMatchObject({ kind: 'onsite', followUpAt: tomorrow });
    expect(logged?.checkIn?.distanceMeters).toBeLessThan(200);
  });

  it('creates a customer from the picker with what was typed, and comes back to the visit with it', async () => {
    await page.goto('/visits');
    await page.getByRole('button', { name: '记录拜访' }).first().click();
    await page.getByRole('heading', { name: '记录拜访', level: 1 }).waitFor();
    await page.getByRole('button', { name: '电话沟通', exact: true }).click();
    await page.getByRole('textbox', { name: '沟通记录' }).fill('新客户第一次电话');
    await page.locator('#visit-customer').click();
    await page.getByPlaceholder('搜索客户名称').fill('钱塘新材料');
    await page.getByRole('button', { name: '新建客户「钱塘新材料」' }).click();
    await page.getByRole('heading', { name: '新建客户' }).waitFor();
    expect(await page.getByLabel('客户名称').inputValue()).toBe('钱塘新材料');
    await page.getByText('还没有位置').waitFor();
    // DingTalk's own location API places the customer (the same fix a check-in is measured against).
    await page.getByRole('button', { name: '使用当前位置' }).click();
    await page.getByText(/已定位（30\.27/).waitFor();
    await page.getByRole('button', { name: '中型企业' }).click();
    await page.getByRole('button', { name: '高价值' }).click();
    await page.getByRole('button', { name: '创建客户' }).click();
    await page.getByRole('heading', { name: '记录拜访', level: 1 }).waitFor();
    await expect.poll(() => page.locator('#visit-customer').textContent()).toContain('钱塘新材料');
    expect(await page.getByRole('textbox', { name: '沟通记录' }).inputValue()).toBe('新客户第一次电话');
    await page.getByRole('button', { name: '提交拜访' }).click();
    await page.getByRole('heading', { name: '拜访', level: 1 }).waitFor();
    await expect
      .poll(async () => (await myVisits()).find((visit) => visit.notes === '新客户第一次电话')?.customer.name)
      .toBe('钱塘新材料');
    const customers = await app
      .api(token)
      .get<ApiPage<{ name: string; location: unknown }>>('/api/v1/customers?q=钱塘');
    expect(customers.body.items[0]?.location).toMatchObject({ lat: expect.closeTo(30.27, 1) });
  });

  it('brings back a half-written visit after the page reloads', async () => {
    await startVisit('视频会议');
    await page.getByRole('textbox', { name: '拜访目的' }).fill('确认二期范围');
    await expect.poll(() => draftTextOnPhone(page)).toContain('确认二期范围');
    await page.reload();
    await page.getByText('已恢复上次未提交的内容').waitFor();
    expect(await page.getByRole('textbox', { name: '拜访目的' }).inputValue()).toBe('确认二期范围');
    await expect.poll(() => page.locator('#visit-customer').textContent()).toContain('杭州西溪精密机械');
  });

  it('opens the day wheel once the network returns, when its code could not arrive before', async () => {
    const wheelCode = /date-picker-[^/]*\.js$/;
    await page.route(wheelCode, (route) => route.abort('internetdisconnected'));
    await page.goto('/visits/new');
    await page.getByRole('heading', { name: '记录拜访', level: 1 }).waitFor();
    await page.locator('#visit-follow-up').click();
    const confirm = page.getByRole('button', { name: '确定' });
    await page.waitForTimeout(1000);
    expect(await confirm.count()).toBe(0);
    await page.unroute(wheelCode);
    await phone.context.setOffline(true);
    await phone.context.setOffline(false);
    await confirm.click();
    await page.locator('#visit-follow-up', { hasText: '今天' }).waitFor();
  });

  it('leaves no script errors behind', () => {
    expect(pageErrors).toEqual([]);
  });
});
