/**
 * Roles that set themselves up: mappings re-apply at each sign-in unless an admin set the role by hand, and the
 * mapping screen picks departments and people by name from each platform's directory (through the emulators).
 */

import type { Session } from '@shared/schemas/auth';
import type {
  Connection,
  DirectoryDepartments,
  DirectoryPeople,
  RoleMapping,
} from '@shared/schemas/platform';
import { startDingTalkEmulator } from '@test/emulators/dingtalk';
import { startFeishuEmulator } from '@test/emulators/feishu';
import { startWeComEmulator } from '@test/emulators/wecom';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const aesKey = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const feishuApp = {
  appSecret: 'feishu-secret',
  tenantKey: 'tenant-emu',
  encryptKey: 'feishu-encrypt-key',
  verificationToken: 'feishu-verify',
};
const feishuPeople = [
  { openId: 'ou_wangfang', name: '王芳', departmentIds: ['od-impl'] },
  { openId: 'ou_zhaolei', name: '赵磊', departmentIds: ['od-impl'] },
  { openId: 'ou_lizong', name: '李总', departmentIds: ['0'], isTenantManager: true },
];
const feishuDepartments = [
  { openDepartmentId: 'od-impl', name: '实施交付部' },
  { openDepartmentId: 'od-sales', name: '华东销售部' },
  { openDepartmentId: 'od-impl-east', name: '实施一组', parentId: 'od-impl' },
];

let app: TestApp;
let feishu: Awaited<ReturnType<typeof startFeishuEmulator>>;
let dingtalk: Awaited<ReturnType<typeof startDingTalkEmulator>>;
let wecom: Awaited<ReturnType<typeof startWeComEmulator>>;
let admin: TestUser;
let rep: TestUser;
let outsider: TestUser;
const connections: Record<string, Connection> = {};

beforeAll(async () => {
  [feishu, dingtalk, wecom] = await Promise.all([
    startFeishuEmulator(),
    startDingTalkEmulator(),
    startWeComEmulator(),
  ]);
  feishu.addApp({ appId: 'cli_full', ...feishuApp, users: feishuPeople, departments: feishuDepartments });
  // An app with only the user scope: it signs people in but may not read departments.
  feishu.addApp({
    appId: 'cli_narrow',
    ...feishuApp,
    tenantKey: 'tenant-narrow',
    users: feishuPeople,
    departments: feishuDepartments,
    contactScopes: ['contact:user.base:readonly'],
  });
  const dingTalkOrg = {
    clientSecret: 'emu-secret',
    agentId: '3001001',
    callbackToken: 'mryue',
    callbackAesKey: aesKey,
    users: [
      { userId: 'zhanghaoran', name: '张浩然', departmentIds: [2] },
      { userId: 'linxiaowen', name: '林晓雯', departmentIds: [1] },
    ],
    departments: [
      { id: 2, name: '实施交付部' },
      { id: 3, name: '华东销售部' },
    ],
  };
  dingtalk.addOrg({ corpId: 'dingfull', clientId: 'ding-full', ...dingTalkOrg });
  dingtalk.addOrg({
    corpId: 'dingnarrow',
    clientId: 'ding-narrow',
    ...dingTalkOrg,
    contactPermission: false,
  });
  wecom.addOrg({
    corpId: 'wwfull',
    agentId: '1000002',
    secret: 'wecom-secret',
    callbackToken: 'QDG6eK',
    callbackAesKey: aesKey,
    users: [
      { userId: 'wangfang', name: '王芳', departmentIds: [2] },
      { userId: 'zhaolei', name: '赵磊', departmentIds: [3] },
    ],
    departments: [
      { id: 2, name: '实施交付部' },
      { id: 3, name: '华东销售部' },
      { id: 4, name: '实施一组', parentId: 2 },
    ],
    visibleDepartmentIds: [2],
  });
  app = await startTestApp();
  const tenant = await makeTenant(app, '演示软件');
  admin = await makeUser(tenant, 'admin');
  rep = await makeUser(tenant, 'sales');
  outsider = await makeUser(await makeTenant(app), 'admin');
  const connect = async (name: string, body: Record<string, unknown>) => {
    const res = await app.api(admin.token).post<Connection>('/api/v1/platform/connections', body);
    if (res.status !== 201) throw new Error(`connecting ${name} answered ${res.status}`);
    connections[name] = res.body;
  };
  const feishuConnection = { platform: 'feishu', ...feishuApp, baseUrl: feishu.baseUrl };
  await connect('feishu', { ...feishuConnection, appId: 'cli_full' });
  await connect('feishuNarrow', { ...feishuConnection, appId: 'cli_narrow' });
  const dingTalkConnection = {
    platform: 'dingtalk',
    clientSecret: 'emu-secret',
    agentId: '3001001',
    callbackToken: 'mryue',
    callbackAesKey: aesKey,
    baseUrl: dingtalk.baseUrl,
  };
  await connect('dingtalk', { ...dingTalkConnection, corpId: 'dingfull', clientId: 'ding-full' });
  await connect('dingtalkNarrow', { ...dingTalkConnection, corpId: 'dingnarrow', clientId: 'ding-narrow' });
  await connect('wecom', {
    platform: 'wecom',
    corpId: 'wwfull',
    agentId: '1000002',
    secret: 'wecom-secret',
    callbackToken: 'QDG6eK',
    callbackAesKey: aesKey,
    baseUrl: wecom.baseUrl,
  });
});
afterAll(async () => {
  await app.close();
  await Promise.all([feishu.close(), dingtalk.close(), wecom.close()]);
});

