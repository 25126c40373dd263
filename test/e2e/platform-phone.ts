/** A phone inside DingTalk, Feishu or WeCom: the client's user agent and screen, and its container double injected. */
import { readFile } from 'node:fs/promises';
import type { Platform } from '@shared/domain/platforms';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { chromiumPath } from './global-setup';

/** What the double reads from window.__FIELDLOOP_EMULATOR__ (test/emulators/bridge/*.js). */
export interface EmulatorBridgeConfig {
  platform: Platform;
  baseUrl: string;
  /** DingTalk/WeCom corpId, Feishu appId. */
  orgKey: string;
  agentId?: string;
  /** The emulator's id of the person signed in to the client (Feishu: open_id). */
  userId: string;
  /** Where the phone is (read at each location call; change it with `window.__FIELDLOOP_EMULATOR__.location`). */
  location?: {
    latitude: number;
    longitude: number;
    accuracy?: number;
    address?: string;
    isFromMock?: boolean;
    denied?: boolean;
  };
}

const android =
  'Mozilla/5.0 (Linux; Android 13; M2012K11AC Build/TKQ1.220829.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/115.0.5790.166 Mobile Safari/537.36';

/** Real-world user agents (platforms.md §5) and screens of phones these clients commonly run on. */
const clients: Record<Platform, { userAgent: string; viewport: { width: number; height: number } }> = {
  dingtalk: {
    userAgent: `${android} AliApp(DingTalk/7.6.0) com.alibaba.android.rimet/37411355 Channel/227200 language/zh-CN`,
    viewport: { width: 390, height: 844 },
  },
  feishu: {
    userAgent: `${android} Lark/7.30.6 LarkLocale/zh_CN ChannelName/Feishu TTWebView/1150130036016`,
    viewport: { width: 393, height: 851 },
  },
  wecom: {
    userAgent: `${android} wxwork/4.1.22 MicroMessenger/7.0.1 NetType/WIFI Language/zh ColorScheme/Light`,
    viewport: { width: 412, height: 915 },
  },
};

export interface PlatformPhone {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openPlatformPhone(options: {
  baseURL: string;
  bridge: EmulatorBridgeConfig;
}): Promise<PlatformPhone> {
  const { platform } = options.bridge;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const context = await browser.newContext({
    baseURL: options.baseURL,
    ...clients[platform],
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  const double = await readFile(new URL(`../emulators/bridge/${platform}.js`, import.meta.url), 'utf8');
  // Runs before any page script, on every navigation (WeCom's OAuth round trip included), as a container would.
  await context.addInitScript({
    content: `window.__FIELDLOOP_EMULATOR__ = ${JSON.stringify(options.bridge)};\n${double}`,
  });
  return { browser, context, close: () => browser.close() };
}

/**
 * The page a client loads when its person taps a message link, as the container does it: DingTalk resolves its
 * `openapp` scheme (for its own corp, in the workbench container) to `redirect_url`; Feishu's AppLink opens the
 * web app's home page with the link's `path`, handing the link's other parameters to the page as its query
 * (打开网页应用); WeCom loads an https link, its OAuth page included, as it is.
 */
export function tappedLinkTarget(
  link: string,
  client: { bridge: EmulatorBridgeConfig; homeUrl: string },
): string {
  const { platform, orgKey } = client.bridge;
  if (platform === 'dingtalk') {
    const openapp = new URL(link.replace(/^dingtalk:\/\//, 'https://dingtalk.invalid/'));
    if (!link.startsWith('dingtalk://dingtalkclient/action/openapp?'))
      throw new Error(`not an openapp link: ${link}`);
    if (openapp.searchParams.get('corpid') !== orgKey) throw new Error('openapp link for another corp');
    if (openapp.searchParams.get('container_type') !== 'work_platform') throw new Error('not the workbench');
    return openapp.searchParams.get('redirect_url') ?? '';
  }
  if (platform === 'feishu') {
    const appLink = new URL(link);
    if (appLink.pathname !== '/client/web_app/open' || appLink.searchParams.get('appId') !== orgKey) {
      throw new Error(`not an AppLink to this web app: ${link}`);
    }
    const page = new URL(appLink.searchParams.get('path') ?? '/', client.homeUrl);
    for (const [name, value] of appLink.searchParams) {
      if (!['appId', 'mode', 'path'].includes(name)) page.searchParams.set(name, value);
    }
    return page.toString();
  }
  return link;
}
