/**
 * Journey: an implementer opens Fieldloop inside Feishu, starts a project for a mid-size customer from the
 * mid-size standard template, ticks a photo task (a photo chosen on the phone) and a sign-off task (the customer
 * signs on the screen), reports a blocker and sees the project's health change — and the project owner's Feishu
 * receives exactly one blocker message. The acceptance sign-off warns of an undelivered go-live requirement and
 * keeps the customer's reason; a blocker with a date moves the projected go-live past the target.
 */
import { newId } from '@server/core/ids';
import { createSignInLink } from '@server/features/auth/links';
import { personForPlatformIdentity } from '@server/features/users/service';
import type { Connection } from '@shared/schemas/platform';
import { startFeishuEmulator } from '@test/emulators/feishu';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { runOutbox } from '@test/helpers/outbox';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPlatformPhone, type PlatformPhone } from './platform-phone';

const skipReason = inject('e2eSkipReason');

const appId = 'cli_e2eimpl00000001';
const implementer = { openId: 'ou_e2e_he', name: '何嘉怡' };
const owner = { openId: 'ou_e2e_lin', name: '林若溪' };

/** A real JPEG drawn by the browser, as a phone camera would hand one over. */
async function sitePhoto(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const context = canvas.getContext('2d');
    if (context) {
      context.fillStyle = '#3a7d5c';
      context.fillRect(0, 0, 320, 240);
      context.fillStyle = '#f4d35e';
      context.fillRect(40, 60, 120, 90);
    }
    return canvas.toDataURL('image/jpeg', 0.9);
  });
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

async function messagesTo(baseUrl: string, recipient: string): Promise<{ content: unknown }[]> {
  const response = await fetch(`${baseUrl}/__emu/messages?recipient=${recipient}`);
  return (await response.json()) as { content: unknown }[];
}

/** The row of the first open task that demands this evidence ("需拍照", "需客户签字"). */
function openTaskNeeding(page: Page, evidenceLabel: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByText(evidenceLabel, { exact: true }) })
    .filter({ has: page.getByRole('button', { name: /^完成：/, pressed: false }) })
    .first();
}

