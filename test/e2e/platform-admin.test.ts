/**
 * Journey: a new tenant's first admin signs in with the one-time link `npm run admin` printed, connects the
 * organisation's DingTalk app from 我的 → 平台连接, tests it and switches it off; the link works only once.
 */
import { createSignInLink } from '@server/features/auth/links';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser } from '@test/helpers/factories';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';
import { platformOrgs, type RunningEmulator } from './platform-fixtures';

const skipReason = inject('e2eSkipReason');
const [dingTalk] = platformOrgs;

describe.skipIf(skipReason !== null || !dingTalk)('an admin connects DingTalk', () => {
  let app: TestApp;
  let emulator: RunningEmulator;
  let phone: Phone;
  let page: Page;
  let link = '';
  let signInAgain: () => Promise<string> = () => Promise.resolve('');
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    emulator = (await dingTalk?.start()) as RunningEmulator;
    const tenant = await makeTenant(app, '云帆科技');
    const admin = await makeUser(tenant, 'admin', '顾清和');
    link = await createSignInLink(tenant.tdb, { userId: admin.id, publicUrl: app.url, validHours: 1 });
    signInAgain = () => createSignInLink(tenant.tdb, { userId: admin.id, publicUrl: app.url, validHours: 1 });
    phone = await openPhone({ baseURL: app.url });
    page = await phone.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await phone?.close();
    await emulator?.close();
    await app?.close();
  });

  it('signs in once with the link and lands on 平台连接, empty', async () => {
    await page.goto(link);
    await page.getByRole('heading', { name: '平台连接', level: 1 }).waitFor();
    expect(page.url()).toBe(`${app.url}/me/connections`);
    await page.getByRole('heading', { name: '还没有接入任何平台' }).waitFor();
  });

  it('puts the schema’s complaints next to the inputs', async () => {
    await page.getByRole('button', { name: '添加连接' }).click();
    await page.getByRole('heading', { name: '添加平台连接' }).waitFor();
    await page.getByRole('button', { name: '保存连接' }).click();
    await expect.poll(() => page.getByText('必填').count()).toBeGreaterThanOrEqual(6);
    await page.getByLabel('回调加密密钥').fill('too-short');
    await page.getByRole('button', { name: '保存连接' }).click();
    await expect.poll(() => page.getByText('格式不正确').isVisible()).toBe(true);
  });

  it('offers HTTP push or Stream mode for events; Stream asks for no callback token or key', async () => {
    await page.getByRole('button', { name: 'Stream 模式' }).click();
    await expect.poll(() => page.getByLabel('回调 Token').count()).toBe(0);
    await expect.poll(() => page.getByLabel('回调加密密钥').count()).toBe(0);
    await page.getByRole('button', { name: 'HTTP 推送' }).click();
    await page.getByLabel('回调 Token').waitFor();
    await page.getByLabel('回调加密密钥').waitFor();
  });

  it('adds the DingTalk app, with secrets masked, and shows the addresses to paste', async () => {
    const input = dingTalk?.connection(emulator.baseUrl);
    if (input?.platform !== 'dingtalk') throw new Error('fixture is not DingTalk');
    await page.getByLabel('CorpId（企业 ID）').fill(input.corpId);
    await page.getByLabel('Client ID').fill(input.clientId);
    await page.getByLabel('Client Secret').fill(input.clientSecret);
    await page.getByLabel('AgentId').fill(String(input.agentId));
    await page.getByLabel('回调 Token').fill(input.callbackToken ?? '');
    await page.getByLabel('回调加密密钥').fill(input.callbackAesKey ?? '');
    await page.getByLabel('接口地址').fill(emulator.baseUrl);
    expect(await page.getByLabel('Client Secret').getAttribute('type')).toBe('password');
    await page.screenshot({ path: '/tmp/fieldloop-e2e-connection-form.png' });
    await page.getByRole('button', { name: '保存连接' }).click();

    const card = page.getByRole('article', { name: '钉钉' });
    await card.waitFor();
    await expect.poll(() => card.getByText('已启用').isVisible()).toBe(true);
    // Both addresses are on the server's public URL (PUBLIC_URL), which platforms and people reach.
    const publicUrl = app.config.publicUrl;
    await expect.poll(() => card.getByText(`${publicUrl}/api/v1/callbacks/`).isVisible()).toBe(true);
    await expect.poll(() => card.getByText(`${publicUrl}/sign-in?corpid=$CORPID$`).isVisible()).toBe(true);
    await expect.poll(() => card.getByRole('button', { name: '复制回调地址' }).isVisible()).toBe(true);
  });

  it('tests the connection against the platform', async () => {
    const card = page.getByRole('article', { name: '钉钉' });
    await card.getByRole('button', { name: '测试连接' }).click();
    await expect.poll(() => card.getByRole('status').filter({ hasText: '连接正常' }).isVisible()).toBe(true);
    await page.getByText('连接正常').last().waitFor({ state: 'visible' });
    await page.screenshot({ path: '/tmp/fieldloop-e2e-connections.png', fullPage: true });
  });

  it('disables it after a confirmation', async () => {
    const card = page.getByRole('article', { name: '钉钉' });
    await card.getByRole('button', { name: '停用' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '停用' }).click();
    await expect.poll(() => card.getByText('已停用').isVisible()).toBe(true);
    await expect.poll(() => card.getByRole('button', { name: '启用' }).isVisible()).toBe(true);
  });

  it('refuses the same link a second time', async () => {
    const again = await phone.context.newPage();
    // Still signed in on this phone: the link replaces that session, and is refused all the same.
    await again.goto(link);
    await again.getByRole('heading', { name: '登录链接已失效' }).waitFor();
    expect(again.url()).toBe(`${app.url}/sign-in/link`);
    await again.close();
  });

  it('connects a second organisation in Stream mode: no callback address, console steps for Stream', async () => {
    // The refused link above ended this phone's session: a fresh link signs the admin in again.
    await page.goto(await signInAgain());
    await page.getByRole('heading', { name: '平台连接', level: 1 }).waitFor();
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByRole('heading', { name: '添加平台连接' }).waitFor();
    await page.getByLabel('CorpId（企业 ID）').fill('dinge2estream00001');
    await page.getByLabel('Client ID').fill('dinge2estreamclient');
    await page.getByLabel('Client Secret').fill('dt-e2e-stream-secret');
    await page.getByLabel('AgentId').fill('4001002');
    await page.getByRole('button', { name: 'Stream 模式' }).click();
    await page.getByRole('button', { name: '保存连接' }).click();

    const card = page.getByRole('article', { name: '钉钉' }).filter({ hasText: 'dinge2estream00001' });
    await card.waitFor();
    await expect.poll(() => card.getByText('Stream 模式', { exact: true }).isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: '复制回调地址' }).count()).toBe(0);
    await card.getByText('在钉钉后台要设置的').click();
    await expect.poll(() => card.getByText(/Stream 模式推送.*不需要公网地址/).isVisible()).toBe(true);
  });

  it('leaves no script errors behind', () => {
    expect(pageErrors).toEqual([]);
  });
});