const idOf = (name: string) => connections[name]?.id ?? '';
const departments = (token: string, name: string, parentId?: string) =>
  app
    .api(token)
    .get<DirectoryDepartments>(
      `/api/v1/platform/connections/${idOf(name)}/directory/departments${parentId ? `?parentId=${parentId}` : ''}`,
    );
const people = (token: string, name: string, q: string) =>
  app
    .api(token)
    .get<DirectoryPeople>(
      `/api/v1/platform/connections/${idOf(name)}/directory/people?q=${encodeURIComponent(q)}`,
    );
const signInFeishu = (appId: string, openId: string) =>
  app.api().post<Session>('/api/v1/auth/feishu', { appId, code: feishu.mintAuthCode({ appId, openId }) });
const map = (name: string, body: Record<string, unknown>) =>
  app
    .api(admin.token)
    .post<{ items: RoleMapping[] }>(`/api/v1/platform/connections/${idOf(name)}/role-mappings`, body);

describe('mappings re-apply at each sign-in', () => {
  it('makes a person mapped after their first sign-in 实施顾问 at their next sign-in', async () => {
    const first = await signInFeishu('cli_full', 'ou_wangfang');
    expect(first.body.user.role).toBe('sales');
    expect(
      (await map('feishu', { subject: 'user', externalId: 'ou_wangfang', role: 'implementer' })).status,
    ).toBe(200);
    const next = await signInFeishu('cli_full', 'ou_wangfang');
    expect(next.body.user).toMatchObject({ id: first.body.user.id, role: 'implementer' });
  });

  it('applies a department mapping picked after the first sign-in, too', async () => {
    const first = await signInFeishu('cli_full', 'ou_zhaolei');
    expect(first.body.user.role).toBe('sales');
    await map('feishu', {
      subject: 'department',
      externalId: 'od-impl',
      name: '实施交付部',
      role: 'implementer',
    });
    expect((await signInFeishu('cli_full', 'ou_zhaolei')).body.user.role).toBe('implementer');
  });

  it('makes the Feishu tenant’s manager an admin rather than 销售', async () => {
    expect((await signInFeishu('cli_full', 'ou_lizong')).body.user.role).toBe('admin');
  });

  it('keeps a role an admin set by hand, whatever the mappings say', async () => {
    const first = await signInFeishu('cli_full', 'ou_lizong');
    const set = await app.api(admin.token).patch(`/api/v1/users/${first.body.user.id}`, { role: 'manager' });
    expect(set.status).toBe(200);
    await map('feishu', { subject: 'user', externalId: 'ou_lizong', role: 'sales' });
    expect((await signInFeishu('cli_full', 'ou_lizong')).body.user.role).toBe('manager');
  });

  it('lists mappings by the name picked, not only the platform id', async () => {
    const list = await app
      .api(admin.token)
      .get<{ items: RoleMapping[] }>(`/api/v1/platform/connections/${idOf('feishu')}/role-mappings`);
    expect(list.body.items.find((mapping) => mapping.externalId === 'od-impl')).toMatchObject({
      subject: 'department',
      name: '实施交付部',
      role: 'implementer',
    });
  });
});

