/**
 * Journey: a rep reported a requirement from DingTalk, Feishu or WeCom; the PM's decision reaches them as a
 * message, and tapping its link on a phone with no session opens Fieldloop signed in on that requirement.
 */
import type { Session } from '@shared/schemas/auth';
import type { Requirement } from '@shared/schemas/requirements';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { linkedScreen, linksIn } from '@test/helpers/message-links';
import { runOutbox } from '@test/helpers/outbox';
import { startConnectedEmulator } from '@test/helpers/platform';
import type { Page } from 'playwright-core';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type PlatformOrg, platformOrgs, type RunningEmulator } from './platform-fixtures';
import { openPlatformPhone, type PlatformPhone, tappedLinkTarget } from './platform-phone';

const skipReason = inject('e2eSkipReason');

describe.skipIf(skipReason !== null)('message links open Fieldloop signed in', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let admin: TestUser;
  let pm: TestUser;

  beforeAll(async () => {
    app = await startTestApp();
    tenant = await makeTenant(app, '云帆科技');
    admin = await makeUser(tenant, 'admin', '管理员');
    pm = await makeUser(tenant, 'pm', '陈思远');
  });

  afterAll(async () => {
    await app?.close();
  });

  describe.each(platformOrgs)('$label', (org: PlatformOrg) => {
    let emulator: RunningEmulator;
    let phone: PlatformPhone | undefined;
    let page: Page;
    /** The requirement the decision named, and its title. */
    const named = { id: '', title: '' };
    const pageErrors: string[] = [];

    beforeAll(async () => {
      emulator = await startConnectedEmulator(app, admin.token, org);
    });

    afterAll(async () => {
      await phone?.close();
      await emulator?.close();
    });

    it('lands on the decided requirement after 免登, from a phone with no earlier session', async () => {
      // The rep's first day: signed in once from the workbench, which made their identity.
      const firstPhone = await openPlatformPhone({ baseURL: app.url, bridge: org.bridge(emulator.baseUrl) });
      const first = await firstPhone.context.newPage();
      await first.goto(org.pageUrl());
      await first.getByRole('heading', { name: '客户', level: 1 }).waitFor();
      const token = await first.evaluate(() => localStorage.getItem('fieldloop.token'));
      await firstPhone.close();
      const me = await app.api(token ?? '').get<Session['user']>('/api/v1/me');
      const rep: TestUser = {
        id: me.body.id,
        name: org.person.name,
        role: 'sales',
        token: token ?? '',
        tenant,
      };

      const title = `扫码枪批量入库（${org.label}）`;
      const reported = await app.api(rep.token).post<Requirement>('/api/v1/requirements', {
        clientId: uuidv7(),
        title,
        customerId: await makeCustomer(rep, { name: '杭州鲜丰汇零售' }),
        quote: '盘点太慢了',
        importance: 'important',
      });
      expect(reported.status).toBe(201);
      const decided = await app
        .api(pm.token)
        .post(`/api/v1/requirements/${reported.body.id}/decisions`, { status: 'planned' });
      expect(decided.status).toBe(201);
      await runOutbox(app);
      const [message] = emulator.sentMessages({ recipient: org.person.id });
      // WeCom's textcard has one link, the "told the customer" page of this requirement; the others open it.
      const screen =
        org.platform === 'wecom'
          ? `/requirements/${reported.body.id}/told`
          : `/requirements/${reported.body.id}`;
      const link = linksIn(message?.content).find(
        (candidate) => (linkedScreen(candidate) ?? '').split('?')[0] === screen,
      );
      expect(link).toBeDefined();

      // Another phone, nothing stored: the tap alone must sign in and open the requirement.
      phone = await openPlatformPhone({ baseURL: app.url, bridge: org.bridge(emulator.baseUrl) });
      page = await phone.context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const homeUrl = `${app.config.publicUrl}${org.pageUrl()}`;
      await page.goto(tappedLinkTarget(link ?? '', { bridge: org.bridge(emulator.baseUrl), homeUrl }));
      await page.getByRole('heading', { name: title }).waitFor();
      expect(new URL(page.url()).pathname).toBe(screen);
      expect(await page.evaluate(() => localStorage.getItem('fieldloop.token'))).not.toBeNull();
      await page.screenshot({ path: `/tmp/fieldloop-e2e-${org.platform}-message-link.png` });
      expect(emulator.counters()[org.appKey]?.codeExchanges).toBe(2);
      expect(pageErrors).toEqual([]);
      Object.assign(named, { id: reported.body.id, title });
    });

    it('comes back to the requirement after the session ended, from a link without the org', async () => {
      // A link sent before links carried the org, opened once the session is gone: the app remembers the org.
      await page.evaluate(() => localStorage.removeItem('fieldloop.token'));
      await page.goto(`/requirements/${named.id}`);
      await page.getByRole('heading', { name: named.title }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/requirements/${named.id}`);
      expect(emulator.counters()[org.appKey]?.codeExchanges).toBe(3);
      expect(pageErrors).toEqual([]);
    });
  });
});
