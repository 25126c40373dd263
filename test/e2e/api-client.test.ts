/**
 * The one HTTP client as a rep meets it on the customer list: what it sends (token, language, only the filters
 * set) and what each kind of failure becomes on screen: the server's own message, "service unavailable" for a
 * page that is not ours, "network unavailable" when nothing answers, and the login page when the session is gone.
 */
import { startTestApp } from '@test/helpers/app';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');
const customerList = '**/api/v1/customers?*';

describe.skipIf(skipReason !== null)('the api client on a phone', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let phone: Phone;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp({ seedDemo: true });
    phone = await openPhone({ baseURL: app.url });
    page = await phone.context.newPage();
    await page.goto('/login');
    await page.getByRole('button', { name: '示例科技' }).click();
    await page
      .getByRole('button', { name: /\s销售$/ })
      .first()
      .click();
    await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
  });

  afterAll(async () => {
    await phone?.close();
    await app?.close();
  });

  async function openListAnswering(answer: Parameters<Page['route']>[1]): Promise<void> {
    await page.route(customerList, answer);
    await page.goto('/customers');
  }

  it('sends the token and the language, and only the query parameters that are set', async () => {
    const sent = page.waitForRequest((request: Request) => request.url().includes('/api/v1/customers?'));
    await page.goto('/customers');
    const request = await sent;
    const headers = await request.allHeaders();
    expect(headers.authorization).toMatch(/^Bearer \S+$/);
    expect(headers['accept-language']).toBe('zh-CN');
    expect(request.url()).toContain('limit=20');
    expect(request.url()).not.toContain('undefined');
    await page.getByRole('list', { name: '客户列表' }).getByRole('link').first().waitFor();
  });

  it('asks for the opening screen’s list while the screen’s code is still on its way, and only once', async () => {
    const listPage = '**/assets/CustomerListPage-*.js';
    let chunkAnsweredAt = 0;
    await page.route(listPage, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const response = await route.fetch();
      chunkAnsweredAt = Date.now();
      await route.fulfill({ response });
    });
    const listAskedAt: number[] = [];
    const onRequest = (request: Request) => {
      if (request.url().includes('/api/v1/customers?')) listAskedAt.push(Date.now());
    };
    page.on('request', onRequest);
    await page.goto('/customers');
    await page.getByRole('list', { name: '客户列表' }).getByRole('link').first().waitFor();
    page.off('request', onRequest);
    await page.unroute(listPage);
    expect(listAskedAt).toHaveLength(1);
    expect(listAskedAt[0]).toBeLessThan(chunkAnsweredAt);
  });

  it('shows the server’s own message for a refusal', async () => {
    await openListAnswering((route) =>
      route.fulfill({
        status: 409,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'VERSION_CONFLICT', message: '服务器说：换个时间再来' } }),
      }),
    );
    await page.getByText('服务器说：换个时间再来').waitFor();
    await page.unroute(customerList);
  });

  it('says the service is unavailable when a page that is not ours answers 502', async () => {
    await openListAnswering((route) =>
      route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>Bad gateway</body></html>' }),
    );
    await page.getByText('服务暂时不可用，请稍后再试').waitFor({ timeout: 15_000 });
    await page.unroute(customerList);
  });

  it('says the network is unavailable when nothing answers', async () => {
    await openListAnswering((route) => route.abort('internetdisconnected'));
    await page.getByText('网络不可用，请检查网络后重试').waitFor({ timeout: 15_000 });
    await page.unroute(customerList);
  });

  it('returns to the login page when the session is gone', async () => {
    await openListAnswering((route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'SESSION_INVALID', message: '登录已失效，请重新登录' } }),
      }),
    );
    await page.waitForURL(/\/login\?next=/);
    expect(await page.evaluate(() => localStorage.getItem('fieldloop.token'))).toBeNull();
    await page.unroute(customerList);
  });
});
