/** Host detection and the org key a platform puts in the page URL. */
import { describe, expect, it } from 'vitest';
import { currentHost, homeUrlFor, isSameEntry, nextScreen, readEntry } from './host';

const dingTalkUa = 'Mozilla/5.0 (Linux; Android 13) Mobile Safari/537.36 AliApp(DingTalk/7.6.0)';
const weComUa = 'Mozilla/5.0 (iPhone) Mobile/15E148 wxwork/3.1.9 MicroMessenger/7.0.1 Language/zh';

describe('currentHost', () => {
  it('lets ?platform= force the host, the browser included', () => {
    expect(currentHost('?platform=feishu', dingTalkUa)).toBe('feishu');
    expect(currentHost('?platform=browser', dingTalkUa)).toBe('browser');
  });

  it('ignores an unknown ?platform= and reads the user agent', () => {
    expect(currentHost('?platform=wechat', weComUa)).toBe('wecom');
    expect(currentHost('', 'Mozilla/5.0 Chrome/131')).toBe('browser');
  });
});

describe('readEntry', () => {
  it('reads DingTalk’s corpid but not its unsubstituted $CORPID$ placeholder', () => {
    expect(readEntry('dingtalk', '?corpid=ding123')).toEqual({
      platform: 'dingtalk',
      key: 'ding123',
      agentId: null,
    });
    expect(readEntry('dingtalk', '?corpid=$CORPID$')).toBeNull();
  });

  it('reads Feishu’s appId', () => {
    expect(readEntry('feishu', '?appId=cli_1')).toEqual({ platform: 'feishu', key: 'cli_1', agentId: null });
  });

  it('needs both corpId and a numeric agentId for WeCom', () => {
    expect(readEntry('wecom', '?corpId=ww1&agentId=1000002')).toEqual({
      platform: 'wecom',
      key: 'ww1',
      agentId: '1000002',
    });
    expect(readEntry('wecom', '?corpId=ww1')).toBeNull();
    expect(readEntry('wecom', '?corpId=ww1&agentId=abc')).toBeNull();
  });
});

describe('isSameEntry', () => {
  it('compares platform, key and agentId, and never matches a missing entry', () => {
    const entry = { platform: 'wecom' as const, key: 'ww1', agentId: '1' };
    expect(isSameEntry(entry, { ...entry })).toBe(true);
    expect(isSameEntry(entry, { ...entry, agentId: '2' })).toBe(false);
    expect(isSameEntry(null, null)).toBe(false);
  });
});

describe('homeUrlFor', () => {
  it('gives each platform the address its console needs', () => {
    const origin = 'https://fieldloop.example.com';
    expect(homeUrlFor(origin, { platform: 'dingtalk', key: 'ding1', agentId: null })).toBe(
      'https://fieldloop.example.com/sign-in?corpid=$CORPID$',
    );
    expect(homeUrlFor(origin, { platform: 'feishu', key: 'cli_1', agentId: null })).toBe(
      'https://fieldloop.example.com/sign-in?appId=cli_1',
    );
    expect(homeUrlFor(origin, { platform: 'wecom', key: 'ww1', agentId: '1000002' })).toBe(
      'https://fieldloop.example.com/sign-in?corpId=ww1&agentId=1000002',
    );
  });
});

describe('nextScreen', () => {
  it('answers the screen a message link names, query and fragment included', () => {
    expect(nextScreen('?corpid=ding1&next=%2Frequirements%2F7')).toBe('/requirements/7');
    expect(nextScreen(`?next=${encodeURIComponent('/requirements/7/told?mention=m1#top')}`)).toBe(
      '/requirements/7/told?mention=m1#top',
    );
  });

  it('refuses other origins, protocol-relative and backslash tricks, and sign-in loops', () => {
    for (const next of [
      'https://evil.example/x',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      '/sign-in?corpid=x',
      '/login',
      '',
    ]) {
      expect(nextScreen(`?next=${encodeURIComponent(next)}`)).toBeNull();
    }
    expect(nextScreen('?corpid=ding1')).toBeNull();
  });
});
