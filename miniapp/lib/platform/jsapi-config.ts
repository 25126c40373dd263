/**
 * The signed JS-API config for this page, fetched once per page load: which connection the person came through
 * (the remembered platform entry → /platform/sign-in-options), then /platform/jsapi-config for the page URL.
 */
import type { Platform } from '@shared/domain/platforms';
import type { JsapiConfig, SignInOptions } from '@shared/schemas/platform';
import { apiGet } from '../api-client';
import { rememberedEntry } from './entry-memory';
import { readEntry } from './host';

let pending: Promise<JsapiConfig> | null = null;

async function fetchConfig(platform: Platform): Promise<JsapiConfig> {
  const entry = rememberedEntry() ?? readEntry(platform, window.location.search);
  if (entry?.platform !== platform) throw new Error(`no ${platform} connection to sign JS-API calls for`);
  const options = await apiGet<SignInOptions>('/platform/sign-in-options', {
    platform: entry.platform,
    key: entry.key,
    agentId: entry.agentId ?? undefined,
  });
  // Platforms sign the page URL without its fragment; SPA route changes keep using the first page's config.
  return apiGet<JsapiConfig>('/platform/jsapi-config', {
    connectionId: options.connectionId,
    url: window.location.href.split('#')[0],
  });
}

/** The config for `platform`; a failure is not kept, so the next call tries again (e.g. after going online). */
export function jsapiConfigFor(platform: Platform): Promise<JsapiConfig> {
  pending ??= fetchConfig(platform).catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
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
