/** A phone inside DingTalk for the journeys: Chromium with a 390×844 touch viewport, zh-CN, DingTalk's user agent. */
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { chromiumPath } from './global-setup';

const dingTalkUserAgent =
  'Mozilla/5.0 (Linux; Android 13; M2012K11AC Build/TKQ1.220829.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Version/4.0 Chrome/115.0.5790.166 Mobile Safari/537.36 AliApp(DingTalk/7.6.0) ' +
  'com.alibaba.android.rimet/37411355 Channel/227200 language/zh-CN';

export interface Phone {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openPhone(options: { baseURL: string }): Promise<Phone> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const context = await browser.newContext({
    baseURL: options.baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    userAgent: dingTalkUserAgent,
  });
  return { browser, context, close: () => browser.close() };
}
