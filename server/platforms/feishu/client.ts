/**
 * Feishu/Lark client through @larksuiteoapi/node-sdk. The SDK neither caches nor fetches tokens here
 * (disableTokenCache): every call carries the token it is given, because our token cache lives outside the clients.
 */
import { Client, withTenantToken, withUserAccessToken } from '@larksuiteoapi/node-sdk';
import { z } from 'zod';
import { jsapiSignature } from '../crypto/jsapi-signature';
import { type HttpOptions, type PlatformLogger, readShape, trimBaseUrl } from '../http';
import { withLinks } from '../links';
import {
  type Expiring,
  type FeishuSettings,
  type PlatformClient,
  PlatformError,
  type PlatformProfile,
} from '../types';
import { handleFeishuCallback } from './callback';
import { feishuUuid, renderFeishuCard } from './card';
import { createFeishuDirectory } from './directory';
import { createLarkHttp } from './http-instance';
import { feishuAppLink } from './links';
import { createLarkLogger } from './logger';

const positive = z.coerce.number().positive();
const tenantTokenReply = z.object({ tenant_access_token: z.string().min(1), expire: positive });
const ticketReply = z.object({ data: z.object({ ticket: z.string().min(1), expire_in: positive }) });
const userTokenReply = z.object({ access_token: z.string().min(1) });
const appTokenReply = z.object({ app_access_token: z.string().min(1) });
const preAuthorizedTokenReply = z.object({ data: userTokenReply });
const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value ? value : null));
const userInfoReply = z.object({
  data: z.object({
    open_id: z.string().min(1),
    union_id: optionalText,
    name: z.string().nullish(),
    avatar_url: optionalText,
    mobile: optionalText,
    email: optionalText,
    enterprise_email: optionalText,
    tenant_key: optionalText,
  }),
});
const contactReply = z.object({
  data: z.object({
    user: z.object({
      open_id: z.string().nullish(),
      union_id: optionalText,
      name: z.string().nullish(),
      avatar: z.object({ avatar_240: optionalText }).nullish(),
      mobile: optionalText,
      email: optionalText,
      enterprise_email: optionalText,
      department_ids: z.array(z.string()).nullish(),
      is_tenant_manager: z.boolean().nullish(),
    }),
  }),
});
const sendReply = z.object({ data: z.object({ message_id: optionalText }).nullish() });

