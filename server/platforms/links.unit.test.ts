import { describe, expect, it } from 'vitest';
import { dingTalkLinks, dingTalkMessageLink } from './dingtalk/links';
import { feishuAppLink } from './feishu/links';
import { signInEntryUrl, withLinks } from './links';
import { messageLinkState, weComOAuthLink } from './wecom/links';

const deepLink = 'https://fieldloop.example/requirements/0193a/told?mention=m-1';
const next = '/requirements/0193a/told?mention=m-1';

describe('the sign-in entry of a deep link', () => {
  it('keeps the screen, query included, as next and adds the organisation key', () => {
    const entry = new URL(signInEntryUrl(deepLink, { corpid: 'dingcorp' }));
    expect(entry.origin + entry.pathname).toBe('https://fieldloop.example/sign-in');
    expect(Object.fromEntries(entry.searchParams)).toEqual({ corpid: 'dingcorp', next });
  });

  it('wraps the card link, every button and the callback fallback', () => {
    const wrapped = withLinks(
      {
        dedupeKey: 'd',
        title: 't',
        body: 'b',
        url: 'https://f.example/a',
        actions: [{ label: 'x', url: 'https://f.example/b' }],
        callback: { label: 'y', value: {}, fallbackUrl: 'https://f.example/c' },
      },
      (link) => `wrapped:${link}`,
    );
    expect([wrapped.url, wrapped.actions[0]?.url, wrapped.callback?.fallbackUrl]).toEqual([
      'wrapped:https://f.example/a',
      'wrapped:https://f.example/b',
      'wrapped:https://f.example/c',
    ]);
  });
});

describe('DingTalk message links', () => {
  const settings = { corpId: 'dingcorp', agentId: '3001' };

  it('opens the workbench on PC with corpid, 0_<agentId> and the page as redirect_url', () => {
    const { pc, mobile } = dingTalkLinks(settings, deepLink);
    expect(pc.startsWith('dingtalk://dingtalkclient/action/openapp?')).toBe(true);
    const params = Object.fromEntries(new URL(pc.replace('dingtalk://', 'https://')).searchParams);
    expect(params).toEqual({
      corpid: 'dingcorp',
      container_type: 'work_platform',
      app_id: '0_3001',
      redirect_type: 'jump',
      redirect_url: mobile,
    });
    expect(mobile).toBe(signInEntryUrl(deepLink, { corpid: 'dingcorp' }));
    expect(dingTalkMessageLink(settings, deepLink)).toBe(pc);
  });
});

describe('Feishu message links', () => {
  it('is an AppLink to the web app whose page gets the app id and the screen', () => {
    const link = new URL(feishuAppLink({ appId: 'cli_a1', baseUrl: null }, deepLink));
    expect(link.origin + link.pathname).toBe('https://applink.feishu.cn/client/web_app/open');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      appId: 'cli_a1',
      mode: 'appCenter',
      path: '/sign-in',
      app_id: 'cli_a1',
      next,
    });
  });

  it('uses Lark’s AppLink host for a Lark connection', () => {
    const link = feishuAppLink({ appId: 'cli_a1', baseUrl: 'https://open.larksuite.com' }, deepLink);
    expect(link.startsWith('https://applink.larksuite.com/client/web_app/open?')).toBe(true);
  });
});

describe('WeCom message links', () => {
  it('is the snsapi_base authorize page returning to the sign-in page with corp, agent and screen', () => {
    const settings = { corpId: 'wwcorp', agentId: '1000002', baseUrl: null };
    const link = weComOAuthLink(settings, deepLink);
    expect(link.endsWith('#wechat_redirect')).toBe(true);
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://open.weixin.qq.com/connect/oauth2/authorize');
    expect([...url.searchParams.keys()]).toEqual([
      'appid',
      'redirect_uri',
      'response_type',
      'scope',
      'state',
      'agentid',
    ]);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      appid: 'wwcorp',
      redirect_uri: signInEntryUrl(deepLink, { corpId: 'wwcorp', agentId: '1000002' }),
      response_type: 'code',
      scope: 'snsapi_base',
      state: messageLinkState,
      agentid: '1000002',
    });
    expect(messageLinkState).toMatch(/^[a-zA-Z0-9]{1,128}$/);
  });
});
