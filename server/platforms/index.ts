/** Builds the PlatformClient for one connection's settings. */
import { createDingTalkClient } from './dingtalk/client';
import { createFeishuClient } from './feishu/client';
import { defaultTimeoutMs, type HttpOptions, type PlatformLogger } from './http';
import type { PlatformClient, PlatformSettings } from './types';
import { createWeComClient } from './wecom/client';

export interface PlatformClientOptions {
  /** Per request; default 5 s. */
  timeoutMs?: number;
  /** Defaults to the global fetch (looked up per call, so a test may replace it). */
  fetch?: typeof fetch;
  /** Receives the Feishu SDK's log lines, redacted; silent when absent. */
  logger?: PlatformLogger;
}

export function createPlatformClient(
  settings: PlatformSettings,
  options: PlatformClientOptions = {},
): PlatformClient {
  const http: HttpOptions = {
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
  };
  switch (settings.platform) {
    case 'dingtalk':
      return createDingTalkClient(settings, http);
    case 'feishu':
      return createFeishuClient(settings, http, options.logger);
    case 'wecom':
      return createWeComClient(settings, http);
  }
}

export type { PlatformLogger } from './http';
