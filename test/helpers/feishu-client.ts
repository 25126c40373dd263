/**
 * A Feishu platform client pointed at a fake upstream, for the client's unit tests: started before each test, and
 * after it, checked that nothing unexpected was requested and that no log line holds the app secret or the token.
 */
import type { PlatformLogger } from '@server/platforms/http';
import { createPlatformClient } from '@server/platforms/index';
import type { OutgoingMessage, PlatformClient } from '@server/platforms/types';
import { expect } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from './fake-upstream';

export const secret = 'feishu-app-secret-1';
export const token = 't-g1044ghJRUIJJ5ELPPMNVA4RKPSRMQWGLXVRVU5Y';

export const message: OutgoingMessage = {
  dedupeKey: 'visit-approved:0192f5a4-7d9e-7c3a-9b8e-1234567890ab:zh-CN',
  title: '拜访已确认',
  body: '**王五** 确认了拜访\n下一步：报价',
  url: 'https://fieldloop.example/visits/9',
  actions: [
    { label: '查看', url: 'https://fieldloop.example/visits/9' },
    { label: '报价', url: 'https://fieldloop.example/quotes/new' },
  ],
};

export interface FeishuClientUnderTest {
  upstream: FakeUpstream;
  client: PlatformClient;
  logLines: string[];
}

export async function startFeishuClient(): Promise<FeishuClientUnderTest> {
  const upstream = await startFakeUpstream();
  const logLines: string[] = [];
  const logger: PlatformLogger = {
    debug: (_details, line) => logLines.push(line),
    warn: (_details, line) => logLines.push(line),
  };
  const client = createPlatformClient(
    {
      platform: 'feishu',
      appId: 'cli_a1',
      appSecret: secret,
      encryptKey: 'ek',
      verificationToken: 'vt',
      baseUrl: upstream.url,
    },
    { timeoutMs: 300, logger },
  );
  return { upstream, client, logLines };
}

export async function stopFeishuClient({ upstream, logLines }: FeishuClientUnderTest): Promise<void> {
  expect(upstream.unexpected).toEqual([]);
  expect(logLines.join('\n')).not.toContain(secret);
  expect(logLines.join('\n')).not.toContain(token);
  await upstream.close();
}
