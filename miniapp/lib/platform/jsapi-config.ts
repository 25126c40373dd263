/**
 * Signed JS-API configs for this page: which connection the person came through (the remembered platform entry →
 * /platform/sign-in-options, asked once per page load), then /platform/jsapi-config for the URL the platform
 * checks, which each platform names: WeCom the current one at every config, DingTalk the page it entered.
 */
import type { Platform } from '@shared/domain/platforms';
import type { JsapiConfig, SignInOptions } from '@shared/schemas/platform';
import { apiGet } from '../api-client';
import { rememberedEntry } from './entry-memory';
import { readEntry } from './host';

let connection: Promise<string> | null = null;

async function fetchConnectionId(platform: Platform): Promise<string> {
  const entry = rememberedEntry() ?? readEntry(platform, window.location.search);
  if (entry?.platform !== platform) throw new Error(`no ${platform} connection to sign JS-API calls for`);
  const options = await apiGet<SignInOptions>('/platform/sign-in-options', {
    platform: entry.platform,
    key: entry.key,
    agentId: entry.agentId ?? undefined,
  });
  return options.connectionId;
}

/** A failure is not kept, so the next call tries again (e.g. after going online). */
function connectionIdFor(platform: Platform): Promise<string> {
  connection ??= fetchConnectionId(platform).catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}

export interface SignOptions {
  /** The platform refused the last config for this URL: the server fetches its tickets anew (rate-limited). */
  refresh?: boolean;
}

/** The config for `platform` signed for `url`; platforms sign a page URL without its fragment. */
export async function jsapiConfigFor(
  platform: Platform,
  url: string,
  options: SignOptions = {},
): Promise<JsapiConfig> {
  const connectionId = await connectionIdFor(platform);
  return apiGet<JsapiConfig>('/platform/jsapi-config', {
    connectionId,
    url: url.split('#')[0],
    refresh: options.refresh || undefined,
  });
}

/** Runs the platform's config call once per page load; a failed one may be tried again. */
export function once(register: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => {
    done ??= register().catch((error: unknown) => {
      done = null;
      throw error;
    });
    return done;
  };
}
