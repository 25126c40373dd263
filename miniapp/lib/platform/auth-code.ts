/** Gets a single-use sign-in code from the platform the page runs in, loading only that platform's module. */
import type { Platform } from '@shared/domain/platforms';
import type { SignInCodeKind, SignInOptions } from '@shared/schemas/platform';

/** A single-use code and its kind, which decides where the server exchanges it (Feishu has two). */
export interface SignInCode {
  code: string;
  kind: SignInCodeKind;
}

const modules = {
  dingtalk: () => import('./dingtalk'),
  feishu: () => import('./feishu'),
  wecom: () => import('./wecom'),
} as const;

/** Starts downloading a platform's module early, e.g. while sign-in options are still on the way. */
export function preloadPlatformModule(platform: Platform): void {
  void modules[platform]();
}

/**
 * DingTalk and Feishu answer through their container's JS bridge. WeCom has none: the first call leaves the
 * page for the OAuth page (and never resolves); on the way back the code comes from the URL.
 */
export async function requestAuthCode(options: SignInOptions): Promise<SignInCode> {
  switch (options.platform) {
    case 'dingtalk':
      return { code: await (await modules.dingtalk()).dingTalkAuthCode(options), kind: 'authorization' };
    case 'feishu':
      return (await modules.feishu()).feishuAuthCode(options);
    case 'wecom':
      return { code: await (await modules.wecom()).weComAuthCode(options), kind: 'authorization' };
  }
}
