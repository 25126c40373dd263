/*
 * Double of the WeCom container for sign-in. WeCom has no JS call that hands out a code: the page goes to the
 * OAuth page, which inside WeCom already knows who is signed in. Here that knowledge is the emulator's
 * "current user" for the corp, set before any page script can redirect. Our page does not use @wecom/jssdk,
 * so `wx` / `WeixinJSBridge` are not emulated. Plain ES2020, no imports.
 * Config: window.__FIELDLOOP_EMULATOR__ = { platform: 'wecom', baseUrl, orgKey (corpId), agentId, userId }.
 */
(() => {
  const config = window.__FIELDLOOP_EMULATOR__;
  if (config?.platform !== 'wecom') return;

  const calls = [];
  Object.defineProperty(window, '__FIELDLOOP_BRIDGE_CALLS__', { value: calls });

  // The container sets the user agent; a plain browser (the demo) gets WeCom's Android one.
  if (!/wxwork\//i.test(navigator.userAgent)) {
    const userAgent =
      'Mozilla/5.0 (Linux; Android 13; Emulator; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ' +
      'Chrome/115.0.5790.166 Mobile Safari/537.36 wxwork/4.1.22 MicroMessenger/7.0.1 Language/zh';
    Object.defineProperty(navigator, 'userAgent', { get: () => userAgent, configurable: true });
  }

  // Synchronous on purpose: the page may leave for the OAuth page right after its first fetch, and the
  // emulator must know who signs in by then. A form body is a "simple" request: no CORS preflight.
  const request = new XMLHttpRequest();
  request.open('POST', `${config.baseUrl}/__emu/current-user`, false);
  request.setRequestHeader('content-type', 'application/x-www-form-urlencoded');
  request.send(new URLSearchParams({ corpId: config.orgKey, userId: config.userId }).toString());
  calls.push({ name: 'current-user', params: { corpId: config.orgKey, userId: config.userId } });
  if (request.status >= 300) {
    console.error(`WeCom double: the emulator refused ${config.userId}: ${request.responseText}`);
  }
})();
