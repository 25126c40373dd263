/**
 * Feishu/Lark 免登 through the client's H5 JSSDK (`window.h5sdk` + `window.tt`): h5sdk.ready, then
 * tt.requestAccess({appID, scopeList: []}), falling back to the older tt.requestAuthCode({appId}).
 */
import type { SignInOptions } from '@shared/schemas/platform';
import type { SignInCode } from './auth-code';
import { describeFailure, PlatformBridgeError } from './bridge-error';

/**
 * The JSSDK is not on npm; Feishu serves it from its CDN and it only works inside the client. Production pages
 * must allow this origin in their CSP (script-src). Pin a version Feishu's docs list and update deliberately.
 */
const sdkUrl = 'https://lf1-cdn-tos.bytegoofy.com/goofy/lark/op/h5-js-sdk-1.5.33.js';
/** Outside the client, ready never fires; give up rather than spin forever. */
const readyTimeoutMs = 10_000;

interface Callbacks {
  success(result: { code?: string }): void;
  fail(failure: unknown): void;
}

export interface H5Sdk {
  ready(callback: () => void): void;
  error(callback: (failure: unknown) => void): void;
}

interface TtApi {
  requestAccess?(options: { appID: string; scopeList: string[] } & Callbacks): void;
  requestAuthCode?(options: { appId: string } & Callbacks): void;
}

interface FeishuWindow {
  h5sdk?: H5Sdk;
  tt?: TtApi;
}

const feishuWindow = () => window as unknown as FeishuWindow;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new PlatformBridgeError('not_in_host', `could not load ${src}`));
    document.head.append(script);
  });
}

/** Inside the client (and with the emulator's double) the SDK may already be on the page. */
export async function loadFeishuSdk(): Promise<H5Sdk> {
  if (!feishuWindow().h5sdk) await loadScript(sdkUrl);
  const sdk = feishuWindow().h5sdk;
  if (!sdk) throw new PlatformBridgeError('not_in_host', 'the Feishu JSSDK defined no h5sdk');
  return sdk;
}

export function whenFeishuReady(sdk: H5Sdk): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new PlatformBridgeError('not_in_host', 'h5sdk.ready never fired')),
      readyTimeoutMs,
    );
    sdk.error((failure) => {
      clearTimeout(timer);
      reject(new PlatformBridgeError('failed', describeFailure(failure)));
    });
    sdk.ready(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Wraps one callback-style JSAPI call in a promise of its code. */
function codeFrom(call: (callbacks: Callbacks) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    call({
      success: (result) =>
        result.code
          ? resolve(result.code)
          : reject(new PlatformBridgeError('failed', 'Feishu answered without a code')),
      fail: (failure) => reject(new PlatformBridgeError('failed', describeFailure(failure))),
    });
  });
}

/** tt.requestAccess hands out an OAuth authorization code; the older tt.requestAuthCode a 登录预授权码. */
export async function feishuAuthCode(options: SignInOptions): Promise<SignInCode> {
  const appId = options.appId;
  if (!appId) throw new PlatformBridgeError('failed', 'connection lacks appId');
  await whenFeishuReady(await loadFeishuSdk());
  const tt = feishuWindow().tt;
  if (tt?.requestAccess) {
    try {
      const code = await codeFrom((callbacks) =>
        tt.requestAccess?.({ appID: appId, scopeList: [], ...callbacks }),
      );
      return { code, kind: 'authorization' };
    } catch (error) {
      // Clients before V6.9.0 lack requestAccess or refuse it; the older call still works there.
      if (!tt.requestAuthCode) throw error;
    }
  }
  if (tt?.requestAuthCode) {
    const code = await codeFrom((callbacks) => tt.requestAuthCode?.({ appId, ...callbacks }));
    return { code, kind: 'preAuthorization' };
  }
  throw new PlatformBridgeError('not_in_host', 'window.tt offers no sign-in call');
}
