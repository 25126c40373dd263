/** DingTalk internal-app client over the oapi.dingtalk.com endpoints (§2.2–§2.8). */
import { z } from 'zod';
import { jsapiSignature, withDecodedQuery } from '../crypto/jsapi-signature';
import { callJson, type HttpOptions, type HttpRequest, readShape, trimBaseUrl } from '../http';
import { withLinks } from '../links';
import {
  type DingTalkSettings,
  type Expiring,
  type PlatformClient,
  PlatformError,
  type PlatformProfile,
  type TicketKind,
} from '../types';
import { handleDingTalkCallback } from './callback';
import { createDingTalkDirectory } from './directory';
import { readDingTalkBody } from './errors';
import { dingTalkMessageLink } from './links';
import { renderDingTalkMessage } from './message';

const expiresIn = z.coerce.number().positive();
const tokenReply = z.object({ access_token: z.string().min(1), expires_in: expiresIn });
const ticketReply = z.object({ ticket: z.string().min(1), expires_in: expiresIn });
/** A fetch renews the ticket by 2 h, but it dies 24 h after its creation whatever the renewals (§2.4). */
const ticketMaxLifetimeMs = 24 * 3_600_000;

const userIdReply = z.object({ result: z.object({ userid: z.string().min(1) }) });

const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value ? value : null));

const userReply = z.object({
  result: z.object({
    userid: z.string().min(1),
    unionid: optionalText,
    name: z.string(),
    avatar: optionalText,
    mobile: optionalText,
    email: optionalText,
    org_email: optionalText,
    dept_id_list: z.array(z.union([z.number(), z.string()])).nullish(),
    admin: z.boolean().nullish(),
  }),
});

const sendReply = z.object({ task_id: z.union([z.number(), z.string()]) });

export function createDingTalkClient(settings: DingTalkSettings, http: HttpOptions): PlatformClient {
  // One base URL stands in for both oapi.dingtalk.com and api.dingtalk.com (the directory's people search).
  const oapi = trimBaseUrl(settings.baseUrl, 'https://oapi.dingtalk.com');
  const call = (request: HttpRequest) => callJson('dingtalk', http, request, readDingTalkBody);

  const client: Omit<PlatformClient, 'directory'> = {
    platform: 'dingtalk',
    ticketKinds: ['jsapi'],

    async fetchAppToken(): Promise<Expiring> {
      // Query string only: the doc's curl sends them as a body on a GET, which fails with 40035 (§2.2).
      const body = await call({
        operation: 'gettoken',
        method: 'GET',
        url: `${oapi}/gettoken`,
        query: { appkey: settings.clientId, appsecret: settings.clientSecret },
        secrets: [settings.clientSecret],
      });
      const reply = readShape('dingtalk', 'gettoken', tokenReply, body);
      return { value: reply.access_token, expiresAt: Date.now() + reply.expires_in * 1000 };
    },

    async fetchTicket(appToken: string, kind: TicketKind): Promise<Expiring> {
      if (kind !== 'jsapi') throw unsupportedTicket(kind);
      const body = await call({
        operation: 'get_jsapi_ticket',
        method: 'GET',
        url: `${oapi}/get_jsapi_ticket`,
        query: { access_token: appToken },
        secrets: [appToken],
      });
      const reply = readShape('dingtalk', 'get_jsapi_ticket', ticketReply, body);
      return {
        value: reply.ticket,
        expiresAt: Date.now() + reply.expires_in * 1000,
        maxLifetimeMs: ticketMaxLifetimeMs,
      };
    },

    async exchangeCode(appToken: string, code: string): Promise<PlatformProfile> {
      const who = await call({
        operation: 'user/getuserinfo',
        method: 'POST',
        url: `${oapi}/topapi/v2/user/getuserinfo`,
        query: { access_token: appToken },
        json: { code },
        secrets: [appToken, code],
      });
      const { userid } = readShape('dingtalk', 'user/getuserinfo', userIdReply, who).result;
      return this.fetchProfile(appToken, userid);
    },

    async fetchProfile(appToken: string, externalId: string): Promise<PlatformProfile> {
      const detail = await call({
        operation: 'user/get',
        method: 'POST',
        url: `${oapi}/topapi/v2/user/get`,
        query: { access_token: appToken },
        json: { userid: externalId, language: 'zh_CN' },
        secrets: [appToken],
      });
      const user = readShape('dingtalk', 'user/get', userReply, detail).result;
      return {
        externalId: user.userid,
        unionId: user.unionid,
        name: user.name,
        avatarUrl: user.avatar,
        mobile: user.mobile,
        email: user.email ?? user.org_email,
        departmentIds: (user.dept_id_list ?? []).map(String),
        isOrgAdmin: user.admin === true,
        tenantKey: null,
      };
    },

    async sendMessage(appToken, recipientExternalId, message) {
      // Success only means "accepted": per-user daily caps drop messages silently (§2.5).
      const body = await call({
        operation: 'asyncsend_v2',
        method: 'POST',
        url: `${oapi}/topapi/message/corpconversation/asyncsend_v2`,
        query: { access_token: appToken },
        json: {
          agent_id: Number(settings.agentId),
          userid_list: recipientExternalId,
          to_all_user: false,
          msg: renderDingTalkMessage(withLinks(message, (link) => dingTalkMessageLink(settings, link))),
        },
        secrets: [appToken],
      });
      const reply = readShape('dingtalk', 'asyncsend_v2', sendReply, body);
      return { platformMessageId: String(reply.task_id) };
    },

    handleCallback: (request) => handleDingTalkCallback(settings, request),

    jsapiConfig(tickets, url, nonce) {
      const ticket = tickets.jsapi;
      if (!ticket) throw new Error('DingTalk jsapiConfig needs the jsapi ticket');
      const timeStamp = Math.floor(nonce.now / 1000);
      const signature = jsapiSignature({
        ticket,
        nonceStr: nonce.nonceStr,
        timestamp: timeStamp,
        url: withDecodedQuery(url),
      });
      return {
        platform: 'dingtalk',
        agentId: settings.agentId,
        corpId: settings.corpId,
        timeStamp,
        nonceStr: nonce.nonceStr,
        signature,
      };
    },
  };
  return { ...client, directory: createDingTalkDirectory(oapi, call, client.fetchProfile) };
}

function unsupportedTicket(kind: TicketKind): PlatformError {
  return new PlatformError('dingtalk', 'rejected', 'unsupported_ticket', `DingTalk has no ${kind} ticket`);
}
