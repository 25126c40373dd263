/**
 * WeCom 免登: there is no JS call that hands out a code, so the page goes to the OAuth2 page (snsapi_base, silent)
 * and comes back with `?code=&state=`; the state is checked and both are stripped before the code is used.
 */
import type { SignInOptions } from '@shared/schemas/platform';
import { PlatformBridgeError } from './bridge-error';

const stateKey = 'fieldloop.wecomOAuthState';

/** The current page without the OAuth return parameters or a fragment: where WeCom should send the code. */
function returnUrl(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('code');
  url.searchParams.delete('state');
  url.hash = '';
  return url.toString();
}

function newState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Parameters in the documented order; `#wechat_redirect` is required by the page, never seen by a server. */
function authorizeUrl(options: SignInOptions, state: string): string {
  const base = (options.oauthBaseUrl ?? 'https://open.weixin.qq.com').replace(/\/+$/, '');
  const query = [
    `appid=${encodeURIComponent(options.corpId ?? '')}`,
    `redirect_uri=${encodeURIComponent(returnUrl())}`,
    'response_type=code',
    'scope=snsapi_base',
    `state=${state}`,
    `agentid=${encodeURIComponent(options.agentId ?? '')}`,
  ].join('&');
  return `${base}/connect/oauth2/authorize?${query}#wechat_redirect`;
}

/**
 * Takes `code` and `state` off the URL (so a reload never reuses the code) and answers the code if the state is
 * ours. A code this page never asked for (a message link's OAuth round) answers null: the caller starts a silent
 * round of its own, so a code planted in a link can never sign anyone in.
 */
function takeReturnedCode(): string | null {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('code');
  const state = url.searchParams.get('state');
  if (code === null && state === null) return null;
  window.history.replaceState(window.history.state, '', returnUrl());
  let expected: string | null = null;
  try {
    expected = sessionStorage.getItem(stateKey);
    sessionStorage.removeItem(stateKey);
  } catch {
    // Without storage the state cannot be checked; the new round below then fails with the reason.
  }
  if (expected === null) return null;
  if (!state || state !== expected) throw new PlatformBridgeError('state_mismatch');
  if (!code) throw new PlatformBridgeError('failed', 'WeCom returned without a code');
  return code;
}

export async function weComAuthCode(options: SignInOptions): Promise<string> {
  if (!options.corpId || !options.agentId) throw new PlatformBridgeError('failed', 'connection lacks corpId');
  const returned = takeReturnedCode();
  if (returned) return returned;
  const state = newState();
  try {
    sessionStorage.setItem(stateKey, state);
  } catch {
    throw new PlatformBridgeError('failed', 'sessionStorage is unavailable; the OAuth state cannot be kept');
  }
  window.location.replace(authorizeUrl(options, state));
  // The page is leaving; the sign-in continues when WeCom sends it back here.
  return new Promise<never>(() => {});
}
