/**
 * Lighthouse on every daily screen, the way a reviewer runs it: Debian's Chromium, a fresh profile per run (empty
 * HTTP cache), signed in (the session put in localStorage from /healthz, which caches nothing the screens use),
 * mobile preset (simulated slow 4G, 4× CPU) for phone screens and the desktop preset for the PM's desk; median of
 * three runs, since a single run swings by 10–20 points on a 2-core machine. Lighthouse is fetched on demand into
 * .bench/lighthouse, pinned (12.2.3: 13 wants Node 22), so `npm install` never pays for it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { bundleServers, type Started, startServer } from './harness';

const lighthouseVersion = '12.2.3';
const lighthouseDir = resolve('.bench/lighthouse');
const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** BENCH_SCREENS=/visits,/customers/:id measures only those screens (paths as printed), to iterate on one. */
const onlyScreens = process.env.BENCH_SCREENS?.split(',').map((path) => path.trim());
/** BENCH_LIGHTHOUSE_REPORTS=dir keeps each run's full report (diagnostics, treemap, long tasks) there as JSON. */
const reportsDir = process.env.BENCH_LIGHTHOUSE_REPORTS;

interface PhoneServer {
  token: string;
  implementerToken: string;
  pmToken: string;
  customerId: string;
  projectId: string;
}

type Who = 'rep' | 'implementer' | 'pm' | null;

interface Screen {
  path: (server: PhoneServer) => string;
  who: Who;
  preset: 'mobile' | 'desktop';
  /** Lighthouse's performance goal for this screen. */
  goal: number;
}

const screens: Screen[] = [
  { path: () => '/login', who: null, preset: 'mobile', goal: 95 },
  { path: () => '/customers', who: 'rep', preset: 'mobile', goal: 95 },
  { path: (s) => `/customers/${s.customerId}`, who: 'rep', preset: 'mobile', goal: 95 },
  { path: () => '/visits', who: 'rep', preset: 'mobile', goal: 95 },
  { path: () => '/visits/new', who: 'rep', preset: 'mobile', goal: 95 },
  { path: () => '/requirements', who: 'rep', preset: 'mobile', goal: 95 },
  { path: () => '/requirements/new', who: 'rep', preset: 'mobile', goal: 95 },
  { path: () => '/implementation', who: 'implementer', preset: 'mobile', goal: 95 },
  { path: (s) => `/implementation/projects/${s.projectId}`, who: 'implementer', preset: 'mobile', goal: 95 },
  { path: () => '/desk/requirements', who: 'pm', preset: 'desktop', goal: 90 },
];

interface LighthouseResult {
  lhr: {
    finalDisplayedUrl: string;
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
  };
}
type RunLighthouse = (
  url: string,
  flags: Record<string, unknown>,
  config?: unknown,
) => Promise<LighthouseResult | undefined>;

