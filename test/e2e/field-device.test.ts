/**
 * The shared field pieces in Chromium, inside each platform's container double with the real SDKs: location
 * through the platform JSAPI after the signed JS-API config (and the browser's when there is no platform),
 * photos taken through the file input and compressed, and the offline queue sending them once the network
 * returns — also after the page was closed while offline.
 */
import { fileURLToPath } from 'node:url';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { startConnectedEmulator } from '@test/helpers/platform';
import react from '@vitejs/plugin-react';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { aliases } from '../../vite.config';
import { chromiumPath } from './global-setup';
import { draftsOnPhone } from './phone-drafts';
import { type PlatformOrg, platformOrgs, type RunningEmulator } from './platform-fixtures';
import { type EmulatorBridgeConfig, openPlatformPhone, type PlatformPhone } from './platform-phone';

const skipReason = inject('e2eSkipReason');
const harnessRoot = fileURLToPath(new URL('./field-harness', import.meta.url));
const harnessDist = fileURLToPath(new URL('../../dist/field-harness', import.meta.url));

interface HarnessWindow {
  fieldHarness: {
    sent: { body: unknown; ids: string[] }[];
    location(): Promise<Record<string, unknown>>;
    share(url: string): Promise<Record<string, unknown>>;
    photoFacts(): Promise<{ type: string; size: number; width: number; height: number }[]>;
    submitProbe(clientId: string): Promise<void>;
    stored(): Promise<{ id: string; status: string; photos: number }[]>;
  };
  __FIELDLOOP_EMULATOR__: EmulatorBridgeConfig;
}
const harnessOf = (page: Page) =>
  page.evaluateHandle(() => (window as unknown as HarnessWindow).fieldHarness);

/** Signed in as `user`, having come through `bridge`'s organisation, before any page script runs. */
function signedInScript(user: TestUser, bridge: EmulatorBridgeConfig | null): string {
  const entry = bridge
    ? { platform: bridge.platform, key: bridge.orgKey, agentId: bridge.agentId ?? null }
    : null;
  return `localStorage.setItem('fieldloop.token', ${JSON.stringify(user.token)});
${entry ? `localStorage.setItem('fieldloop.platformEntry', ${JSON.stringify(JSON.stringify(entry))});` : ''}`;
}

