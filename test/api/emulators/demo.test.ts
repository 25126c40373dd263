import { connectionCreate } from '@shared/schemas/platform';
import { demoConnections, demoPlatformOrgs, type Emulators, startEmulators } from '@test/emulators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, sendJson } from './http';

let emulators: Emulators;
beforeAll(async () => {
  emulators = await startEmulators();
});
afterAll(() => emulators.close());

describe('the demo world', () => {
  it('gives the server connections its own schema accepts, pointing at the running emulators', () => {
    const connections = demoConnections(emulators);
    expect(connections.map((connection) => connectionCreate.parse(connection).baseUrl)).toEqual([
      emulators.dingtalk.baseUrl,
      emulators.feishu.baseUrl,
      emulators.wecom.baseUrl,
    ]);
  });

  it('has six people per platform, listed over HTTP for the demo sign-in picker', async () => {
    const dingtalk = await getJson<{ users: unknown[] }[]>(`${emulators.dingtalk.baseUrl}/__emu/orgs`);
    const feishu = await getJson<{ users: unknown[] }[]>(`${emulators.feishu.baseUrl}/__emu/apps`);
    const wecom = await getJson<{ users: unknown[] }[]>(`${emulators.wecom.baseUrl}/__emu/orgs`);
    for (const listing of [dingtalk, feishu, wecom]) expect(listing.body[0]?.users).toHaveLength(6);
  });

  it('signs a DingTalk demo user in end to end', async () => {
    const { dingtalk } = demoPlatformOrgs;
    const base = emulators.dingtalk.baseUrl;
    const token = (
      await getJson<{ access_token: string }>(
        `${base}/gettoken?appkey=${dingtalk.clientId}&appsecret=${dingtalk.clientSecret}`,
      )
    ).body.access_token;
    const { code } = (
      await sendJson<{ code: string }>(`${base}/__emu/auth-code`, {
        corpId: dingtalk.corpId,
        userId: 'dd-baiwt',
      })
    ).body;
    const info = await sendJson(`${base}/topapi/v2/user/getuserinfo?access_token=${token}`, { code });
    expect(info.body).toMatchObject({ errcode: 0, result: { userid: 'dd-baiwt', name: '柏文涛' } });
  });

  it('signs a Feishu demo user in end to end', async () => {
    const { feishu } = demoPlatformOrgs;
    const base = emulators.feishu.baseUrl;
    const code = emulators.feishu.mintAuthCode({ appId: feishu.appId, openId: 'ou_demo_hezy' });
    const token = await sendJson<{ access_token: string }>(`${base}/open-apis/authen/v2/oauth/token`, {
      grant_type: 'authorization_code',
      client_id: feishu.appId,
      client_secret: feishu.appSecret,
      code,
    });
    const info = await getJson(`${base}/open-apis/authen/v1/user_info`, {
      authorization: `Bearer ${token.body.access_token}`,
    });
    expect(info.body).toMatchObject({ code: 0, data: { name: '贺知远', tenant_key: feishu.tenantKey } });
  });

  it('signs a WeCom demo user in end to end through the OAuth page', async () => {
    const { wecom } = demoPlatformOrgs;
    const base = emulators.wecom.baseUrl;
    const page = await fetch(
      `${base}/connect/oauth2/authorize?appid=${wecom.corpId}&redirect_uri=${encodeURIComponent('http://127.0.0.1:3000/')}&response_type=code&scope=snsapi_base&agentid=${wecom.agentId}&emu_user=PeiZiMo`,
      { redirect: 'manual' },
    );
    const code = new URL(page.headers.get('location') ?? '').searchParams.get('code');
    const token = (
      await getJson<{ access_token: string }>(
        `${base}/cgi-bin/gettoken?corpid=${wecom.corpId}&corpsecret=${wecom.secret}`,
      )
    ).body.access_token;
    const info = await getJson(`${base}/cgi-bin/auth/getuserinfo?access_token=${token}&code=${code}`);
    expect(info.body).toMatchObject({ errcode: 0, userid: 'PeiZiMo' });
  });
});
