/**
 * JS-API signatures in a single-page app, inside the DingTalk and WeCom container doubles with the real SDKs:
 * a rep opens Fieldloop from the workbench, goes from the home tab to the visit form without reloading, and
 * checks in twice at two addresses of the app. DingTalk checks every config against the page it entered (its
 * query decoded), WeCom against the page's current address at each config; the location must be the
 * platform's both times, not the browser's. A signature DingTalk refuses (52013) is signed again once.
 */
import { TenantDb } from '@server/core/db';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { startConnectedEmulator } from '@test/helpers/platform';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type PlatformOrg, platformOrgs, type RunningEmulator } from './platform-fixtures';
import { type EmulatorBridgeConfig, openPlatformPhone, type PlatformPhone } from './platform-phone';

const skipReason = inject('e2eSkipReason');
const orgs = platformOrgs.filter((org) => org.platform !== 'feishu');

interface DoubleWindow {
  __FIELDLOOP_EMULATOR__: EmulatorBridgeConfig;
  /** Set on the home tab: still there on the visit form only if no page load came in between. */
  __sameDocument?: boolean;
}

describe.skipIf(skipReason !== null)('JS-API signatures across client-side navigation', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let admin: TestUser;

  beforeAll(async () => {
    app = await startTestApp();
    tenant = await makeTenant(app, '云帆科技');
    admin = await makeUser(tenant, 'admin', '管理员');
  });

  afterAll(async () => {
    await app?.close();
  });

  describe.each(orgs)('inside $label', (org: PlatformOrg) => {
    let emulator: RunningEmulator;
    let phone: PlatformPhone;
    let page: Page;
    let token = '';
    const pageErrors: string[] = [];

    beforeAll(async () => {
      emulator = await startConnectedEmulator(app, admin.token, org);
      const bridge = {
        ...org.bridge(emulator.baseUrl),
        location: { latitude: 30.2746, longitude: 120.1556, accuracy: 12, isFromMock: true },
      };
      phone = await openPlatformPhone({ baseURL: app.url, bridge });
      // Were the app to fall back to the browser, it would read this: somewhere else, less precise.
      await phone.context.grantPermissions(['geolocation']);
      await phone.context.setGeolocation({ latitude: 39.9087, longitude: 116.3975, accuracy: 30 });
      page = await phone.context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
    });

    afterAll(async () => {
      await phone?.close();
      await emulator?.close();
    });

    /** The rep's customer, a few metres from where the double puts the phone. */
    async function createCustomer(name: string): Promise<string> {
      const customer = await app.api(token).post<{ id: string }>('/api/v1/customers', {
        name,
        segment: 'mid',
        tier: 'high',
        industry: '制造业',
        address: '浙江省杭州市西湖区文三路 90 号',
        location: { lat: 30.2745, lng: 120.1555 },
        tags: [],
      });
      expect(customer.status).toBe(201);
      return customer.body.id;
    }

    async function checkIn(): Promise<void> {
      await page.getByRole('button', { name: '上门拜访', exact: true }).click();
      await page.getByRole('button', { name: /签到/ }).click();
    }

    it('checks in with the platform’s location on the visit form reached from the home tab', async () => {
      // DingTalk's workbench opens the home URL with the org in it; the extra parameter is sent encoded.
      const entry =
        org.platform === 'dingtalk' ? `${org.pageUrl()}&from=%E5%B7%A5%E4%BD%9C%E5%8F%B0` : org.pageUrl();
      await page.goto(entry);
      await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
      token = (await page.evaluate(() => localStorage.getItem('fieldloop.token'))) ?? '';
      await createCustomer('杭州西溪精密机械有限公司');
      await page.evaluate(() => {
        (window as unknown as DoubleWindow).__sameDocument = true;
      });

      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '拜访' }).click();
      await page.getByRole('button', { name: '记录拜访' }).first().click();
      await page.getByRole('heading', { name: '记录拜访', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/visits/new');
      await page.locator('#visit-customer').click();
      await page.getByPlaceholder('搜索客户名称').fill('西溪');
      await page
        .getByRole('button', { name: /杭州西溪精密机械/ })
        .first()
        .click();
      await checkIn();
      await page.getByText('精度约 12 米').waitFor();
      if (org.platform === 'dingtalk') {
        await page.getByText('浙江省杭州市西湖区文三路').waitFor();
        await page.getByText('疑似模拟定位').waitFor();
      }
      expect(await page.evaluate(() => (window as unknown as DoubleWindow).__sameDocument)).toBe(true);
    });

    it('checks in again with the platform’s location at another address of the app, still without a reload', async () => {
      await page.goBack();
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户' }).click();
      await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
      await page.getByPlaceholder('搜索客户名称').fill('西溪');
      await page
        .getByRole('list', { name: '客户列表' })
        .getByRole('link', { name: /杭州西溪精密机械/ })
        .click();
      await page.getByRole('button', { name: '记录拜访' }).click();
      await page.getByRole('heading', { name: '记录拜访', level: 1 }).waitFor();
      expect(new URL(page.url()).search).toMatch(/^\?customerId=/);
      await page.evaluate(() => {
        (window as unknown as DoubleWindow).__FIELDLOOP_EMULATOR__.location = {
          latitude: 30.2747,
          longitude: 120.1557,
          accuracy: 8,
        };
      });
      await checkIn();
      await page.getByText('精度约 8 米').waitFor();
      expect(await page.evaluate(() => (window as unknown as DoubleWindow).__sameDocument)).toBe(true);
    });

    it.runIf(org.platform === 'dingtalk')(
      'signs again once with a ticket fetched anew when DingTalk answers 52013',
      async () => {
        // DingTalk no longer holds the ticket the server cached (its 24 h ran out, or it was re-created), and
        // the server fetched that ticket over a minute ago, so a page's report may have it fetched anew.
        const expired = await fetch(`${emulator.baseUrl}/__emu/tickets/expire`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ appKey: org.appKey }),
        });
        expect(expired.status).toBe(204);
        await new TenantDb(app.database.db, tenant.id)
          .updateTable('platform_tokens')
          .set({ fetched_at: Date.now() - 61_000 })
          .where('kind', '=', 'jsapi')
          .execute();
        // A new page (its own draft), so a new JS-API check; the container's double puts the phone where it was
        // when the app opened.
        await page.goto(`/visits/new?customerId=${await createCustomer('杭州滨江智造有限公司')}`);
        await page.getByRole('heading', { name: '记录拜访', level: 1 }).waitFor();
        await checkIn();
        await page.getByText('精度约 12 米').waitFor();
        const configCalls = await page.evaluate(() =>
          (window as unknown as { __FIELDLOOP_BRIDGE_CALLS__: { name: string }[] }).__FIELDLOOP_BRIDGE_CALLS__
            .map((call) => call.name)
            .filter((name) => name === 'runtime.permission.requestJsApis'),
        );
        expect(configCalls).toHaveLength(2);
      },
    );

    it('leaves no script errors behind', () => {
      expect(pageErrors).toEqual([]);
    });
  });
});
