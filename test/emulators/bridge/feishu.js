/*
 * Double of what the Feishu client gives a web app through its H5 JSSDK: `window.h5sdk` (ready, error, config)
 * and `window.tt` (requestAccess, requestAuthCode, getLocation, share, chooseImage) with success/fail callbacks.
 * Sign-in codes come from the emulator's POST /__emu/auth-code for the configured person; config signatures
 * are checked against the emulator's live ticket. Plain ES2020, no imports.
 * Config: window.__FIELDLOOP_EMULATOR__ = { platform: 'feishu', baseUrl, orgKey (appId), userId (open_id),
 * location? ({ latitude, longitude, accuracy?, denied? }, read at each call so a test can move the phone) }.
 */
(() => {
  const config = window.__FIELDLOOP_EMULATOR__;
  if (config?.platform !== 'feishu') return;

  const calls = [];
  Object.defineProperty(window, '__FIELDLOOP_BRIDGE_CALLS__', { value: calls });

  const errorHandlers = [];
  const failure = (errno, errString) => ({ errno, errString, errMsg: errString });

  async function emulator(path, body) {
    const response = await fetch(config.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) throw failure(103, answer.error || `emulator answered ${response.status}`);
    return answer;
  }

  /** Runs one JSAPI call: records it, then settles the caller's success/fail/complete callbacks. */
  function settle(name, options, work) {
    calls.push({ name, params: { ...options } });
    work().then(
      (result) => {
        if (typeof options.success === 'function') options.success(result);
        if (typeof options.complete === 'function') options.complete(result);
      },
      (error) => {
        if (typeof options.fail === 'function') options.fail(error);
        if (typeof options.complete === 'function') options.complete(error);
      },
    );
  }

  function codeFor(appId, kind) {
    if (appId !== config.orgKey)
      return Promise.reject(failure(2600002, `app ${appId} is not the opened app`));
    return emulator('/__emu/auth-code', { appId, openId: config.userId, kind }).then(({ code }) => ({
      code,
    }));
  }

  window.h5sdk = {
    ready(callback) {
      setTimeout(callback, 0);
    },
    error(callback) {
      errorHandlers.push(callback);
    },
    config(options) {
      // h5sdk.config answers through onSuccess/onFail (the tt calls use success/fail).
      const callbacks = { success: options.onSuccess, fail: options.onFail };
      settle('config', { ...options, ...callbacks }, () =>
        emulator('/__emu/jsapi-signature/verify', {
          appKey: options.appId,
          url: window.location.href.split('#')[0],
          nonceStr: options.nonceStr,
          timestamp: options.timestamp,
          signature: options.signature,
        }).then((verdict) => {
          if (verdict.ok) return {};
          const error = failure(2700001, `invalid signature: ${verdict.reason || 'mismatch'}`);
          for (const handler of errorHandlers) handler(error);
          throw error;
        }),
      );
    },
  };

  const defaultLocation = { latitude: 30.27415, longitude: 120.15515 };
  window.tt = {
    requestAccess(options) {
      settle('requestAccess', options, () => codeFor(options.appID, 'requestAccess'));
    },
    requestAuthCode(options) {
      settle('requestAuthCode', options, () => codeFor(options.appId, 'requestAuthCode'));
    },
    getLocation(options) {
      settle('getLocation', options, async () => {
        const location = config.location || defaultLocation;
        if (location.denied) throw failure(103, 'auth deny: scope.userLocation');
        return {
          latitude: location.latitude,
          longitude: location.longitude,
          accuracy: location.accuracy ?? 15,
          type: options.type || 'wgs84',
          timestamp: Date.now(),
        };
      });
    },
    share(options) {
      settle('share', options, async () => ({}));
    },
    chooseImage(options) {
      settle('chooseImage', options, async () => ({ tempFilePaths: ['ttfile://emulator/photo-1.jpg'] }));
    },
  };
})();
