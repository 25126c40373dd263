/**
 * First load on a mid-range phone, measured in Debian's Chromium: 390×844, empty HTTP cache, slow 4G (150 ms RTT,
 * 1.6 Mbps down, 750 kbps up) and a 4× slower CPU through the DevTools protocol, signed in as a sales rep (`/login`
 * signed out). Per screen, the median of three runs of first contentful paint, largest contentful paint, total
 * blocking time (long tasks after first paint, each beyond 50 ms) and the gzipped JavaScript fetched before the
 * first paint, then the screen's whole JS (entry, page chunks and the zh-CN catalogue). Lighthouse is not a dependency; these are the
 * metrics its performance score is made of.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { measureBundle, ownChunkKb } from './bundle';
import { bundleServers, type Started, startServer } from './harness';

const chromiumPath = '/usr/bin/chromium';
const distDir = 'dist/miniapp';
const runs = 3;
const budgetKb = 150;
/** Each screen and the module of its page, whose chunks (beside the entry's) it needs to show its content. */
const phoneScreens: [path: string, page: string][] = [
  ['/customers', 'customers/pages/CustomerListPage.tsx'],
  ['/visits', 'visits/pages/VisitsPage.tsx'],
  ['/visits/new', 'visits/pages/VisitNewPage.tsx'],
  ['/implementation', 'implementation/pages/ImplementationPage.tsx'],
  ['/login', 'auth/pages/LoginPage.tsx'],
];

interface FirstLoad {
  fcp: number;
  lcp: number;
  tbt: number;
  jsBeforePaintKb: number;
}

/** Collects paints and long tasks from the first byte on, before any of the app's code runs. */
const observe = () => {
  const seen = { fcp: 0, lcp: 0, longTasks: [] as { start: number; duration: number }[] };
  (window as unknown as { __firstLoad: typeof seen }).__firstLoad = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      seen.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

const gzippedKb = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length / 1024;

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

async function measureOnce(baseURL: string, path: string, token: string | null): Promise<FirstLoad> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    if (token) await context.addInitScript((value) => localStorage.setItem('fieldloop.token', value), token);
    await context.addInitScript(observe);
    const page = await context.newPage();
    await throttle(page);
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    // Long tasks after the last request still block a tap; give the main thread time to report them.
    await page.waitForTimeout(2000);
    const result = await page.evaluate(() => {
      const seen = (
        window as unknown as {
          __firstLoad: { fcp: number; lcp: number; longTasks: { start: number; duration: number }[] };
        }
      ).__firstLoad;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js') && entry.startTime < seen.fcp)
        .map((entry) => new URL(entry.name).pathname);
      const tbt = seen.longTasks
        .filter((task) => task.start + task.duration > seen.fcp)
        .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
      return { fcp: seen.fcp, lcp: seen.lcp, tbt, scripts };
    });
    const jsBeforePaintKb = [...new Set(result.scripts)].reduce(
      (sum, pathname) => sum + gzippedKb(pathname.slice(1)),
      0,
    );
    return { fcp: result.fcp, lcp: result.lcp, tbt: result.tbt, jsBeforePaintKb };
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function benchPhone(): Promise<void> {
  await bundleServers(['bench/servers/fieldloop-phone.ts']);
  const server: Started = await startServer('dist/bench/fieldloop-phone.mjs');
  try {
    const baseURL = `http://127.0.0.1:${server.port}`;
    console.log(
      `\nfirst load on a phone (390×844, empty cache, slow 4G 150 ms / 1.6 Mbps, 4× CPU), median of ${runs}, signed in as a rep`,
    );
    console.log(
      `${'screen'.padEnd(16)} ${'FCP'.padStart(8)} ${'LCP'.padStart(8)} ${'TBT'.padStart(8)}   JS gzip: before first paint, whole screen`,
    );
    for (const [path, pageModule] of phoneScreens) {
      const token = path === '/login' ? null : (server.token ?? null);
      const measured: FirstLoad[] = [];
      for (let run = 0; run < runs; run += 1) measured.push(await measureOnce(baseURL, path, token));
      const ms = (pick: (load: FirstLoad) => number) =>
        `${median(measured.map(pick)).toFixed(0)} ms`.padStart(8);
      const kb = median(measured.map((load) => load.jsBeforePaintKb));
      const screen = measureBundle(pageModule);
      const screenKb = screen.entryKb + screen.routeKb + ownChunkKb('shared/i18n/zh-CN.ts');
      console.log(
        `${path.padEnd(16)} ${ms((l) => l.fcp)} ${ms((l) => l.lcp)} ${ms((l) => l.tbt)}   ${kb.toFixed(1)} KB${kb > budgetKb ? ` (over the ${budgetKb} KB budget)` : ''}, ${screenKb.toFixed(1)} KB`,
      );
    }
  } finally {
    server.child.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPhone();
