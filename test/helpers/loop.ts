/**
 * The world of the requirements-loop test: a DingTalk organisation and a Feishu app on their emulators, both
 * connected to one tenant with an admin and a PM, and three reps who signed in from the platforms (two on DingTalk,
 * one on Feishu), so every decision reaches them as a platform message.
 */
import type { Session } from '@shared/schemas/auth';
import type { Requirement } from '@shared/schemas/requirements';
import { uuidv7 } from 'uuidv7';
import { expect } from 'vitest';
import { startDingTalkEmulator } from '../emulators/dingtalk';
import { startFeishuEmulator } from '../emulators/feishu';
import { startTestApp } from './app';
import { makeTenant, makeUser, type TestUser } from './factories';

const corpId = 'dingloopcorp';
const dingApp = { clientId: 'dingloopclient', clientSecret: 'emu-secret', agentId: '3001002' };
const dingCallback = {
  callbackToken: 'mryue',
  callbackAesKey: 'Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7',
};
const feishuApp = {
  appId: 'cli_looptest0001',
  appSecret: 'feishu-secret',
  encryptKey: 'feishu-encrypt-key',
  verificationToken: 'feishu-verify',
};

export async function startLoopWorld() {
  const [ding, feishu, app] = await Promise.all([
    startDingTalkEmulator(),
    startFeishuEmulator(),
    startTestApp(),
  ]);
  ding.addOrg({
    corpId,
    corpName: '示例科技',
    ...dingApp,
    ...dingCallback,
    users: [
      { userId: 'zhanghaoran', name: '张浩然', departmentIds: [2] },
      { userId: 'linxiaowen', name: '林晓雯', departmentIds: [2] },
    ],
  });
  feishu.addApp({
    ...feishuApp,
    tenantKey: 'tenant-loop',
    users: [{ openId: 'ou_wangfang', unionId: 'on_wangfang', name: '王芳', departmentIds: ['od-1'] }],
  });
  const tenant = await makeTenant(app, '示例科技');
  const admin = await makeUser(tenant, 'admin', '周敏');
  const pm = await makeUser(tenant, 'pm', '陈思远');
  await app.api(admin.token).post('/api/v1/platform/connections', {
    platform: 'dingtalk',
    corpId,
    ...dingApp,
    ...dingCallback,
    baseUrl: ding.baseUrl,
  });
  const fsConnection = await app.api(admin.token).post<{ id: string }>('/api/v1/platform/connections', {
    platform: 'feishu',
    ...feishuApp,
    baseUrl: feishu.baseUrl,
  });
  const platformRep = async (path: string, body: Record<string, string>, name: string): Promise<TestUser> => {
    const session = await app.api().post<Session>(path, body);
    expect(session.status).toBe(200);
    return { id: session.body.user.id, name, role: 'sales', token: session.body.token, tenant };
  };
  const dingCode = (userId: string) => ding.mintAuthCode({ corpId, userId });
  const rep1 = await platformRep(
    '/api/v1/auth/dingtalk',
    { corpId, code: dingCode('zhanghaoran') },
    '张浩然',
  );
  const rep2 = await platformRep('/api/v1/auth/dingtalk', { corpId, code: dingCode('linxiaowen') }, '林晓雯');
  const fsCode = feishu.mintAuthCode({ appId: feishuApp.appId, openId: 'ou_wangfang' });
  const fsRep = await platformRep('/api/v1/auth/feishu', { appId: feishuApp.appId, code: fsCode }, '王芳');
  const capture = async (rep: TestUser, title: string, customerId: string): Promise<Requirement> => {
    const res = await app.api(rep.token).post<Requirement>('/api/v1/requirements', {
      clientId: uuidv7(),
      title,
      customerId,
      quote: '客户原话',
      importance: 'important',
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const close = async () => {
    await app.close();
    await Promise.all([ding.close(), feishu.close()]);
  };
  return {
    app,
    ding,
    feishu,
    tenant,
    admin,
    pm,
    rep1,
    rep2,
    fsRep,
    feishuConnectionId: fsConnection.body.id,
    feishuAppId: feishuApp.appId,
    capture,
    close,
    dingMessagesTo: (userId: string) => ding.sentMessages().filter((m) => m.recipient === userId),
    feishuMessagesTo: (openId: string) => feishu.sentMessages().filter((m) => m.recipient === openId),
  };
}

export type LoopWorld = Awaited<ReturnType<typeof startLoopWorld>>;
