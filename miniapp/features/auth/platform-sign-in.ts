/** 免登 end to end: is this org connected, a code from the platform, and one exchange of it for a session. */
import { apiGet, apiPost } from '@miniapp/lib/api-client';
import { preloadPlatformModule, requestAuthCode, type SignInCode } from '@miniapp/lib/platform/auth-code';
import { loadEmulatorBridge } from '@miniapp/lib/platform/emulator';
import type { PlatformEntry } from '@miniapp/lib/platform/host';
import type { Session } from '@shared/schemas/auth';
import type { SignInOptions } from '@shared/schemas/platform';

export interface PlatformSignInRequest {
  entry: PlatformEntry;
  /** `?platform=` forced the host: the demo, where the container double may still need loading. */
  isForced: boolean;
  search: string;
}

function exchangeBody(options: SignInOptions, { code, kind }: SignInCode): Record<string, string> {
  switch (options.platform) {
    case 'dingtalk':
      return { corpId: options.corpId ?? '', code };
    case 'feishu':
      return { appId: options.appId ?? '', code, codeKind: kind };
    case 'wecom':
      return { corpId: options.corpId ?? '', agentId: options.agentId ?? '', code };
  }
}

/**
 * Throws ApiError ORG_NOT_CONNECTED (403) before any code is asked for, PlatformBridgeError when the container
 * gives none, ApiError PLATFORM_CODE_INVALID (401) when the platform rejects the code. The caller must run it
 * once per attempt: a code is single use.
 */
export async function signInThroughPlatform({
  entry,
  isForced,
  search,
}: PlatformSignInRequest): Promise<Session> {
  // The SDK reads its environment when its module loads, so a demo double must be in place first.
  const doubleReady = isForced ? loadEmulatorBridge(entry.platform, search) : Promise.resolve(false);
  void doubleReady.then(
    () => preloadPlatformModule(entry.platform),
    () => undefined,
  );
  const options = await apiGet<SignInOptions>('/platform/sign-in-options', {
    platform: entry.platform,
    key: entry.key,
    agentId: entry.agentId ?? undefined,
  });
  await doubleReady;
  const code = await requestAuthCode(options);
  return apiPost<Session>(`/auth/${options.platform}`, exchangeBody(options, code));
}