/** A 12-megapixel JPEG with a camera's grain, drawn in the page (a uniform picture would compress unrealistically). */
async function cameraLikeJpeg(): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = 4000;
  canvas.height = 3000;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  const gradient = context.createLinearGradient(0, 0, 4000, 3000);
  gradient.addColorStop(0, '#3a7d5c');
  gradient.addColorStop(1, '#c8844a');
  context.fillStyle = gradient;
  context.fillRect(0, 0, 4000, 3000);
  const pixels = context.getImageData(0, 0, 4000, 3000);
  for (let i = 0; i < pixels.data.length; i += 4) {
    const grain = (Math.random() - 0.5) * 36;
    pixels.data[i] = (pixels.data[i] ?? 0) + grain;
    pixels.data[i + 1] = (pixels.data[i + 1] ?? 0) + grain;
    pixels.data[i + 2] = (pixels.data[i + 2] ?? 0) + grain;
  }
  context.putImageData(pixels, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
  if (!blob) throw new Error('no JPEG');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

describe.skipIf(skipReason !== null)('field infrastructure on the phone', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let admin: TestUser;
  let rep: TestUser;

  beforeAll(async () => {
    await build({
      configFile: false,
      mode: 'production',
      root: harnessRoot,
      plugins: [react()],
      resolve: { alias: aliases },
      logLevel: 'warn',
      build: { outDir: harnessDist, emptyOutDir: true, target: ['chrome87'] },
    });
    app = await startTestApp({ env: { STATIC_DIR: harnessDist } });
    tenant = await makeTenant(app, '云帆科技');
    admin = await makeUser(tenant, 'admin', '管理员');
    rep = await makeUser(tenant, 'sales', '林晓雨');
  });

  afterAll(async () => {
    await app?.close();
  });

  describe.each(platformOrgs)('location inside $label', (org: PlatformOrg) => {
    let emulator: RunningEmulator;
    let phone: PlatformPhone;
    let page: Page;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      emulator = await startConnectedEmulator(app, admin.token, org);
      const bridge = {
        ...org.bridge(emulator.baseUrl),
        location: { latitude: 31.3012, longitude: 120.7034, accuracy: 12, isFromMock: true },
      };
      phone = await openPlatformPhone({ baseURL: app.url, bridge });
      await phone.context.addInitScript({ content: signedInScript(rep, bridge) });
      page = await phone.context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto('/');
      await page.getByRole('heading', { name: '现场组件' }).waitFor();
    });

    afterAll(async () => {
      await phone?.close();
      await emulator?.close();
    });

    it('reads the position through the platform after a config whose signature the platform accepts', async () => {
      const location = await (await harnessOf(page)).evaluate((harness) => harness.location());
      expect(location).toMatchObject({
        lat: 31.3012,
        lng: 120.7034,
        accuracy: 12,
        isFresh: true,
        source: org.platform,
      });
      // Only DingTalk reports a mocked fix (Android's isFromMock); only it geocodes the address.
      expect(location.isMock).toBe(org.platform === 'dingtalk');
      expect(location.address).toBe(org.platform === 'dingtalk' ? '浙江省杭州市西湖区文三路' : null);
      const calls = await page.evaluate(
        () =>
          (window as unknown as { __FIELDLOOP_BRIDGE_CALLS__: { name: string }[] })
            .__FIELDLOOP_BRIDGE_CALLS__,
      );
      const configCall = {
        dingtalk: 'runtime.permission.requestJsApis',
        feishu: 'config',
        wecom: 'agentConfig',
      };
      expect(calls.map((call) => call.name)).toContain(configCall[org.platform]);
    });

    it('reports a refused permission as denied, and follows the phone when it moves', async () => {
      const harness = await harnessOf(page);
      await page.evaluate(() => {
        (window as unknown as HarnessWindow).__FIELDLOOP_EMULATOR__.location = {
          latitude: 30.28,
          longitude: 120.15,
          denied: true,
        };
      });
      expect(await harness.evaluate((h) => h.location())).toEqual({ failure: 'denied' });
      await page.evaluate(() => {
        (window as unknown as HarnessWindow).__FIELDLOOP_EMULATOR__.location = {
          latitude: 30.28,
          longitude: 120.15,
        };
      });
      expect(await harness.evaluate((h) => h.location())).toMatchObject({ lat: 30.28, lng: 120.15 });
    });

    it("sends a link as a card through the platform's own share sheet", async () => {
      const url = 'https://fieldloop.example/status/st_card';
      const result = await (await harnessOf(page)).evaluate((harness, link) => harness.share(link), url);
      expect(result).toEqual({ shared: true });
      const calls = await page.evaluate(
        () =>
          (window as unknown as { __FIELDLOOP_BRIDGE_CALLS__: { name: string; params: unknown }[] })
            .__FIELDLOOP_BRIDGE_CALLS__,
      );
      const shareCall = { dingtalk: 'biz.util.share', feishu: 'share', wecom: 'shareAppMessage' };
      const shared = calls.filter((call) => call.name === shareCall[org.platform]);
      expect(shared).toHaveLength(1);
      expect(JSON.stringify(shared[0]?.params)).toContain(url);
      expect(JSON.stringify(shared[0]?.params)).toContain('星河精密制造 实施进度');
    });

    it('leaves no script errors behind', () => {
      expect(pageErrors).toEqual([]);
    });
  });

  describe('in a plain browser', () => {
    it('falls back to browser geolocation, converted to the GCJ-02 of Chinese maps', async () => {
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ['--headless', '--no-sandbox'],
      });
      try {
        const context = await browser.newContext({
          baseURL: app.url,
          permissions: ['geolocation'],
          geolocation: { latitude: 39.90872, longitude: 116.39748, accuracy: 30 },
        });
        await context.addInitScript({ content: signedInScript(rep, null) });
        const page = await context.newPage();
        await page.goto('/');
        await page.getByRole('heading', { name: '现场组件' }).waitFor();
        const location = await (await harnessOf(page)).evaluate((harness) => harness.location());
        expect(location).toMatchObject({
          accuracy: 30,
          address: null,
          isFresh: true,
          isMock: false,
          source: 'browser',
        });
        expect(location.lat).toBeCloseTo(39.91012, 3);
        expect(location.lng).toBeCloseTo(116.40372, 3);
      } finally {
        await browser.close();
      }
    });
  });

  describe('photos and the offline queue', () => {
    let phone: PlatformPhone;
    let page: Page;

    beforeAll(async () => {
      const [dingTalk] = platformOrgs;
      if (!dingTalk) throw new Error('no DingTalk fixture');
      phone = await openPlatformPhone({ baseURL: app.url, bridge: dingTalk.bridge('http://127.0.0.1:9') });
      await phone.context.addInitScript({ content: signedInScript(rep, null) });
      page = await phone.context.newPage();
      await page.goto('/');
      await page.getByRole('heading', { name: '现场组件' }).waitFor();
    });

    afterAll(async () => {
      await phone?.close();
    });

    it('keeps what was typed in a draft across closing the page, until it is cleared', async () => {
      await page.getByLabel('拜访纪要').fill('客户希望下周演示排班模块');
      await expect.poll(() => draftsOnPhone(page)).toEqual([{ note: '客户希望下周演示排班模块' }]);
      await page.close();
      page = await phone.context.newPage();
      await page.goto('/');
      await page.getByText('已恢复草稿').waitFor();
      expect(await page.getByLabel('拜访纪要').inputValue()).toBe('客户希望下周演示排班模块');
      await page.getByRole('button', { name: '清除草稿' }).click();
      await expect.poll(() => draftsOnPhone(page)).toEqual([]);
      await page.reload();
      await page.getByLabel('拜访纪要').waitFor();
      expect(await page.getByLabel('拜访纪要').inputValue()).toBe('');
    });

    it('takes a photo through the camera input and keeps it as a JPEG of at most 1600 px', async () => {
      const photo = Buffer.from(await page.evaluate(cameraLikeJpeg), 'base64');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: '拍照（还可添加 3 张）' }).click();
      const started = Date.now();
      await (await chooser).setFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
      await page.getByRole('button', { name: '查看第 1 张照片' }).waitFor();
      const elapsed = Date.now() - started;
      const [facts] = await (await harnessOf(page)).evaluate((harness) => harness.photoFacts());
      expect(facts).toMatchObject({ type: 'image/jpeg', width: 1600, height: 1200 });
      expect(facts?.size).toBeLessThan(photo.length / 3);
      console.log(
        `photo: ${photo.length} B JPEG 4000×3000 → ${facts?.size} B JPEG 1600×1200 in ${elapsed} ms`,
      );
      await expect.poll(() => page.getByText('1/3 张').isVisible()).toBe(true);
    });

    it('keeps a submission made offline in IndexedDB, shows it waiting, and sends it when the network returns', async () => {
      const harness = await harnessOf(page);
      await phone.context.setOffline(true);
      await harness.evaluate((h) => h.submitProbe('01930000-0000-7000-8000-00000000aaaa'));
      await page.getByText('等待网络').waitFor();
      expect(await harness.evaluate((h) => h.stored())).toEqual([
        { id: '01930000-0000-7000-8000-00000000aaaa', status: 'waiting', photos: 1 },
      ]);
      await phone.context.setOffline(false);
      await expect.poll(() => harness.evaluate((h) => h.sent.length), { timeout: 15_000 }).toBe(1);
      const [sent] = await harness.evaluate((h) => h.sent);
      expect(sent?.ids).toHaveLength(1);
      expect(await harness.evaluate((h) => h.stored())).toEqual([]);
      await expect.poll(() => page.getByText('待发送', { exact: false }).count()).toBe(0);
    });

    it('sends what was left when the page was closed offline, the next time the app opens', async () => {
      await phone.context.setOffline(true);
      await (await harnessOf(page)).evaluate((h) => h.submitProbe('01930000-0000-7000-8000-00000000bbbb'));
      await page.getByText('等待网络').waitFor();
      await page.close();
      await phone.context.setOffline(false);
      const reopened = await phone.context.newPage();
      await reopened.goto('/');
      const harness = await harnessOf(reopened);
      await expect.poll(() => harness.evaluate((h) => h.sent.length), { timeout: 15_000 }).toBe(1);
      const [sent] = await harness.evaluate((h) => h.sent);
      expect(sent?.body).toEqual({ clientId: '01930000-0000-7000-8000-00000000bbbb' });
      // The same photo as before: the server answered the attachment it already had.
      const rows = await app.database.db
        .selectFrom('attachments')
        .select('id')
        .where('tenant_id', '=', tenant.id)
        .execute();
      expect(rows).toHaveLength(1);
    });
  });
});
