/**
 * Journey: an admin opens 我的 → Webhook, subscribes a local receiver to every event, copies the signing secret from
 * the one sheet that shows it, sees the hook listed without it; a visit is logged, the delivery arrives signed with
 * that secret, and the hook's 推送记录 shows it delivered; 重新发送 queues it again.
 */
import { createHmac } from 'node:crypto';
import { createSignInLink } from '@server/features/auth/links';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser } from '@test/helpers/factories';
import { type FakeUpstream, startFakeUpstream } from '@test/helpers/fake-upstream';
import { runOutbox } from '@test/helpers/outbox';
import type { Page } from 'playwright-core';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');

describe.skipIf(skipReason !== null)(
  'an admin subscribes a webhook and reads its delivery log on a phone',
  () => {
    let app: TestApp;
    let receiver: FakeUpstream;
    let phone: Phone;
    let page: Page;
    let secret = '';
    let logVisit: () => Promise<number>;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      app = await startTestApp();
      receiver = await startFakeUpstream({ 'POST /fieldloop': { status: 204 } });
      const tenant = await makeTenant(app, '云帆科技');
      const admin = await makeUser(tenant, 'admin', '顾清和');
      const rep = await makeUser(tenant, 'sales', '张浩然');
      const customerId = await makeCustomer(rep, { name: '苏州恒川精密' });
      logVisit = async () => {
        const visit = { clientId: uuidv7(), customerId, kind: 'phone' };
        return (await app.api(rep.token).post('/api/v1/visits', visit)).status;
      };
      const link = await createSignInLink(tenant.tdb, {
        userId: admin.id,
        publicUrl: app.url,
        validHours: 1,
      });
      phone = await openPhone({ baseURL: app.url });
      page = await phone.context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(link);
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      await page.waitForFunction(() => localStorage.getItem('fieldloop.token') !== null);
    });

    afterAll(async () => {
      await phone?.close();
      await receiver?.close();
      await app?.close();
    });

    it('shows the new hook’s signing secret once, until 我已保存, and lists the hook without it', async () => {
      await page.goto('/me');
      await page.getByRole('link', { name: /Webhook/ }).click();
      await page.getByRole('heading', { name: 'Webhook', level: 1 }).waitFor();
      await page.getByText('还没有 Webhook').waitFor();
      await page.getByRole('button', { name: '新建 Webhook' }).click();
      const sheet = page.getByRole('form', { name: '新建 Webhook' });
      await sheet.getByLabel('接收地址').fill(`${receiver.url}/fieldloop`);
      await sheet.getByRole('button', { name: '新建 Webhook' }).click();
      const shown = page.getByRole('alertdialog', { name: '请立即复制签名密钥' });
      await shown.waitFor();
      secret = (await shown.getByTestId('webhook-secret').textContent()) ?? '';
      expect(secret).toMatch(/^whsec_/);
      await shown.getByRole('button', { name: '我已保存' }).click();
      await shown.waitFor({ state: 'hidden' });
      const card = page.getByRole('listitem').filter({ hasText: `${receiver.url}/fieldloop` });
      await expect.poll(() => card.getByText('推送中').isVisible()).toBe(true);
      expect(await card.getByText('新拜访').isVisible()).toBe(true);
      expect(await page.getByText(secret).count()).toBe(0);
    });

    it('delivers a logged visit signed with that secret, and the log shows it delivered', async () => {
      expect(await logVisit()).toBe(201);
      await runOutbox(app);
      const delivered = receiver.sent(0);
      const [, t = '', v1 = ''] =
        /^t=(\d+),v1=([0-9a-f]+)$/.exec(String(delivered.headers['x-fieldloop-signature'])) ?? [];
      expect(createHmac('sha256', secret).update(`${t}.${delivered.body}`).digest('hex')).toBe(v1);
      expect(delivered.json()).toMatchObject({ event: 'visit.created' });
      await page.getByRole('listitem').getByRole('link', { name: '推送记录' }).click();
      await page.getByRole('heading', { name: '推送记录', level: 1 }).waitFor();
      const row = page.getByTestId('webhook-delivery').first();
      await expect.poll(() => row.textContent()).toContain('新拜访');
      expect(await row.textContent()).toContain('已送达');
      expect(await row.textContent()).toContain('HTTP 204');
    });

    it('re-sends a delivery: a new one appears, pending and marked 重发', async () => {
      await page.getByTestId('webhook-delivery').first().getByRole('button', { name: '重新发送' }).click();
      await expect.poll(() => page.getByTestId('webhook-delivery').count()).toBe(2);
      const newest = page.getByTestId('webhook-delivery').first();
      expect(await newest.textContent()).toContain('待推送');
      expect(await newest.textContent()).toContain('重发');
    });

    it('leaves no script errors behind', () => {
      expect(pageErrors).toEqual([]);
    });
  },
);
