/*
 * Double of the DingTalk container for the page's real dingtalk-jsapi: the Android native bridge
 * (`window.nuva.require()` → fn(onSuccess, onFail, namespace, method, params)) and the iOS one
 * (`window.WebViewJavascriptBridge.callHandler(name, params, callback)`). Sign-in codes come from the
 * emulator's POST /__emu/auth-code for the configured person. Plain ES2020, no imports.
 * Config: window.__FIELDLOOP_EMULATOR__ = { platform: 'dingtalk', baseUrl, orgKey, userId, location? }, set before
 * this runs. `location` ({ latitude, longitude, accuracy?, address?, isFromMock?, denied? }) is read at each call,
 * so a test can move the phone: `window.__FIELDLOOP_EMULATOR__.location = {...}`. The client version in the user
 * agent decides which sign-in calls the client knows. dd.config is checked against the page the container
 * entered (its query decoded), whatever route the page shows when it asks.
 */
(() => {
  const config = window.__FIELDLOOP_EMULATOR__;
  if (config?.platform !== 'dingtalk') return;

  // What the page asked the container for, oldest first: lets a test see the real SDK reached the bridge.
  const calls = [];
  Object.defineProperty(window, '__FIELDLOOP_BRIDGE_CALLS__', { value: calls });

  // The container sets the user agent; a plain browser (the demo) gets DingTalk's Android one.
  if (!/DingTalk/i.test(navigator.userAgent)) {
    const userAgent =
      'Mozilla/5.0 (Linux; Android 13; Emulator; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ' +
      'Chrome/115.0.5790.166 Mobile Safari/537.36 AliApp(DingTalk/7.6.0) language/zh-CN';
    Object.defineProperty(navigator, 'userAgent', { get: () => userAgent, configurable: true });
  }

  const failure = (errorCode, errorMessage) => ({ errorCode: String(errorCode), errorMessage });

  async function emulator(path, body) {
    const response = await fetch(config.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) throw failure(3, answer.error || `emulator answered ${response.status}`);
    return answer;
  }

  // dd.requestAuthCode (native requestAuthCodeV2) arrived in DingTalk 7.0.45 on phones and 7.0.50 on the desktop
  // (open.dingtalk.com/document/development/jsapi-request-auth-code); an older client does not know the call and
  // answers as the SDK's ERROR_CODE.not_exist ('1'). runtime.permission.requestAuthCode works on every version.
  const clientVersion = (/DingTalk[/(](\d+(?:\.\d+)*)/i.exec(navigator.userAgent) || [])[1] || '0';
  const isDesktop = !/Android|iPhone|iPad|HarmonyOS/i.test(navigator.userAgent);
  function isAtLeast(version, minimum) {
    const have = version.split('.').map(Number);
    const need = minimum.split('.').map(Number);
    for (let index = 0; index < Math.max(have.length, need.length); index++) {
      const difference = (have[index] || 0) - (need[index] || 0);
      if (difference !== 0) return difference > 0;
    }
    return true;
  }

  async function authCodeV2(params) {
    const minimum = isDesktop ? '7.0.50' : '7.0.45';
    if (!isAtLeast(clientVersion, minimum)) {
      throw failure(
        1,
        `runtime.permission.requestAuthCodeV2 needs DingTalk ${minimum}; this client is ${clientVersion}`,
      );
    }
    return authCode(params);
  }

  async function authCode(params) {
    // The real client only hands out codes for the org the person is in.
    if (params.corpId !== config.orgKey) throw failure(3, `not a member of corp ${params.corpId}`);
    const { code } = await emulator('/__emu/auth-code', { corpId: params.corpId, userId: config.userId });
    return { code };
  }

  // DingTalk authenticates the page the container opened, not the route a single-page app has moved to since
  // ("鉴权需要对父页面实现", open.dingtalk.com jsapi-authentication), and checks it in its raw form: iOS hands
  // over the URL encoded, Android as it was, so DingTalk's sample decodes the query before signing. The
  // navigation entry is the document's own address even when this double is loaded after pushState (the demo).
  const [navigation] = performance.getEntriesByType('navigation');
  const entryUrl = (navigation?.name || window.location.href).split('#')[0];
  function decodedQuery(url) {
    const start = url.indexOf('?');
    if (start < 0) return url;
    try {
      return url.slice(0, start + 1) + decodeURIComponent(url.slice(start + 1));
    } catch {
      return url;
    }
  }
  const authenticatedUrl = decodedQuery(entryUrl);

  // dd.config: the real client refuses privileged JSAPIs until a config with a valid signature went through.
  let configured = false;
  async function requestJsApis(params) {
    const verdict = await emulator('/__emu/jsapi-signature/verify', {
      corpId: params.corpId,
      agentId: params.agentId,
      url: authenticatedUrl,
      nonceStr: params.nonceStr,
      timeStamp: params.timeStamp,
      signature: params.signature,
    });
    if (!verdict.ok) throw failure(52013, `签名校验失败: ${verdict.reason || 'mismatch'}`);
    configured = true;
    return {};
  }

  const defaultLocation = { latitude: 30.27415, longitude: 120.15515, address: '浙江省杭州市西湖区文三路' };
  async function geolocation() {
    if (!configured) throw failure(3, 'device.geolocation.get needs dd.config first');
    const location = config.location || defaultLocation;
    if (location.denied) throw failure(11, '定位权限被拒绝');
    return {
      latitude: String(location.latitude),
      longitude: String(location.longitude),
      accuracy: String(location.accuracy ?? 15),
      address: location.address ?? defaultLocation.address,
      province: '浙江省',
      city: '杭州市',
      isFromMock: Boolean(location.isFromMock),
    };
  }

  const handlers = {
    'runtime.permission.requestAuthCodeV2': authCodeV2,
    'runtime.permission.requestAuthCode': authCode,
    'runtime.permission.requestJsApis': requestJsApis,
    'device.geolocation.get': geolocation,
    // The share sheet: the call is recorded; answering {} stands for the person having picked a chat.
    'biz.util.share': async () => ({}),
    'biz.util.chooseImage': async () => ({
      files: [{ path: 'https://emulator.invalid/photo-1.jpg', size: 102400, fileType: 'jpg' }],
      filePaths: ['https://emulator.invalid/photo-1.jpg'],
    }),
  };

  function invoke(name, params) {
    calls.push({ name, params: { ...params } });
    const handler = handlers[name];
    if (!handler) return Promise.reject(failure(9, `the emulated client does not support ${name}`));
    return handler(params || {});
  }

  // Android: the SDK waits for nuva (isReady) and calls the function it returns.
  window.nuva = {
    isReady: true,
    require: () => (onSuccess, onFail, namespace, method, params) => {
      invoke(`${namespace}.${method}`, params).then(onSuccess, onFail);
    },
  };

  // iOS: WebViewJavascriptBridge answers {errorCode: '0', result} or a failure with its errorCode.
  window.WebViewJavascriptBridge = {
    init() {},
    registerHandler() {},
    callHandler(name, params, callback) {
      invoke(name, params).then(
        (result) => callback({ errorCode: '0', errorMessage: 'success', result }),
        (error) => callback(error?.errorCode ? error : failure(3, String(error))),
      );
    },
  };
})();
