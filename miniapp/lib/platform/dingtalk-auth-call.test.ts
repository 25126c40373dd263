/** The DingTalk sign-in call a client of each version can answer. */
import { describe, expect, it } from 'vitest';
import { dingTalkAuthCodeCall } from './dingtalk-auth-call';

const current = 'requestAuthCode';
const legacy = 'runtime.permission.requestAuthCode';

describe('dingTalkAuthCodeCall', () => {
  it('uses dd.requestAuthCode from 7.0.45 on phones and falls back below it', () => {
    expect(dingTalkAuthCodeCall({ platform: 'android', version: '7.0.45' })).toBe(current);
    expect(dingTalkAuthCodeCall({ platform: 'ios', version: '7.6.0' })).toBe(current);
    expect(dingTalkAuthCodeCall({ platform: 'android', version: '7.0.44' })).toBe(legacy);
    expect(dingTalkAuthCodeCall({ platform: 'ios', version: '6.5.10' })).toBe(legacy);
  });

  it('needs 7.0.50 on the desktop, where 7.0.45 is still too old', () => {
    expect(dingTalkAuthCodeCall({ platform: 'pc', version: '7.0.45' })).toBe(legacy);
    expect(dingTalkAuthCodeCall({ platform: 'pc', version: '7.0.50' })).toBe(current);
    expect(dingTalkAuthCodeCall({ platform: 'pc', version: '7.1' })).toBe(current);
  });

  it('compares versions by number, not by text', () => {
    expect(dingTalkAuthCodeCall({ platform: 'android', version: '7.0.100' })).toBe(current);
    expect(dingTalkAuthCodeCall({ platform: 'android', version: '7.0.5' })).toBe(legacy);
    expect(dingTalkAuthCodeCall({ platform: 'android', version: '7.0.45.3' })).toBe(current);
  });

  it('takes the call every client has when the version or the platform is unknown', () => {
    expect(dingTalkAuthCodeCall({ platform: 'android' })).toBe(legacy);
    expect(dingTalkAuthCodeCall({ platform: 'gdtAndroid', version: '7.6.0' })).toBe(legacy);
    expect(dingTalkAuthCodeCall({ platform: 'harmony', version: '7.0.0' })).toBe(current);
  });
});
