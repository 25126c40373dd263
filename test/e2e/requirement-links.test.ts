/**
 * Journey: a rep records a requirement from the visit they just logged and finds it on the customer's timeline;
 * from the customer's implementation project they record one that must ship for go-live, and the project lists it
 * as an acceptance item.
 */
import { createSignInLink } from '@server/features/auth/links';
import type { Project, Template } from '@shared/schemas/implementation';
import type { Visit } from '@shared/schemas/visits';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');

describe.skipIf(skipReason !== null)('requirements captured from a visit and a project', () => {
  let app: TestApp;
  let phone: Phone;
  let page: Page;
  let rep: TestUser;
  let customerId = '';
  let projectId = '';
  let implementer: TestUser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const tenant = await makeTenant(app, '鲜丰科技');
    rep = await makeUser(tenant, 'sales', '张浩然');
    customerId = await makeCustomer(rep, { name: '杭州鲜丰汇零售', segment: 'mid' });
    phone = await openPhone({ baseURL: app.url });
    page = await phone.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(
      await createSignInLink(tenant.tdb, { userId: rep.id, publicUrl: app.url, validHours: 1 }),
    );
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  });

  afterAll(async () => {
    await phone?.close();
    await app?.close();
  });

  async function captureRequirement(
    title: string,
    options: { goLive?: boolean; quoteFromVisit?: string } = {},
  ): Promise<void> {
    await page.getByRole('button', { name: '记录需求' }).click();
    await page.getByRole('heading', { name: '记录需求', level: 1 }).waitFor();
    await page.getByLabel('需求标题').fill(title);
    if (options.quoteFromVisit) {
      await page.getByRole('button', { name: '用拜访的沟通记录填写' }).click();
      expect(await page.getByLabel('客户原话').inputValue()).toBe(options.quoteFromVisit);
    }
    await page.getByRole('button', { name: '重要', exact: true }).click();
    // The customer comes from the visit or project; the form is ready when its name shows.
    await page.getByText('杭州鲜丰汇零售').first().waitFor();
    if (options.goLive) {
      await page.getByRole('switch', { name: '上线必需' }).click();
      await page.screenshot({ path: '/tmp/fieldloop-e2e-capture-go-live.png', fullPage: true });
    }
    await page.getByRole('button', { name: '提交需求' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/requirements/new'));
  }

  it('records a requirement from the visit detail page and shows it on the customer timeline', async () => {
    const visit = await app.api(rep.token).post<Visit>('/api/v1/visits', {
      clientId: crypto.randomUUID(),
      customerId,
      kind: 'onsite',
      notes: '店长希望盘点时少录一遍',
    });
    await page.goto(`/visits/${visit.body.id}`);
    await captureRequirement('盘点支持扫码枪批量录入', { quoteFromVisit: '店长希望盘点时少录一遍' });
    await page.goto(`/customers/${customerId}`);
    const timeline = page.getByRole('region', { name: '拜访时间线' });
    const entry = timeline.getByRole('link', { name: /需求 · 盘点支持扫码枪批量录入/ });
    await entry.waitFor();
    await expect.poll(() => entry.textContent()).toContain('新提交');
    const after = await app.api(rep.token).get<Visit>(`/api/v1/visits/${visit.body.id}`);
    expect(after.body.evidence.parts.requirement).toBe(20);
    const listed = await app
      .api(rep.token)
      .get<{ items: { id: string; title: string }[] }>('/api/v1/requirements?q=盘点');
    const captured = listed.body.items.find((item) => item.title === '盘点支持扫码枪批量录入');
    const detail = await app
      .api(rep.token)
      .get<{ mentions: { quote: string | null }[] }>(`/api/v1/requirements/${captured?.id}`);
    expect(detail.body.mentions[0]?.quote).toBe('店长希望盘点时少录一遍');
  });

  it('marks a requirement from the project as must ship for go-live, and the project lists it', async () => {
    const admin = await makeUser(rep.tenant, 'admin', '沈嘉怡');
    implementer = await makeUser(rep.tenant, 'implementer', '刘思远');
    await app.api(admin.token).post('/api/v1/templates/install-standard');
    const templates = await app.api(implementer.token).get<Template[]>('/api/v1/templates');
    const project = await app.api(implementer.token).post<Project>('/api/v1/projects', {
      customerId,
      templateId: templates.body.find((t) => t.segment === 'mid')?.id,
      startDate: new Date().toISOString().slice(0, 10),
    });
    expect(project.status).toBe(201);
    projectId = project.body.id;
    await page.goto(`/implementation/projects/${project.body.id}`);
    await captureRequirement('上线前迁移老系统会员数据', { goLive: true });
    await page.goto(`/implementation/projects/${project.body.id}`);
    const acceptance = page.getByRole('region', { name: '验收清单' });
    await acceptance.getByText('上线前迁移老系统会员数据').waitFor();
    await page.screenshot({ path: '/tmp/fieldloop-e2e-project-acceptance.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('lists the go-live requirement on the UAT sign-off the customer signs', async () => {
    const context = await phone.browser.newContext({
      baseURL: app.url,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const site = await context.newPage();
    site.on('pageerror', (error) => pageErrors.push(error.message));
    await site.goto(
      await createSignInLink(rep.tenant.tdb, { userId: implementer.id, publicUrl: app.url, validHours: 1 }),
    );
    await site.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await site.goto(`/implementation/projects/${projectId}`);
    await site.getByRole('button', { name: '完成：客户 UAT 签字确认' }).click();
    const sheet = site.getByRole('form', { name: '客户签字确认' });
    const acceptance = sheet.getByRole('region', { name: '验收时需确认的上线必需需求' });
    // Listed, and (not yet released) named again in the warning that asks for a reason to go on.
    await acceptance.getByRole('listitem').filter({ hasText: '上线前迁移老系统会员数据' }).waitFor();
    await sheet
      .getByText(/项上线必需需求未交付/)
      .first()
      .waitFor();
    await site.screenshot({ path: '/tmp/fieldloop-e2e-uat-signoff.png' });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lets a PM mark a mention as must ship for go-live from the workbench', async () => {
    const pm = await makeUser(rep.tenant, 'pm', '林晓雯');
    const [requirement] = (
      await app
        .api(pm.token)
        .get<{ items: { id: string; title: string }[] }>('/api/v1/requirements?sort=newest')
    ).body.items.filter((item) => item.title === '盘点支持扫码枪批量录入');
    const context = await phone.browser.newContext({
      baseURL: app.url,
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
    });
    const desk = await context.newPage();
    desk.on('pageerror', (error) => pageErrors.push(error.message));
    await desk.goto(
      await createSignInLink(rep.tenant.tdb, { userId: pm.id, publicUrl: app.url, validHours: 1 }),
    );
    await desk.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await desk.goto(`/desk/requirements/${requirement?.id}`);
    await desk.getByRole('switch', { name: '杭州鲜丰汇零售 上线必需' }).click();
    await desk.getByText('已标为上线必需').waitFor();
    await expect
      .poll(async () => (await desk.getByRole('switch').first().getAttribute('aria-checked')) ?? '')
      .toBe('true');
    // The reporter filter finds any colleague by name, not only the PM.
    await desk.goto('/desk/requirements');
    await desk.getByRole('combobox', { name: '提交人' }).fill('张浩');
    await desk.locator('.ant-select-dropdown').getByText('张浩然').click();
    await desk.getByRole('cell', { name: '盘点支持扫码枪批量录入' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
