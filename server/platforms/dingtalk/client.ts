/**
 * DingTalk internal-app client: the app token and JS-API ticket from the current api.dingtalk.com v1.0 endpoints, the
 * rest over oapi.dingtalk.com (§2.2–§2.8). The official @alicloud/dingtalk SDK covers the two v1.0 calls, but sends
 * through its own HTTP stack, which cannot take the public-only fetch a tenant-set base URL must go through (and
 * defaults to plain http unless told otherwise); these two requests are small enough to send ourselves.
 */
import { z } from 'zod';
import { jsapiSignature, withDecodedQuery } from '../crypto/jsapi-signature';
import { callJson, type HttpOptions, type HttpRequest, readShape, trimBaseUrl } from '../http';
import { withLinks } from '../links';
import {
  type DeliveryReport,
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
/** POST api.dingtalk.com/v1.0/oauth2/accessToken (§2.2 B; the oapi gettoken page is marked legacy). */
const tokenReply = z.object({ accessToken: z.string().min(1), expireIn: expiresIn });
/** POST api.dingtalk.com/v1.0/oauth2/jsapiTickets (§2.4; create-a-jsapi-ticket, S:ALIDT CreateJsapiTicketResponseBody). */
const ticketReply = z.object({ jsapiTicket: z.string().min(1), expireIn: expiresIn });
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

/** Some SDK samples show the lists as "a,b" strings; the API answers arrays. Both are read. */
const idList = z
  .union([z.array(z.union([z.string(), z.number()])), z.string()])
  .nullish()
  .transform((value) =>
    typeof value === 'string' ? value.split(',').filter(Boolean) : (value ?? []).map(String),
  );
const sendResultReply = z.object({
  send_result: z.object({
    invalid_user_id_list: idList,
    forbidden_user_id_list: idList,
    failed_user_id_list: idList,
    read_user_id_list: idList,
    unread_user_id_list: idList,
    forbidden_list: z
      .array(z.object({ code: z.union([z.string(), z.number()]), userid: z.string() }))
      .nullish(),
  }),
});

/** The recipient's line in getsendresult (§2.5: results are kept 24 h; absent from every list = not processed yet). */
function deliveryOf(result: z.output<typeof sendResultReply>['send_result'], userId: string): DeliveryReport {
  if (result.read_user_id_list.includes(userId)) return { state: 'read', reason: null };
  if (result.unread_user_id_list.includes(userId)) return { state: 'delivered', reason: null };
  const forbidden = result.forbidden_list?.find((entry) => entry.userid === userId);
  if (forbidden || result.forbidden_user_id_list.includes(userId)) {
    return { state: 'refused', reason: forbidden ? `forbidden:${forbidden.code}` : 'forbidden' };
  }
  if (result.invalid_user_id_list.includes(userId)) return { state: 'refused', reason: 'invalid_user' };
  if (result.failed_user_id_list.includes(userId)) return { state: 'refused', reason: 'failed' };
  return { state: 'pending', reason: null };
}

export function createDingTalkClient(settings: DingTalkSettings, http: HttpOptions): PlatformClient {
  // One base URL stands in for both oapi.dingtalk.com and api.dingtalk.com (emulators, private deployments).
  const oapi = trimBaseUrl(settings.baseUrl, 'https://oapi.dingtalk.com');
  const api = trimBaseUrl(settings.baseUrl, 'https://api.dingtalk.com');
  const call = (request: HttpRequest) => callJson('dingtalk', http, request, readDingTalkBody);

  const client: Omit<PlatformClient, 'directory'> = {
    platform: 'dingtalk',
    ticketKinds: ['jsapi'],

    async fetchAppToken(): Promise<Expiring> {
      // The token also works on the oapi endpoints (?access_token=), so one token serves both hosts.
      const body = await call({
        operation: 'oauth2/accessToken',
        method: 'POST',
        url: `${api}/v1.0/oauth2/accessToken`,
        json: { appKey: settings.clientId, appSecret: settings.clientSecret },
        secrets: [settings.clientSecret],
      });
      const reply = readShape('dingtalk', 'oauth2/accessToken', tokenReply, body);
      return { value: reply.accessToken, expiresAt: Date.now() + reply.expireIn * 1000 };
    },

    async fetchTicket(appToken: string, kind: TicketKind): Promise<Expiring> {
      if (kind !== 'jsapi') throw unsupportedTicket(kind);
      const body = await call({
        operation: 'oauth2/jsapiTickets',
        method: 'POST',
        url: `${api}/v1.0/oauth2/jsapiTickets`,
        headers: { 'x-acs-dingtalk-access-token': appToken },
        json: {},
        secrets: [appToken],
      });
      const reply = readShape('dingtalk', 'oauth2/jsapiTickets', ticketReply, body);
      return {
        value: reply.jsapiTicket,
        expiresAt: Date.now() + reply.expireIn * 1000,
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

    async fetchDeliveryReport(appToken, platformMessageId, recipientExternalId) {
      const body = await call({
        operation: 'getsendresult',
        method: 'POST',
        url: `${oapi}/topapi/message/corpconversation/getsendresult`,
        query: { access_token: appToken },
        json: { agent_id: Number(settings.agentId), task_id: Number(platformMessageId) },
        secrets: [appToken],
      });
      const reply = readShape('dingtalk', 'getsendresult', sendResultReply, body);
      return deliveryOf(reply.send_result, recipientExternalId);
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
