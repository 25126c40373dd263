/**
 * Two accessibility rules Lighthouse checks on the phone screens, checked here in the DOM: on /login every control
 * named by aria-label or aria-labelledby says its visible text in that name (label in name, so "tap 张三" works by
 * voice); on /visits the feed holds only articles (a feed's required children), one per day.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDemoServer } from './demo-server';
import { openPhone, type Phone } from './phone';

const skipReason = inject('e2eSkipReason');

interface Mismatch {
  visible: string;
  name: string;
}

/** Controls whose aria-label / aria-labelledby name leaves out part of the text shown on them. Runs in the page. */
function findLabelNameMismatches(): Mismatch[] {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const controls = document.querySelectorAll<HTMLElement>(
    'a[href], button, [role="button"], [role="link"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"], [role="option"], [role="menuitem"]',
  );
  const found: Mismatch[] = [];
  for (const control of controls) {
    const labelledBy = control.getAttribute('aria-labelledby');
    const label = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : control.getAttribute('aria-label');
    if (label === null) continue;
    // biome-ignore lint/performance/useDomNodeTextContent: the rule is about rendered text, which only innerText gives.
    const visible = squash(control.innerText);
    if (visible !== '' && !squash(label).includes(visible)) found.push({ visible, name: label });
  }
  return found;
}

/** Roles of the elements a feed holds directly, which must all be articles. Runs in the page. */
function feedChildRoles(): string[] {
  const feed = document.querySelector('[role="feed"]');
  return Array.from(
    feed?.children ?? [],
    (child) =>
      child.getAttribute('role') ?? (child.tagName === 'ARTICLE' ? 'article' : child.tagName.toLowerCase()),
  );
}

describe.skipIf(skipReason !== null)('phone screens meet the accessibility rules Lighthouse checks', () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  let phone: Phone;
  let page: Page;

  beforeAll(async () => {
    demo = await startDemoServer();
    phone = await openPhone({ baseURL: demo.url });
    page = await phone.context.newPage();
  });

  afterAll(async () => {
    await phone?.close();
    await demo?.close();
  });

  it('names every person on /login with the text shown on them', async () => {
    await page.goto('/login');
    await page.getByRole('heading', { name: '从模拟的工作台进入' }).waitFor();
    const person = page.getByRole('link', { name: /，在钉钉中打开$/ }).first();
    await person.waitFor();
    // The person's name comes first, as it is shown; where the link goes follows for screen readers only.
    expect(await person.ariaSnapshot()).toMatch(/^- link "[^"，]+，在钉钉中打开"/);
    expect(await page.evaluate(findLabelNameMismatches)).toEqual([]);
  });

  it('holds only articles, one per day, in the /visits feed', async () => {
    await page.getByRole('button', { name: '示例科技' }).click();
    await page
      .getByRole('button', { name: /\s销售$/ })
      .first()
      .click();
    await page.getByRole('heading', { name: '客户', level: 1 }).waitFor();
    await page.goto('/visits');
    await page.getByRole('feed').getByRole('link').first().waitFor();
    const roles = await page.evaluate(feedChildRoles);
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((role) => role === 'article')).toBe(true);
    await expect.poll(() => page.getByRole('feed').getByRole('article').count()).toBe(roles.length);
  });
});
