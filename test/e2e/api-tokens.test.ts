/**
 * Journey: an admin opens 我的 → API 令牌, is told what is missing, makes a read-only token, copies it from the one
 * sheet that shows it, sees it listed without its secret, and revokes it after a confirmation; the token then stops
 * working.
 */
import { createSignInLink } from '@server/features/auth/links';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser } from '@test/helpers/factories';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');

describe.skipIf(skipReason !== null)('an admin makes and revokes an API token on a phone', () => {
  let app: TestApp;
  let phone: Phone;
  let page: Page;
  let secret = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const tenant = await makeTenant(app, '云帆科技');
    const admin = await makeUser(tenant, 'admin', '顾清和');
    const link = await createSignInLink(tenant.tdb, { userId: admin.id, publicUrl: app.url, validHours: 1 });
    phone = await openPhone({ baseURL: app.url });
    page = await phone.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(link);
    // Signed in once the link's page has sent the person on (a phone-width admin lands on the 客户 tab).
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.waitForFunction(() => localStorage.getItem('fieldloop.token') !== null);
  });

  afterAll(async () => {
    await phone?.close();
    await app?.close();
  });

  it('asks for a name before making a token', async () => {
    await page.goto('/me');
    await page.getByRole('link', { name: /API 令牌/ }).click();
    await page.getByRole('heading', { name: 'API 令牌', level: 1 }).waitFor();
    await page.getByRole('button', { name: '新建令牌' }).click();
    const sheet = page.getByRole('form', { name: '新建令牌' });
    await sheet.getByRole('button', { name: '新建令牌' }).click();
    await expect.poll(() => sheet.locator('#api-token-name-error').textContent()).toBeTruthy();
    await sheet.getByLabel('名称').fill('CRM 同步');
    await expect.poll(() => sheet.locator('#api-token-name-error').count()).toBe(0);
  });

  it('shows the new read-only token once, until 我已保存', async () => {
    const sheet = page.getByRole('form', { name: '新建令牌' });
    await sheet.getByRole('button', { name: '只读' }).click();
    await sheet.getByRole('button', { name: '新建令牌' }).click();
    const shown = page.getByRole('alertdialog', { name: '请立即复制令牌' });
    await shown.waitFor();
    secret = (await shown.getByTestId('api-token-secret').textContent()) ?? '';
    expect(secret).toMatch(/^flk_/);
    const customers = await fetch(`${app.url}/api/v1/customers`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(customers.status).toBe(200);
    await shown.getByRole('button', { name: '我已保存' }).click();
    await shown.waitFor({ state: 'hidden' });
    const card = page.getByRole('listitem').filter({ hasText: 'CRM 同步' });
    await expect.poll(() => card.getByText('只读').isVisible()).toBe(true);
    expect(await page.getByText(secret).count()).toBe(0);
  });

  it('revokes it after a confirmation, and the token stops working', async () => {
    const card = page.getByRole('listitem').filter({ hasText: 'CRM 同步' });
    await card.getByRole('button', { name: '收回' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '收回' }).click();
    await expect.poll(() => card.getByText('已收回').isVisible(), { timeout: 10_000 }).toBe(true);
    const customers = await fetch(`${app.url}/api/v1/customers`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(customers.status).toBe(401);
  });

  it('leaves no script errors behind', () => {
    expect(pageErrors).toEqual([]);
  });
});
