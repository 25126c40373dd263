/*
 * Double of the WeCom container. Sign-in: WeCom has no JS call that hands out a code: the page goes to the
 * OAuth page, which inside WeCom already knows who is signed in. Here that knowledge is the emulator's
 * "current user" for the corp, set before any page script can redirect. JSAPIs: `window.WeixinJSBridge`
 * for the page's real @wecom/jssdk — agentConfig/preVerifyJSAPI (signature checked against the emulator's
 * live ticket) and geoLocation. Plain ES2020, no imports.
 * Config: window.__FIELDLOOP_EMULATOR__ = { platform: 'wecom', baseUrl, orgKey (corpId), agentId, userId,
 * location? ({ latitude, longitude, accuracy?, denied? }, read at each call so a test can move the phone) }.
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

  // WeCom checks each config against the page's address at that moment; @wecom/jssdk runs config again (and asks
  // the page for a new signature) whenever the address changed since the last one, a single-page app's routes too.
  async function verify(kind, params) {
    const response = await fetch(`${config.baseUrl}/__emu/jsapi-signature/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        appKey: `${config.orgKey}/${config.agentId}`,
        kind,
        url: window.location.href.split('#')[0],
        nonceStr: params.nonceStr || params.verifyNonceStr,
        timestamp: params.timestamp || params.verifyTimestamp,
        signature: params.signature || params.verifySignature,
      }),
    });
    const verdict = await response.json().catch(() => ({}));
    return Boolean(response.ok && verdict.ok);
  }

  let configured = false;
  const defaultLocation = { latitude: 30.27415, longitude: 120.15515 };
  const handlers = {
    agentConfig: async (params) => {
      configured = await verify('agentJsapi', params);
      return configured ? {} : { err_msg: 'agentConfig:fail invalid signature' };
    },
    preVerifyJSAPI: async (params) => {
      configured = await verify('jsapi', params);
      return configured ? {} : { err_msg: 'config:fail invalid signature' };
    },
    shareAppMessage: async () => (configured ? {} : { err_msg: 'shareAppMessage:fail no permission' }),
    geoLocation: async () => {
      if (!configured) return { err_msg: 'geoLocation:fail no permission' };
      const location = config.location || defaultLocation;
      if (location.denied) return { err_msg: 'geoLocation:fail auth deny' };
      return {
        latitude: location.latitude,
        longitude: location.longitude,
        accuracy: location.accuracy ?? 15,
        speed: 0,
      };
    },
  };

  window.WeixinJSBridge = {
    on() {},
    invoke(name, params, callback) {
      calls.push({ name, params: { ...params } });
      const handler = handlers[name];
      const answer = handler
        ? handler(params || {})
        : Promise.resolve({ err_msg: `${name}:fail not supported` });
      answer.then((result) => callback({ err_msg: `${name}:ok`, ...result }));
    },
  };
  document.dispatchEvent(new Event('WeixinJSBridgeReady'));
})();
