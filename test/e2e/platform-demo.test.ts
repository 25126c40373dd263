/**
 * Journey: the demo in a plain desktop browser. The login page lists the emulated platforms; a person picked
 * there opens the app with `?platform=`, the page loads that platform's container double from the server, and
 * 免登 runs as inside the client. Without emulators (production) the page never asks for a double.
 */
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeConnection, makeTenant } from '@test/helpers/factories';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDemoServer } from './demo-server';
import { chromiumPath } from './global-setup';

const skipReason = inject('e2eSkipReason');

async function openDesktop(browser: Browser, baseURL: string): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return { page, requests };
}

describe.skipIf(skipReason !== null)('the demo in a plain browser', () => {
  let browser: Browser;
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let production: TestApp;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox'] });
    demo = await startDemoServer();
    production = await startTestApp();
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
    await production?.close();
  });

  it.each([
    ['钉钉', 'dingtalk'],
    ['飞书', 'feishu'],
    ['企业微信', 'wecom'],
  ])('opens Fieldloop as a person of the emulated %s', async (label, platform) => {
    const { page, requests } = await openDesktop(browser, demo.url);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/login');
    const person = page.getByRole('link', { name: new RegExp(`^.+，在${label}中打开$`) }).first();
    const name = /link "(.+)，在/.exec(await person.ariaSnapshot())?.[1]?.trim() ?? '';
    await person.click();
    // Signed in, they land where their role starts (the first demo person is an admin: the desk on a wide screen).
    await page.waitForURL((url) => ['/customers', '/desk/requirements'].includes(url.pathname));
    await page.goto('/me');
    await page.getByText(name, { exact: true }).waitFor();
    expect(requests.some((url) => url.includes(`/__emulators/bridge/${platform}.js?user=`))).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('asks for no double where no emulators run, and says to open the app in DingTalk', async () => {
    const tenant = await makeTenant(production);
    const connectionId = await makeConnection(tenant);
    const corpId = (
      await production.database.db
        .selectFrom('platform_connections')
        .select('external_key')
        .where('id', '=', connectionId)
        .executeTakeFirstOrThrow()
    ).external_key;
    const { page, requests } = await openDesktop(browser, production.url);
    await page.goto(`/?platform=dingtalk&corpid=${corpId}`);
    await page.getByRole('heading', { name: '请在钉钉中打开' }).waitFor();
    expect(requests.filter((url) => url.includes('/__emulators/bridge/'))).toEqual([]);
    await page.screenshot({ path: '/tmp/fieldloop-e2e-not-in-dingtalk.png' });
    await page.close();
  });
});
