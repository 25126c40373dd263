import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { startConnectedEmulator } from '@test/helpers/platform';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type PlatformOrg, platformOrgs, type RunningEmulator } from './platform-fixtures';
import { openPlatformPhone, type PlatformPhone } from './platform-phone';

const skipReason = inject('e2eSkipReason');

interface BridgeCall {
  name: string;
  params: Record<string, unknown>;
}

describe.skipIf(skipReason !== null)('免登 inside DingTalk, Feishu and WeCom', () => {
  let app: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await makeUser(await makeTenant(app, '云帆科技'), 'admin', '管理员');
  });

  afterAll(async () => {
    await app?.close();
  });

  describe.each(platformOrgs)('$label', (org: PlatformOrg) => {
    let emulator: RunningEmulator;
    let phone: PlatformPhone;
    let page: Page;
    const pageErrors: string[] = [];
    const requests: string[] = [];

    beforeAll(async () => {
      emulator = await startConnectedEmulator(app, admin.token, org);
      phone = await openPlatformPhone({ baseURL: app.url, bridge: org.bridge(emulator.baseUrl) });
      page = await phone.context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('request', (request) => requests.push(request.url()));
    });

    afterAll(async () => {
      await phone?.close();
      await emulator?.close();
    });

    it('opens from the workbench and lands on 客户 signed in as the client’s person', async () => {
      await page.goto(org.pageUrl());
      await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/customers');

      await page.getByRole('link', { name: '我的' }).click();
      await page.getByText(org.person.name, { exact: true }).waitFor();
      await expect.poll(() => page.getByText('云帆科技').isVisible()).toBe(true);
      await page.screenshot({ path: `/tmp/fieldloop-e2e-${org.platform}-me.png` });

      // One code, exchanged once.
      expect(emulator.counters()[org.appKey]?.codeExchanges).toBe(1);
    });

    it('got the code through the platform’s own mechanism', async () => {
      const calls = await page.evaluate(
        () =>
          (window as unknown as { __FIELDLOOP_BRIDGE_CALLS__?: BridgeCall[] }).__FIELDLOOP_BRIDGE_CALLS__ ??
          [],
      );
      if (org.platform === 'dingtalk') {
        // The real dingtalk-jsapi, lazily loaded, reached the Android bridge with the union requestAuthCode.
        expect(requests.some((url) => /\/assets\/dingtalk-[\w-]+\.js$/.test(url))).toBe(true);
        expect(calls).toContainEqual({
          name: 'runtime.permission.requestAuthCodeV2',
          params: { corpId: 'dinge2ecorp000001', clientId: 'dinge2eclient0001' },
        });
      } else if (org.platform === 'feishu') {
        expect(calls.map((call) => [call.name, call.params.appID])).toContainEqual([
          'requestAccess',
          'cli_e2etest0000001',
        ]);
      } else {
        // OAuth2 round trip through the emulator's authorize page; code and state left the address bar.
        const authorize = requests.find((url) =>
          url.startsWith(`${emulator.baseUrl}/connect/oauth2/authorize`),
        );
        expect(authorize).toBeDefined();
        const query = new URL(authorize ?? emulator.baseUrl).searchParams;
        expect(query.get('appid')).toBe('wwe2etest00000001');
        expect(query.get('agentid')).toBe('1000005');
        expect(query.get('scope')).toBe('snsapi_base');
        expect(requests.some((url) => /[?&]code=/.test(url) && url.startsWith(app.url))).toBe(true);
      }
      // No other platform's SDK was downloaded.
      const others = platformOrgs.map((other) => other.platform).filter((name) => name !== org.platform);
      expect(requests.filter((url) => others.some((name) => url.includes(`/assets/${name}-`)))).toEqual([]);
    });

    it('signs in again by itself when the session has ended', async () => {
      // The session is gone (expired, revoked); the address no longer carries the org, the app remembers it.
      await page.evaluate(() => localStorage.removeItem('fieldloop.token'));
      await page.goto('/customers');
      await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
      expect(emulator.counters()[org.appKey]?.codeExchanges).toBe(2);
    });

    it('shows the not-connected screen for an organisation that never connected', async () => {
      const stranger = await phone.context.newPage();
      stranger.on('pageerror', (error) => pageErrors.push(error.message));
      await stranger.goto(org.pageUrl(org.unknownOrgKey));
      await stranger.getByRole('heading', { name: '这个组织还没有接入 Fieldloop' }).waitFor();
      await expect.poll(() => stranger.getByText(org.unknownOrgKey).isVisible()).toBe(true);
      await expect
        .poll(() => stranger.getByRole('button', { name: '已接入，重新检查' }).isVisible())
        .toBe(true);
      await stranger.screenshot({ path: `/tmp/fieldloop-e2e-${org.platform}-not-connected.png` });
      await stranger.close();
    });

    it('leaves no script errors behind', () => {
      expect(pageErrors).toEqual([]);
    });
  });
});
