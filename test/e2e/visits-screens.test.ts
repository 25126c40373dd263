/**
 * The visit screens a rep and a manager read on a phone, over the demo data: each renders in Chinese at 390×844
 * without sideways scrolling, and every text on it reaches WCAG AA contrast (4.5:1; 3:1 for large text).
 * Screenshots go to /tmp/fieldloop-visits-*.png for a look by eye.
 */
import type { Visit } from '@shared/schemas/visits';
import { startTestApp, type TestApp } from '@test/helpers/app';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');

interface LowContrast {
  text: string;
  ratio: number;
  color: string;
  background: string;
}

/** Texts whose colour against the first opaque background behind them falls below AA. Runs in the page. */
function findLowContrast(): LowContrast[] {
  const parse = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const backgroundOf = (element: Element | null): number[] => {
    for (let node = element; node; node = node.parentElement) {
      const rgba = parse(getComputedStyle(node).backgroundColor);
      if (rgba.length === 3 || (rgba[3] ?? 0) >= 0.95) return rgba.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const found: LowContrast[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = node.textContent?.trim() ?? '';
    if (!element || text === '' || element.closest('[aria-hidden="true"]')) continue;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    if (style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
    // Placeholders of empty inputs are read from ::placeholder, not here; disabled controls are exempt.
    if (element.closest('button:disabled, [aria-disabled="true"]')) continue;
    const foreground = parse(style.color);
    const alpha = foreground[3] ?? 1;
    const background = backgroundOf(element);
    const blended = foreground.slice(0, 3).map((c, i) => c * alpha + (background[i] ?? 255) * (1 - alpha));
    const [light, dark] = [luminance(blended), luminance(background)].sort((a, b) => b - a);
    const ratio = ((light ?? 1) + 0.05) / ((dark ?? 0) + 0.05);
    const size = Number.parseFloat(style.fontSize);
    const isLarge = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (isLarge ? 3 : 4.5))
      found.push({
        text: text.slice(0, 30),
        ratio: Math.round(ratio * 100) / 100,
        color: style.color,
        background: `rgb(${background.join(',')})`,
      });
  }
  return found;
}

describe.skipIf(skipReason !== null)('visit screens on a phone', () => {
  let app: TestApp;
  let phone: Phone;
  let page: Page;
  const pageErrors: string[] = [];

  async function signInAs(role: RegExp): Promise<void> {
    await page.evaluate(() => localStorage.clear());
    await page.goto('/login');
    await page.getByRole('button', { name: '示例科技' }).click();
    await page.getByRole('button', { name: role }).first().click();
    await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
  }

  /** Screenshot, then the checks every screen must pass. */
  async function check(name: string): Promise<void> {
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/fieldloop-visits-${name}.png` });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
    expect(await page.evaluate(findLowContrast), `${name} has low-contrast text`).toEqual([]);
  }

  beforeAll(async () => {
    app = await startTestApp({ seedDemo: true });
    phone = await openPhone({ baseURL: app.url });
    page = await phone.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/login');
  });

  afterAll(async () => {
    await phone?.close();
    await app?.close();
  });

  it('shows a rep their visits by day, the follow-ups due and the filters', async () => {
    await signInAs(/\s销售$/);
    await page.getByRole('link', { name: '拜访' }).click();
    await page.getByRole('feed').waitFor();
    await check('list');
    await page.getByRole('button', { name: /^筛选/ }).click();
    await page.getByRole('heading', { name: '筛选拜访' }).waitFor();
    await check('filters');
  });

  it('shows a visit with its check-in evidence', async () => {
    await page.goto('/visits');
    await page.getByRole('feed').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await check('detail');
  });

  it('shows the form to log a visit, with the customer and colleague pickers', async () => {
    await page.goto('/visits/new');
    await page.getByRole('heading', { name: '记录拜访', level: 1 }).waitFor();
    await page.getByRole('button', { name: '上门拜访', exact: true }).click();
    await check('new');
    await page.locator('#visit-customer').click();
    const firstCustomer = page.locator('[class*=pickItem]').first();
    await firstCustomer.waitFor();
    await check('customer-picker');
    await firstCustomer.click();
    await page.locator('#visit-participants').click();
    await page.getByRole('button', { name: '完成' }).waitFor();
    await page.waitForLoadState('networkidle');
    await check('people-picker');
    await page.getByRole('button', { name: '完成' }).click();
  });

  it('briefs the rep on a customer’s page with the visit timeline', async () => {
    const token = await page.evaluate(() => localStorage.getItem('fieldloop.token'));
    const visits = await app.api(token ?? undefined).get<{ items: Visit[] }>('/api/v1/visits?limit=1');
    await page.goto(`/customers/${visits.body.items[0]?.customerId}`);
    await page.getByRole('button', { name: '记录拜访' }).waitFor();
    await page.waitForLoadState('networkidle');
    await check('customer');
  });

  it('shows a manager the team’s visits', async () => {
    await signInAs(/\s销售经理$/);
    await page.getByRole('link', { name: '拜访' }).click();
    await page.getByRole('feed').waitFor();
    await check('team');
  });

  it('fits the longer English texts as well', async () => {
    await page.evaluate(() => localStorage.setItem('fieldloop.language', 'en'));
    await page.goto('/visits');
    await page.getByRole('feed').waitFor();
    await check('team-en');
    await page.goto('/visits/new');
    await page.locator('#visit-customer').waitFor();
    await check('new-en');
    await page.evaluate(() => localStorage.removeItem('fieldloop.language'));
  });

  it('leaves no script errors behind', () => {
    expect(pageErrors).toEqual([]);
  });
});