async function loadLighthouse(): Promise<{ run: RunLighthouse; desktopConfig: unknown }> {
  const entry = join(lighthouseDir, 'node_modules/lighthouse/core/index.js');
  if (!existsSync(entry)) {
    mkdirSync(lighthouseDir, { recursive: true });
    writeFileSync(join(lighthouseDir, 'package.json'), '{"private":true}\n');
    console.log(`fetching lighthouse@${lighthouseVersion} into .bench/lighthouse …`);
    execFileSync('npm', ['install', '-E', `lighthouse@${lighthouseVersion}`, '--no-audit', '--no-fund'], {
      cwd: lighthouseDir,
      stdio: 'inherit',
    });
  }
  const lighthouse = (await import(pathToFileURL(entry).href)) as { default: RunLighthouse };
  const desktop = (await import(
    pathToFileURL(join(lighthouseDir, 'node_modules/lighthouse/core/config/desktop-config.js')).href
  )) as { default: unknown };
  return { run: lighthouse.default, desktopConfig: desktop.default };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

interface Scores {
  performance: number;
  accessibility: number;
  tbt: number;
  fcp: number;
  lcp: number;
  failing: string[];
}

async function measureOnce(
  lighthouse: { run: RunLighthouse; desktopConfig: unknown },
  baseURL: string,
  path: string,
  token: string | null,
  preset: Screen['preset'],
): Promise<Scores> {
  const port = await freePort();
  // Lighthouse opens its tab in the browser's default context, so the session must be stored there (a persistent
  // context on a fresh profile), not in an isolated one.
  const browser = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'fieldloop-lighthouse-')),
    {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        `--remote-debugging-port=${port}`,
      ],
    },
  );
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`${baseURL}/healthz`);
    if (token) await page.evaluate((value) => localStorage.setItem('fieldloop.token', value), token);
    const result = await lighthouse.run(
      `${baseURL}${path}`,
      {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        disableStorageReset: true,
      },
      preset === 'desktop' ? lighthouse.desktopConfig : undefined,
    );
    if (!result) throw new Error(`lighthouse gave no result for ${path}`);
    if (reportsDir) {
      mkdirSync(reportsDir, { recursive: true });
      const name = `${shownPath(path).replace(/[/:]+/g, '_')}-${Date.now()}.json`;
      writeFileSync(join(reportsDir, name), JSON.stringify(result.lhr));
    }
    const { categories, audits, finalDisplayedUrl } = result.lhr;
    // A signed-in screen that fell back to /login would score the wrong page.
    if (new URL(finalDisplayedUrl).pathname !== path)
      throw new Error(`${path} ended on ${finalDisplayedUrl}: not signed in?`);
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      tbt: audits['total-blocking-time']?.numericValue ?? 0,
      fcp: audits['first-contentful-paint']?.numericValue ?? 0,
      lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
      failing: (categories.accessibility?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
        .map((ref) => ref.id),
    };
  } finally {
    await browser.close();
  }
}

const shownPath = (path: string) => path.replace(/[0-9a-f-]{36}/, ':id');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const tokenOf = (server: PhoneServer, who: Who): string | null =>
  who === 'rep'
    ? server.token
    : who === 'implementer'
      ? server.implementerToken
      : who === 'pm'
        ? server.pmToken
        : null;

export async function benchLighthouse(): Promise<void> {
  const lighthouse = await loadLighthouse();
  await bundleServers(['bench/servers/fieldloop-phone.ts']);
  const server: Started<PhoneServer> = await startServer<PhoneServer>('dist/bench/fieldloop-phone.mjs');
  try {
    const baseURL = `http://127.0.0.1:${server.port}`;
    console.log(
      `\nLighthouse ${lighthouseVersion}, Debian's Chromium, signed in, empty HTTP cache, median of ${runs}`,
    );
    console.log(
      `${'screen'.padEnd(30)} ${'preset'.padEnd(8)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'TBT'.padStart(8)} ${'FCP'.padStart(8)} ${'LCP'.padStart(8)}`,
    );
    for (const screen of screens) {
      const path = screen.path(server);
      if (onlyScreens && !onlyScreens.includes(shownPath(path))) continue;
      const measured: Scores[] = [];
      for (let run = 0; run < runs; run += 1)
        measured.push(
          await measureOnce(lighthouse, baseURL, path, tokenOf(server, screen.who), screen.preset),
        );
      const performance = median(measured.map((m) => m.performance));
      const accessibility = median(measured.map((m) => m.accessibility));
      const failing = [...new Set(measured.flatMap((m) => m.failing))];
      const verdict =
        performance >= screen.goal && accessibility === 100
          ? ''
          : `  below goal (performance ≥ ${screen.goal}, accessibility 100)${failing.length ? `: ${failing.join(', ')}` : ''}`;
      console.log(
        `${shownPath(path).padEnd(30)} ${screen.preset.padEnd(8)} ${String(performance).padStart(5)} ${String(accessibility).padStart(5)} ${`${median(measured.map((m) => m.tbt)).toFixed(0)} ms`.padStart(8)} ${`${median(measured.map((m) => m.fcp)).toFixed(0)} ms`.padStart(8)} ${`${median(measured.map((m) => m.lcp)).toFixed(0)} ms`.padStart(8)}${verdict}`,
      );
    }
  } finally {
    server.child.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLighthouse();