describe.skipIf(skipReason !== null)('an implementer works a project on the phone inside Feishu', () => {
  let app: TestApp;
  let emulator: Awaited<ReturnType<typeof startFeishuEmulator>>;
  let tenant: TestTenant;
  let admin: TestUser;
  let ownerId = '';
  let phone: PlatformPhone;
  let page: Page;
  let projectId = '';
  let blockedTitle = '';
  let customerId = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    emulator = await startFeishuEmulator();
    emulator.addApp({
      appId,
      appSecret: 'fs-impl-secret',
      tenantKey: 'tenant-impl',
      encryptKey: 'fs-impl-encrypt',
      verificationToken: 'fs-impl-verify',
      users: [
        { openId: implementer.openId, name: implementer.name, departmentIds: ['od-delivery'] },
        { openId: owner.openId, name: owner.name, departmentIds: ['od-delivery'] },
      ],
    });
    tenant = await makeTenant(app, '云帆科技');
    admin = await makeUser(tenant, 'admin', '顾清和');
    const api = app.api(admin.token);
    const connection = await api.post<Connection>('/api/v1/platform/connections', {
      platform: 'feishu',
      appId,
      appSecret: 'fs-impl-secret',
      encryptKey: 'fs-impl-encrypt',
      verificationToken: 'fs-impl-verify',
      baseUrl: emulator.baseUrl,
    });
    expect(connection.status).toBe(201);
    const mapping = await api.post(`/api/v1/platform/connections/${connection.body.id}/role-mappings`, {
      subject: 'user',
      externalId: implementer.openId,
      role: 'implementer',
    });
    expect(mapping.status).toBe(200);
    // The delivery lead who will own the project has used Fieldloop from Feishu before.
    const lead = await personForPlatformIdentity(
      tenant.tdb,
      {
        connectionId: connection.body.id,
        platform: 'feishu',
        externalId: owner.openId,
        unionId: null,
        name: owner.name,
        avatarUrl: null,
        mobile: null,
        email: null,
        department: null,
      },
      { mapped: null, fallback: 'pm' },
    );
    ownerId = lead.id;
    const installed = await api.post('/api/v1/templates/install-standard');
    expect(installed.status).toBeLessThan(300);
    customerId = await makeCustomer(admin, { name: '星河精密制造', segment: 'mid' });

    phone = await openPlatformPhone({
      baseURL: app.url,
      bridge: { platform: 'feishu', baseUrl: emulator.baseUrl, orgKey: appId, userId: implementer.openId },
    });
    page = await phone.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`/sign-in?appId=${appId}`);
    await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
  });

  afterAll(async () => {
    await phone?.close();
    await emulator?.close();
    await app?.close();
  });

  it('starts a project from the mid-size template for a mid-size customer', async () => {
    await page.getByRole('link', { name: '实施' }).click();
    await page.getByRole('heading', { name: '实施', level: 1 }).waitFor();
    await page.getByRole('heading', { name: '还没有实施项目' }).waitFor();
    await page.getByRole('button', { name: '新建项目' }).first().click();
    await page.getByRole('heading', { name: '新建实施项目', level: 1 }).waitFor();
    await page.getByRole('button', { name: '创建项目' }).click();
    await expect.poll(() => page.locator('#project-customerId-error').textContent()).toBeTruthy();

    await page.getByRole('button', { name: /^客户：/ }).click();
    await page.getByRole('searchbox', { name: '搜索客户名称' }).fill('星河');
    await page.getByRole('button', { name: /星河精密制造/ }).click();
    await expect.poll(() => page.locator('#project-customerId-error').count()).toBe(0);
    // The template made for mid-size companies is chosen for a mid-size customer.
    const chosen = page.getByRole('group', { name: '实施模板' }).getByRole('button', { pressed: true });
    await expect.poll(() => chosen.textContent()).toContain('适合中型企业');
    expect(await page.locator('#project-templateId-error').count()).toBe(0);

    await page.getByRole('textbox', { name: '指标' }).fill('工单平均处理时长');
    await page.getByRole('textbox', { name: '基线' }).fill('48');
    await page.getByRole('textbox', { name: '目标' }).fill('24');
    await page.getByRole('textbox', { name: '单位' }).fill('小时');
    await page.screenshot({ path: '/tmp/fieldloop-e2e-implementation-create.png', fullPage: true });
    await page.getByRole('button', { name: '创建项目' }).click();

    await page.getByRole('heading', { name: '星河精密制造', level: 1 }).waitFor();
    projectId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await expect.poll(() => page.getByText('进展正常').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('工单平均处理时长').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: '阶段时间线' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: '需求调研' }).isVisible()).toBe(true);

    // The delivery lead takes the project over; the implementer stays on it as a member.
    const me = await page.evaluate(async () => {
      const token = localStorage.getItem('fieldloop.token');
      const response = await fetch('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
      return ((await response.json()) as { id: string }).id;
    });
    const planned = await app
      .api(admin.token)
      .get<{ plannedEndDate: string }>(`/api/v1/projects/${projectId}`);
    const handover = await app.api(admin.token).patch(`/api/v1/projects/${projectId}`, {
      ownerId,
      memberIds: [me],
      goLiveTarget: planned.body.plannedEndDate,
    });
    expect(handover.status).toBe(200);
    await page.reload();
    await page.getByRole('heading', { name: '需求调研' }).waitFor();
    await page.screenshot({ path: '/tmp/fieldloop-e2e-implementation-project.png' });
  });

  it('ticks a photo task with a photo taken on the phone', async () => {
    const row = openTaskNeeding(page, '需拍照');
    const title =
      (await row.getByRole('button', { name: /^完成：/ }).getAttribute('aria-label'))?.slice(3) ?? '';
    await row.getByRole('button', { name: /^完成：/ }).click();
    const sheet = page.getByRole('form', { name: '拍照并完成' });
    await sheet.waitFor();
    await expect.poll(() => sheet.getByRole('button', { name: '完成' }).isDisabled()).toBe(true);
    // The camera opens through a file chooser on every host; the phone hands back one photo.
    const chooser = page.waitForEvent('filechooser');
    await sheet.getByRole('button', { name: /^拍照/ }).click();
    await (await chooser).setFiles({
      name: 'site.jpg',
      mimeType: 'image/jpeg',
      buffer: await sitePhoto(page),
    });
    await sheet.getByRole('img', { name: '第 1 张照片' }).waitFor();
    await page.screenshot({ path: '/tmp/fieldloop-e2e-implementation-photo.png' });
    await sheet.getByRole('button', { name: '完成' }).click();
    await page.getByRole('button', { name: `改为未完成：${title}` }).waitFor();
    await expect.poll(() => page.getByText('等待同步…').count()).toBe(0);
  });

  it('ticks a sign-off task with the customer signing on the screen', async () => {
    const row = openTaskNeeding(page, '需客户签字');
    const title =
      (await row.getByRole('button', { name: /^完成：/ }).getAttribute('aria-label'))?.slice(3) ?? '';
    await row.getByRole('button', { name: /^完成：/ }).click();
    const sheet = page.getByRole('form', { name: '客户签字确认' });
    await sheet.waitFor();
    await sheet.getByRole('textbox', { name: '签字人姓名' }).fill('王建国');
    const canvas = sheet.getByRole('img', { name: /签名区域/ });
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the signature canvas is not on screen');
    await page.mouse.move(box.x + 30, box.y + 100);
    await page.mouse.down();
    for (const [dx, dy] of [
      [60, 40],
      [110, 120],
      [170, 60],
      [230, 130],
      [300, 80],
    ] as const) {
      await page.mouse.move(box.x + dx, box.y + dy, { steps: 6 });
    }
    await page.mouse.up();
    await sheet.getByRole('button', { name: '完成' }).click();
    await page.getByRole('button', { name: `改为未完成：${title}` }).waitFor();
    await expect.poll(() => page.getByText('等待同步…').count()).toBe(0);

    const project = await app.api(admin.token).get<{
      phases: {
        tasks: {
          title: string;
          proof: { signature: { signerName: string; attachment: { mime: string } } | null };
        }[];
      }[];
    }>(`/api/v1/projects/${projectId}`);
    const signed = project.body.phases.flatMap((phase) => phase.tasks).find((task) => task.title === title);
    expect(signed?.proof.signature?.signerName).toBe('王建国');
    expect(signed?.proof.signature?.attachment.mime).toBe('image/png');
  });

  it('warns at the acceptance sign-off that a go-live requirement is not delivered and keeps the reason', async () => {
    const promised = await app.api(admin.token).post('/api/v1/requirements', {
      clientId: newId(),
      customerId,
      importance: 'important',
      title: '老系统会员数据迁移',
      goLive: true,
    });
    expect(promised.status).toBe(201);
    await page.reload();
    const title = '客户 UAT 签字确认';
    await page.getByRole('button', { name: `完成：${title}` }).click();
    const sheet = page.getByRole('form', { name: '客户签字确认' });
    await sheet.waitFor();
    await sheet.getByText(/还有 1 项上线必需需求未交付：「老系统会员数据迁移」/).waitFor();
    await sheet.getByRole('textbox', { name: '签字人姓名' }).fill('王建国');
    const canvas = sheet.getByRole('img', { name: /签名区域/ });
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the signature canvas is not on screen');
    await page.mouse.move(box.x + 30, box.y + 100);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + 60, { steps: 8 });
    await page.mouse.up();
    // Signed and named, it still waits for the reason the customer goes on.
    await expect.poll(() => sheet.getByRole('button', { name: '完成' }).isDisabled()).toBe(true);
    await sheet.getByRole('textbox', { name: '继续验收的原因' }).fill('客户同意先上线，数据迁移下周补做');
    await page.screenshot({ path: '/tmp/fieldloop-e2e-implementation-signoff-warning.png', fullPage: true });
    await sheet.getByRole('button', { name: '完成' }).click();
    await page.getByRole('button', { name: `改为未完成：${title}` }).waitFor();
    await expect.poll(() => page.getByText('等待同步…').count()).toBe(0);
    await page.getByText('继续验收的原因：客户同意先上线，数据迁移下周补做').waitFor();
    await page.getByText('签字时未交付：「老系统会员数据迁移」').waitFor();
  });

  it('keeps a tick made without network and sends it when the network returns', async () => {
    // A configuration task of the standard template that needs no evidence.
    const title = '完成组织、角色与字段配置';
    const tick = page.getByRole('button', { name: `完成：${title}` });
    await phone.context.setOffline(true);
    await tick.click();
    await page.getByRole('button', { name: `改为未完成：${title}` }).waitFor();
    await page.getByText('等待同步…').waitFor();
    await expect.poll(() => page.getByText('待发送 1 条').isVisible()).toBe(true);

    await phone.context.setOffline(false);
    await expect.poll(() => page.getByText('等待同步…').count(), { timeout: 15_000 }).toBe(0);
    const project = await app.api(admin.token).get<{
      phases: { tasks: { title: string; doneAt: string | null }[] }[];
    }>(`/api/v1/projects/${projectId}`);
    const sent = project.body.phases.flatMap((phase) => phase.tasks).find((task) => task.title === title);
    expect(sent?.doneAt).not.toBeNull();
  });

  it('reports a blocker, sees the health change and the owner is told once', async () => {
    const summary = page.getByRole('region', { name: '项目概况' });
    await expect.poll(() => summary.getByText('进展正常').isVisible()).toBe(true);
    await expect.poll(() => summary.getByText('在目标之内').isVisible()).toBe(true);
    const row = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: /^完成：/, pressed: false }) })
      .first();
    const title =
      (await row.getByRole('button', { name: /^完成：/ }).getAttribute('aria-label'))?.slice(3) ?? '';
    // Taking the task on first puts it in my 今日待办.
    await row.getByRole('button', { name: /^更多操作：/ }).click();
    await page.getByText('指派给我', { exact: true }).click();
    await row.getByText(implementer.name).waitFor();
    await row.getByRole('button', { name: /^更多操作：/ }).click();
    await page.getByText('登记阻塞', { exact: true }).first().click();
    const sheet = page.getByRole('form', { name: '登记阻塞' });
    await sheet.getByRole('textbox', { name: '阻塞原因' }).fill('客户 IT 尚未开通测试环境');
    // The customer can only start three weeks after the task was due: the work after it moves with it.
    const before = await app.api(admin.token).get<{
      phases: { tasks: { title: string; dueDate: string }[] }[];
    }>(`/api/v1/projects/${projectId}`);
    const due = before.body.phases
      .flatMap((phase) => phase.tasks)
      .find((task) => task.title === title)?.dueDate;
    const until = new Date(Date.parse(`${due}T00:00:00Z`) + 21 * 86_400_000).toISOString().slice(0, 10);
    await sheet.getByLabel('预计可继续的日期（选填）').fill(until);
    await sheet.getByRole('button', { name: '登记阻塞' }).click();

    await page.getByText('受阻：客户 IT 尚未开通测试环境').waitFor();
    await expect.poll(() => summary.getByText(/比目标晚 \d+ 天/).isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(/受阻影响，预计 .+ 完成/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    blockedTitle = title;
    await expect.poll(() => summary.getByText('有风险').isVisible()).toBe(true);
    await expect.poll(() => summary.getByText(/有任务受阻/).isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/fieldloop-e2e-implementation-blocked.png', fullPage: true });

    await runOutbox(app);
    const toOwner = await messagesTo(emulator.baseUrl, owner.openId);
    expect(toOwner).toHaveLength(1);
    expect(JSON.stringify(toOwner[0]?.content)).toContain('客户 IT 尚未开通测试环境');
    expect(await messagesTo(emulator.baseUrl, implementer.openId)).toHaveLength(0);
  });

  it('lets the owner share a status page the customer opens without signing in', async () => {
    // The owner opens the project from her own Feishu and makes the link.
    const ownerPhone = await openPlatformPhone({
      baseURL: app.url,
      bridge: { platform: 'feishu', baseUrl: emulator.baseUrl, orgKey: appId, userId: owner.openId },
    });
    const ownerPage = await ownerPhone.context.newPage();
    ownerPage.on('pageerror', (error) => pageErrors.push(error.message));
    await ownerPage.goto(`/sign-in?appId=${appId}`);
    await ownerPage.getByRole('heading', { name: '客户', level: 1 }).waitFor();
    await ownerPage.goto(`/implementation/projects/${projectId}`);
    await ownerPage.getByRole('button', { name: '分享', exact: true }).click();
    await ownerPage.getByRole('button', { name: '生成分享链接' }).click();
    const link = ownerPage.getByText(/\/status\//);
    await link.waitFor();
    // Inside Feishu the link goes out as a card through Feishu's own share sheet.
    await ownerPage.getByRole('button', { name: '发送到飞书' }).click();
    await ownerPage.getByText('已打开飞书分享').waitFor();
    const shareCalls = await ownerPage.evaluate(() =>
      (
        window as unknown as { __FIELDLOOP_BRIDGE_CALLS__: { name: string; params: { url?: string } }[] }
      ).__FIELDLOOP_BRIDGE_CALLS__.filter((call) => call.name === 'share'),
    );
    expect(shareCalls).toHaveLength(1);
    expect(shareCalls[0]?.params.url).toContain('/status/');
    await expect.poll(() => ownerPage.getByRole('button', { name: '复制链接' }).isVisible()).toBe(true);
    await expect.poll(() => ownerPage.getByRole('link', { name: '打开' }).isVisible()).toBe(true);
    const shared = new URL((await link.textContent()) ?? '');
    await ownerPhone.close();

    // At a desk, outside any platform, the same link is a QR code the customer scans from the screen.
    const desk = await phone.browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 900 } });
    const deskPage = await desk.newPage();
    deskPage.on('pageerror', (error) => pageErrors.push(error.message));
    const ownerId = (
      await tenant.tdb.selectFrom('users').select('id').where('name', '=', owner.name).executeTakeFirst()
    )?.id;
    await deskPage.goto(
      await createSignInLink(tenant.tdb, { userId: ownerId ?? '', publicUrl: app.url, validHours: 1 }),
    );
    await deskPage.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await deskPage.goto(`/implementation/projects/${projectId}`);
    await deskPage.getByRole('button', { name: '分享', exact: true }).click();
    await deskPage.getByRole('button', { name: '生成分享链接' }).click();
    const qr = deskPage.getByRole('img', { name: '星河精密制造的实施进度页二维码' });
    await qr.waitFor();
    expect((await qr.locator('path').getAttribute('d'))?.length).toBeGreaterThan(1000);
    expect(await deskPage.getByRole('button', { name: /^发送到/ }).count()).toBe(0);
    await deskPage.screenshot({ path: '/tmp/fieldloop-e2e-share-qr.png' });
    await desk.close();

    // A signed token ends in a long signature after a dot: still a page, whatever characters the signature has.
    const alphanumericSignature = await fetch(`${app.url}/status/WyJhIl0.${'a1B2c3D4e5'.repeat(4)}xyz`);
    expect(alphanumericSignature.status).toBe(200);
    expect(await alphanumericSignature.text()).toContain('<div id="root">');

    const customer = await phone.browser.newContext({
      baseURL: app.url,
      viewport: { width: 390, height: 844 },
    });
    const status = await customer.newPage();
    status.on('pageerror', (error) => pageErrors.push(error.message));
    await status.goto(`${shared.pathname}${shared.search}`);
    await status.getByRole('heading', { name: '星河精密制造', level: 1 }).waitFor();
    await expect.poll(() => status.getByText('需求调研').first().isVisible()).toBe(true);
    await expect.poll(() => status.getByText('已完成 1/3 项').isVisible()).toBe(true);
    // What the customer's side is asked for now, and when the go-live is now expected.
    const asks = status.getByRole('region', { name: '需要您配合' });
    await expect.poll(() => asks.getByRole('listitem').count()).toBeGreaterThan(0);
    await expect.poll(() => status.getByText(/预计上线：/).isVisible()).toBe(true);
    // No blocker text (internal), no tab bar of the signed-in app.
    expect(await status.getByText('客户 IT 尚未开通测试环境').count()).toBe(0);
    expect(await status.getByRole('navigation').count()).toBe(0);
    await status.screenshot({ path: '/tmp/fieldloop-e2e-implementation-status.png', fullPage: true });
    await customer.close();
  });

  it('lists the project at risk, with its reason, on the 实施 tab', async () => {
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('heading', { name: '实施', level: 1 }).waitFor();
    const projects = page.getByRole('region', { name: '我的项目' });
    const row = projects.getByRole('link', { name: /星河精密制造/ });
    await row.waitFor();
    await expect.poll(() => row.getByText('有风险').isVisible()).toBe(true);
    await expect.poll(() => row.getByText(/有任务受阻/).isVisible()).toBe(true);
    await expect.poll(() => row.getByText(/预计 /).isVisible()).toBe(true);
    const today = page.getByRole('region', { name: '今日待办' });
    const blocked = today.getByRole('listitem').filter({ hasText: blockedTitle }).first();
    await expect.poll(() => blocked.getByText('受阻：客户 IT 尚未开通测试环境').isVisible()).toBe(true);
    await expect.poll(() => blocked.getByText(/^受阻 ·/).isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/fieldloop-e2e-implementation-tab.png', fullPage: true });
  });

  it('shows the project under 实施 on the customer’s page', async () => {
    await page.getByRole('link', { name: '客户' }).click();
    await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
    await page.getByRole('link', { name: /星河精密制造/ }).click();
    const section = page.getByRole('region', { name: '实施' });
    await section.waitFor();
    await expect.poll(() => section.getByText('有风险').isVisible()).toBe(true);
    await section.getByRole('link', { name: /星河精密制造/ }).click();
    await page.getByRole('region', { name: '项目概况' }).waitFor();
  });

  it('leaves no script errors behind', () => {
    expect(pageErrors).toEqual([]);
  });
});
