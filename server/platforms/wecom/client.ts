/** WeCom self-built app client over qyapi.weixin.qq.com (§4.2–§4.8). */
import { z } from 'zod';
import { jsapiSignature } from '../crypto/jsapi-signature';
import { callJson, type HttpOptions, type HttpRequest, readShape, trimBaseUrl } from '../http';
import { withLinks } from '../links';
import {
  type Expiring,
  type PlatformClient,
  PlatformError,
  type PlatformProfile,
  type TicketKind,
  type WeComSettings,
} from '../types';
import { handleWeComCallback } from './callback';
import { checkWeComTrustedDomain } from './console-setup';
import { createWeComDirectory } from './directory';
import { readWeComBody } from './errors';
import { weComOAuthLink } from './links';
import { renderWeComMessage } from './message';

const expiresIn = z.coerce.number().positive();
const tokenReply = z.object({ access_token: z.string().min(1), expires_in: expiresIn });
const ticketReply = z.object({ ticket: z.string().min(1), expires_in: expiresIn });
const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value ? value : null));
const whoReply = z.object({ userid: optionalText, openid: optionalText });
const userReply = z.object({
  userid: z.string().min(1),
  name: z.string(),
  avatar: optionalText,
  mobile: optionalText,
  email: optionalText,
  biz_mail: optionalText,
  department: z.array(z.union([z.number(), z.string()])).nullish(),
});
const sendReply = z.object({
  msgid: optionalText,
  invaliduser: optionalText,
  unlicenseduser: optionalText,
});

export function createWeComClient(settings: WeComSettings, http: HttpOptions): PlatformClient {
  const api = `${trimBaseUrl(settings.baseUrl, 'https://qyapi.weixin.qq.com')}/cgi-bin`;
  const call = (request: HttpRequest) => callJson('wecom', http, request, readWeComBody);
  const getWithToken = (
    path: string,
    appToken: string,
    query: Record<string, string> = {},
    secrets: string[] = [],
  ) =>
    call({
      operation: path,
      method: 'GET',
      url: `${api}/${path}`,
      query: { access_token: appToken, ...query },
      secrets: [appToken, ...secrets],
    });

  return {
    platform: 'wecom',
    ticketKinds: ['jsapi', 'agentJsapi'],
    directory: createWeComDirectory(getWithToken),

    async fetchAppToken(): Promise<Expiring> {
      const body = await call({
        operation: 'gettoken',
        method: 'GET',
        url: `${api}/gettoken`,
        query: { corpid: settings.corpId, corpsecret: settings.secret },
        secrets: [settings.secret],
      });
      const reply = readShape('wecom', 'gettoken', tokenReply, body);
      return { value: reply.access_token, expiresAt: Date.now() + reply.expires_in * 1000 };
    },

    async fetchTicket(appToken: string, kind: TicketKind): Promise<Expiring> {
      // The corp ticket signs wx.config; the app's own ticket signs wx.agentConfig (§4.4). Both are quota-limited.
      const body =
        kind === 'jsapi'
          ? await getWithToken('get_jsapi_ticket', appToken)
          : await getWithToken('ticket/get', appToken, { type: 'agent_config' });
      const reply = readShape('wecom', kind, ticketReply, body);
      return { value: reply.ticket, expiresAt: Date.now() + reply.expires_in * 1000 };
    },

    async exchangeCode(appToken: string, code: string): Promise<PlatformProfile> {
      const who = readShape(
        'wecom',
        'auth/getuserinfo',
        whoReply,
        await getWithToken('auth/getuserinfo', appToken, { code }, [code]),
      );
      // A valid code of someone outside the corp yields an openid instead of a userid.
      if (!who.userid) {
        throw new PlatformError(
          'wecom',
          'rejected',
          'not_member',
          'auth/getuserinfo: the person is not a member',
        );
      }
      return this.fetchProfile(appToken, who.userid);
    },

    async fetchProfile(appToken: string, externalId: string): Promise<PlatformProfile> {
      const user = readShape(
        'wecom',
        'user/get',
        userReply,
        await getWithToken('user/get', appToken, { userid: externalId }),
      );
      // Apps created after 2022-06-20 get no avatar, mobile or email here (§4.8): those stay null.
      return {
        externalId: user.userid,
        unionId: null,
        name: user.name,
        avatarUrl: user.avatar,
        mobile: user.mobile,
        email: user.email ?? user.biz_mail,
        departmentIds: (user.department ?? []).map(String),
        isOrgAdmin: false,
        tenantKey: null,
      };
    },

    async sendMessage(appToken, recipientExternalId, message) {
      const body = await call({
        operation: 'message/send',
        method: 'POST',
        url: `${api}/message/send`,
        query: { access_token: appToken },
        json: renderWeComMessage(
          settings.agentId,
          recipientExternalId,
          withLinks(message, (link) => weComOAuthLink(settings, link)),
        ),
        secrets: [appToken],
      });
      const reply = readShape('wecom', 'message/send', sendReply, body);
      // Partly invalid recipient lists still succeed; with one recipient that means nobody got it.
      const refused = [reply.invaliduser, reply.unlicenseduser].flatMap((list) => list?.split('|') ?? []);
      if (refused.some((userId) => userId.toLowerCase() === recipientExternalId.toLowerCase())) {
        throw new PlatformError('wecom', 'rejected', 'invaliduser', 'message/send: recipient refused');
      }
      return { platformMessageId: reply.msgid };
    },

    handleCallback: (request) => handleWeComCallback(settings, request),

    checkConsoleSetup: (appToken, publicUrl) =>
      checkWeComTrustedDomain(getWithToken, settings.agentId, appToken, publicUrl),

    jsapiConfig(tickets, url, nonce) {
      const { jsapi, agentJsapi } = tickets;
      if (!jsapi || !agentJsapi) throw new Error('WeCom jsapiConfig needs the jsapi and agentJsapi tickets');
      const timestamp = Math.floor(nonce.now / 1000);
      const sign = (ticket: string) => ({
        timestamp,
        nonceStr: nonce.nonceStr,
        signature: jsapiSignature({ ticket, nonceStr: nonce.nonceStr, timestamp, url }),
      });
      return {
        platform: 'wecom',
        corpId: settings.corpId,
        agentId: settings.agentId,
        config: sign(jsapi),
        agentConfig: sign(agentJsapi),
      };
    },
  };
}