export function createFeishuClient(
  settings: FeishuSettings,
  http: HttpOptions,
  logger?: PlatformLogger,
): PlatformClient {
  const domain = trimBaseUrl(settings.baseUrl, 'https://open.feishu.cn');
  let sdk: Client | undefined;
  // Built on first use: the SDK's client object is large, and handleCallback and jsapiConfig never need it.
  const lark = () => {
    sdk ??= new Client({
      appId: settings.appId,
      appSecret: settings.appSecret,
      domain,
      disableTokenCache: true,
      httpInstance: createLarkHttp(http),
      logger: createLarkLogger(logger, [settings.appSecret, settings.encryptKey, settings.verificationToken]),
    });
    return sdk;
  };

  /**
   * user_info carries no departments; contact/v3/users does (and whether the person manages the tenant), when the
   * app has contact scopes. Without them the person still signs in, just without department-based roles.
   */
  const contactOf = async (openId: string, appToken: string) => {
    const body: unknown = await lark().contact.user.get(
      {
        path: { user_id: openId },
        params: { user_id_type: 'open_id', department_id_type: 'open_department_id' },
      },
      withTenantToken(appToken),
    );
    return readShape('feishu', 'contact/v3/users', contactReply, body).data.user;
  };
  const standingOf = async (openId: string, appToken: string) => {
    try {
      const user = await contactOf(openId, appToken);
      return { departmentIds: user.department_ids ?? [], isOrgAdmin: user.is_tenant_manager === true };
    } catch (error) {
      if (error instanceof PlatformError && error.kind === 'rejected') {
        return { departmentIds: [], isOrgAdmin: false };
      }
      throw error;
    }
  };

  const userTokenFor = async (code: string): Promise<string> => {
    const body = await lark().request<unknown>({
      method: 'POST',
      url: '/open-apis/authen/v2/oauth/token',
      data: {
        grant_type: 'authorization_code',
        client_id: settings.appId,
        client_secret: settings.appSecret,
        code,
      },
    });
    return readShape('feishu', 'authen/v2/oauth/token', userTokenReply, body).access_token;
  };
  const preAuthorizedUserToken = async (code: string): Promise<string> => {
    const appTokenBody: unknown = await lark().auth.appAccessToken.internal({
      data: { app_id: settings.appId, app_secret: settings.appSecret },
    });
    const appAccessToken = readShape(
      'feishu',
      'app_access_token',
      appTokenReply,
      appTokenBody,
    ).app_access_token;
    const body = await lark().request<unknown>(
      {
        method: 'POST',
        url: '/open-apis/authen/v1/access_token',
        data: { grant_type: 'authorization_code', code },
      },
      { headers: { Authorization: `Bearer ${appAccessToken}` } },
    );
    return readShape('feishu', 'authen/v1/access_token', preAuthorizedTokenReply, body).data.access_token;
  };

  return {
    platform: 'feishu',
    ticketKinds: ['jsapi'],
    directory: createFeishuDirectory(lark),

    async fetchAppToken(): Promise<Expiring> {
      const body: unknown = await lark().auth.tenantAccessToken.internal({
        data: { app_id: settings.appId, app_secret: settings.appSecret },
      });
      const reply = readShape('feishu', 'tenant_access_token', tenantTokenReply, body);
      // `expire` is the token's remaining life, not its full lifetime (§3.2).
      return { value: reply.tenant_access_token, expiresAt: Date.now() + reply.expire * 1000 };
    },

    async fetchTicket(appToken, kind): Promise<Expiring> {
      if (kind !== 'jsapi') {
        throw new PlatformError('feishu', 'rejected', 'unsupported_ticket', `Feishu has no ${kind} ticket`);
      }
      const body = await lark().request<unknown>(
        { method: 'POST', url: '/open-apis/jssdk/ticket/get' },
        withTenantToken(appToken),
      );
      const { data } = readShape('feishu', 'jssdk/ticket/get', ticketReply, body);
      return { value: data.ticket, expiresAt: Date.now() + data.expire_in * 1000 };
    },

    // Each kind of code is exchanged where Feishu issues it for. A tt.requestAccess code is an OAuth 2
    // authorization code: authen/v2 with the app's own credentials.
    // A tt.requestAuthCode code (older clients) is a 登录预授权码, which only authen/v1/access_token accepts, with
    // an app_access_token; that path is rare, so its app_access_token is fetched for the exchange, not cached.
    async exchangeCode(appToken, code, kind = 'authorization'): Promise<PlatformProfile> {
      const userToken =
        kind === 'preAuthorization' ? await preAuthorizedUserToken(code) : await userTokenFor(code);
      const infoBody: unknown = await lark().authen.userInfo.get({}, withUserAccessToken(userToken));
      const user = readShape('feishu', 'authen/v1/user_info', userInfoReply, infoBody).data;
      return {
        externalId: user.open_id,
        unionId: user.union_id,
        name: user.name ?? '',
        avatarUrl: user.avatar_url,
        mobile: user.mobile,
        email: user.email ?? user.enterprise_email,
        ...(await standingOf(user.open_id, appToken)),
        tenantKey: user.tenant_key,
      };
    },

    async fetchProfile(appToken, externalId): Promise<PlatformProfile> {
      const user = await contactOf(externalId, appToken);
      return {
        externalId,
        unionId: user.union_id,
        name: user.name ?? '',
        avatarUrl: user.avatar?.avatar_240 ?? null,
        mobile: user.mobile,
        email: user.email ?? user.enterprise_email,
        departmentIds: user.department_ids ?? [],
        isOrgAdmin: user.is_tenant_manager === true,
        tenantKey: null,
      };
    },

    async sendMessage(appToken, recipientExternalId, message) {
      const body: unknown = await lark().im.message.create(
        {
          params: { receive_id_type: 'open_id' },
          data: {
            receive_id: recipientExternalId,
            msg_type: 'interactive',
            content: renderFeishuCard(withLinks(message, (link) => feishuAppLink(settings, link))),
            uuid: feishuUuid(message.dedupeKey),
          },
        },
        withTenantToken(appToken),
      );
      const reply = readShape('feishu', 'im/v1/messages', sendReply, body);
      return { platformMessageId: reply.data?.message_id ?? null };
    },

    handleCallback: (request) => handleFeishuCallback(settings, request),

    jsapiConfig(tickets, url, nonce) {
      const ticket = tickets.jsapi;
      if (!ticket) throw new Error('Feishu jsapiConfig needs the jsapi ticket');
      // Feishu's samples sign a millisecond timestamp, unlike DingTalk and WeCom (§3.4).
      const timestamp = nonce.now;
      const signature = jsapiSignature({ ticket, nonceStr: nonce.nonceStr, timestamp, url });
      return { platform: 'feishu', appId: settings.appId, timestamp, nonceStr: nonce.nonceStr, signature };
    },
  };
}
