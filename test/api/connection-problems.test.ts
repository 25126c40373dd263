/**
 * "测试连接" explains a refusal the admin fixes on the platform's console: an IP missing from WeCom's 企业可信IP or
 * DingTalk's 出口IP, a permission the app was not granted, a wrong secret. Each failed test carries a stable problem
 * code (the screen shows the reason and the fix in the admin's language), the platform's code and the IP it saw.
 */
import type { Platform } from '@shared/domain/platforms';
import { createI18n } from '@shared/i18n';
import { type Connection, connectionProblemCodes } from '@shared/schemas/platform';
import { demoConnections, demoPlatformOrgs, type Emulators, startEmulators } from '@test/emulators';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let emulators: Emulators;
let app: TestApp;
let admin: TestUser;
const connectionOf = {} as Record<Platform, string>;

beforeAll(async () => {
  emulators = await startEmulators();
  app = await startTestApp({ env: { EGRESS_IP: '203.0.113.7' } });
  admin = await makeUser(await makeTenant(app, '连接诊断集团'), 'admin');
  for (const input of demoConnections(emulators)) {
    const created = await app.api(admin.token).post<Connection>('/api/v1/platform/connections', input);
    expect(created.status).toBe(201);
    connectionOf[created.body.platform] = created.body.id;
  }
});
afterAll(async () => {
  await app.close();
  await emulators.close();
});

async function testNow(platform: Platform): Promise<Connection> {
  const res = await app
    .api(admin.token)
    .post<Connection>(`/api/v1/platform/connections/${connectionOf[platform]}/test`);
  expect(res.status).toBe(200);
  return res.body;
}

const weComApp = `${demoPlatformOrgs.wecom.corpId}/${demoPlatformOrgs.wecom.agentId}`;

describe('a failed connection test', () => {
  it('WeCom: names 企业可信IP and the IP WeCom saw when this server is not on the list', async () => {
    // Positive control: the same connection works while the app keeps no IP list.
    expect((await testNow('wecom')).lastTest).toMatchObject({ ok: true, problem: null });

    emulators.wecom.setTrustedIps(weComApp, ['198.51.100.1']);
    try {
      emulators.wecom.invalidateTokens();
      const tested = await testNow('wecom');
      expect(tested.lastTest).toMatchObject({
        ok: false,
        problem: { code: 'IP_NOT_TRUSTED', platformCode: '60020', seenIp: '127.0.0.1' },
      });
      expect(tested.setup).toEqual({
        trustedDomain: new URL(app.config.publicUrl).hostname,
        egressIp: '203.0.113.7',
      });
    } finally {
      emulators.wecom.setTrustedIps(weComApp, null);
    }
    expect((await testNow('wecom')).lastTest).toMatchObject({ ok: true, problem: null });
  });

  it('WeCom: a 可信域名 other than this server is the redirect-domain problem sign-in would hit as 50001', async () => {
    const ourHost = new URL(app.config.publicUrl).host;
    const oauthPage = (redirect: string) =>
      fetch(
        `${emulators.wecom.baseUrl}/connect/oauth2/authorize?appid=${demoPlatformOrgs.wecom.corpId}&response_type=code&scope=snsapi_base&agentid=${demoPlatformOrgs.wecom.agentId}&emu_user=${demoPlatformOrgs.wecom.users[0]?.userId}&redirect_uri=${encodeURIComponent(redirect)}`,
        { redirect: 'manual' },
      );
    emulators.wecom.setTrustedDomain(weComApp, 'old-intranet.example');
    try {
      // Where WeCom really says it: its OAuth page, in front of the person signing in.
      const refused = await oauthPage(`${app.config.publicUrl}/`);
      expect(refused.status).toBe(400);
      expect(await refused.text()).toMatch(/50001/);

      const tested = await testNow('wecom');
      expect(tested.lastTest).toMatchObject({
        ok: false,
        problem: { code: 'REDIRECT_DOMAIN_NOT_TRUSTED', platformCode: '50001', seenIp: null },
      });
      expect(tested.lastTest?.message).toContain('old-intranet.example');

      emulators.wecom.setTrustedDomain(weComApp, ourHost);
      expect((await oauthPage(`${app.config.publicUrl}/`)).status).toBe(302);
      expect((await testNow('wecom')).lastTest).toMatchObject({ ok: true, problem: null });
    } finally {
      emulators.wecom.setTrustedDomain(weComApp, null);
    }
  });

  it('DingTalk: an egress IP missing from 服务器出口IP is an IP problem naming the IP DingTalk saw', async () => {
    emulators.dingtalk.failNext({
      route: '/v1.0/oauth2/accessToken',
      times: 1,
      with: 'refused',
      code: 60020,
    });
    expect((await testNow('dingtalk')).lastTest?.problem).toEqual({
      code: 'IP_NOT_TRUSTED',
      platformCode: 'Forbidden.AccessDenied.IpNotInWhiteList',
      seenIp: '127.0.0.1',
    });
  });

  it('DingTalk: an API the app lacks permission for is a permission problem', async () => {
    emulators.dingtalk.failNext({
      route: '/v1.0/oauth2/jsapiTickets',
      times: 1,
      with: 'refused',
      code: 60011,
    });
    expect((await testNow('dingtalk')).lastTest?.problem).toMatchObject({
      code: 'PERMISSION_MISSING',
      platformCode: 'Forbidden.AccessDenied.AccessTokenPermissionDenied',
    });
  });

  it('Feishu: a scope the app was not granted is a permission problem; a wrong secret a credentials one', async () => {
    emulators.feishu.failNext({
      route: '/open-apis/jssdk/ticket/get',
      times: 1,
      with: 'refused',
      code: 99991672,
    });
    expect((await testNow('feishu')).lastTest?.problem).toMatchObject({
      code: 'PERMISSION_MISSING',
      platformCode: '99991672',
    });
    emulators.feishu.failNext({
      route: '/open-apis/auth/v3/tenant_access_token/internal',
      times: 1,
      with: 'refused',
      code: 10014,
    });
    expect((await testNow('feishu')).lastTest?.problem).toMatchObject({ code: 'BAD_CREDENTIALS' });
  });

  it('has a reason and a fix for every problem on every platform, in Chinese and English', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const { t } = createI18n(language);
      for (const code of connectionProblemCodes) {
        for (const platform of ['dingtalk', 'feishu', 'wecom'] as const) {
          const key = `ui.connections.problems.${code}.${platform}`;
          const text = t(key, { ip: '203.0.113.7', code: '60020', domain: 'fieldloop.example' });
          expect(text, key).not.toBe(key);
          expect(text, key).not.toMatch(/^\s*$/);
        }
      }
    }
  });
});