describe('GET /api/v1/platform/connections/:id/directory/departments', () => {
  it('answers 401 without a token, 403 to a non-admin and 404 to another tenant', async () => {
    expect(
      (await app.api().get(`/api/v1/platform/connections/${idOf('feishu')}/directory/departments`)).status,
    ).toBe(401);
    expect((await departments(admin.token, 'feishu')).status).toBe(200);
    expect((await departments(rep.token, 'feishu')).status).toBe(403);
    expect((await departments(outsider.token, 'feishu')).status).toBe(404);
  });

  it('refuses a malformed department id with the field named', async () => {
    const res = await departments(admin.token, 'feishu', 'a%20b');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: { parentId: expect.any(String) } },
    });
  });

  it('names Feishu departments under the root and under a chosen one', async () => {
    const root = await departments(admin.token, 'feishu');
    expect(root.body).toEqual({
      parentId: '0',
      isRoot: true,
      denied: false,
      items: [
        { id: 'od-impl', name: '实施交付部', parentId: '0' },
        { id: 'od-sales', name: '华东销售部', parentId: '0' },
      ],
    });
    const below = await departments(admin.token, 'feishu', 'od-impl');
    expect(below.body).toMatchObject({ isRoot: false, items: [{ id: 'od-impl-east', name: '实施一组' }] });
  });

  it('says a Feishu app without the department scope is denied instead of failing', async () => {
    const res = await departments(admin.token, 'feishuNarrow');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ parentId: '0', isRoot: true, denied: true, items: [] });
  });

  it('names DingTalk departments, and says so when the app lacks the contact permission', async () => {
    const res = await departments(admin.token, 'dingtalk');
    expect(res.body).toMatchObject({ parentId: '1', denied: false });
    expect(res.body.items.map((department) => department.name)).toEqual(['实施交付部', '华东销售部']);
    expect((await departments(admin.token, 'dingtalkNarrow')).body).toMatchObject({
      denied: true,
      items: [],
    });
  });

  it('names WeCom departments within the app’s visible range and is denied outside it', async () => {
    expect((await departments(admin.token, 'wecom')).body).toMatchObject({
      isRoot: true,
      denied: false,
      items: [{ id: '2', name: '实施交付部', parentId: '1' }],
    });
    expect((await departments(admin.token, 'wecom', '2')).body).toMatchObject({
      denied: false,
      items: [{ id: '4', name: '实施一组', parentId: '2' }],
    });
    expect((await departments(admin.token, 'wecom', '3')).body).toMatchObject({ denied: true, items: [] });
  });
});

describe('GET /api/v1/platform/connections/:id/directory/people', () => {
  it('answers 401 without a token, 403 to a non-admin and 404 to another tenant', async () => {
    expect(
      (await app.api().get(`/api/v1/platform/connections/${idOf('dingtalk')}/directory/people`)).status,
    ).toBe(401);
    expect((await people(admin.token, 'dingtalk', '张')).status).toBe(200);
    expect((await people(rep.token, 'dingtalk', '张')).status).toBe(403);
    expect((await people(outsider.token, 'dingtalk', '张')).status).toBe(404);
  });

  it('refuses a query longer than a name', async () => {
    const res = await people(admin.token, 'dingtalk', '张'.repeat(51));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: { q: expect.any(String) } },
    });
  });

  it('finds people by name on each platform', async () => {
    expect((await people(admin.token, 'dingtalk', '浩然')).body).toEqual({
      items: [{ id: 'zhanghaoran', name: '张浩然' }],
      denied: false,
      fromSignIns: false,
    });
    expect((await people(admin.token, 'feishu', '王')).body.items).toEqual([
      { id: 'ou_wangfang', name: '王芳' },
    ]);
    expect((await people(admin.token, 'feishu', '李')).body.items).toEqual([
      { id: 'ou_lizong', name: '李总' },
    ]);
    expect((await people(admin.token, 'wecom', '王')).body.items).toEqual([{ id: 'wangfang', name: '王芳' }]);
    expect((await people(admin.token, 'wecom', '赵')).body.items).toEqual([]);
  });

  it('says a DingTalk app without the contact permission is denied the name search', async () => {
    expect((await people(admin.token, 'dingtalkNarrow', '张')).body).toEqual({
      items: [],
      denied: true,
      fromSignIns: true,
    });
  });

  it('offers the people who signed in through a Feishu app the directory refuses', async () => {
    const signedIn = await signInFeishu('cli_narrow', 'ou_zhaolei');
    expect(signedIn.status).toBe(200);
    expect((await people(admin.token, 'feishuNarrow', '赵')).body).toEqual({
      items: [{ id: 'ou_zhaolei', name: '赵磊' }],
      denied: true,
      fromSignIns: true,
    });
  });
});
