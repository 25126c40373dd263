/** Platform connections, platform sign-in and JS-API config: request and response shapes. */
import { z } from 'zod';
import { platforms } from '../domain/platforms';
import { roles } from '../domain/roles';
import { idSchema, queryBoolean } from './common';

const secret = z.string().trim().min(1).max(200);
const key = z.string().trim().min(1).max(100);
const baseUrl = z
  .url({ protocol: /^https?$/ })
  .max(300)
  .nullable()
  .optional();
/** DingTalk/WeCom EncodingAESKey: 43 characters of base64 without the trailing "=". */
const encodingAesKey = z.string().regex(/^[A-Za-z0-9+/]{43}$/);
const agentId = z.union([z.string().regex(/^\d{1,20}$/), z.number().int().positive()]).transform(String);

/**
 * How DingTalk hands a connection its events: signed HTTP callbacks to this server, or Stream mode, where this
 * server opens a WebSocket to DingTalk (no public URL needed, and no callback token or key).
 */
export const dingTalkEventModes = ['http', 'stream'] as const;
export type DingTalkEventMode = (typeof dingTalkEventModes)[number];

export const connectionCreate = z
  .discriminatedUnion('platform', [
    z.object({
      platform: z.literal('dingtalk'),
      corpId: key,
      clientId: key,
      clientSecret: secret,
      agentId,
      events: z.enum(dingTalkEventModes).default('http'),
      callbackToken: key.optional(),
      callbackAesKey: encodingAesKey.optional(),
      baseUrl,
    }),
    z.object({
      platform: z.literal('feishu'),
      appId: key,
      appSecret: secret,
      encryptKey: secret,
      verificationToken: key,
      baseUrl,
    }),
    z.object({
      platform: z.literal('wecom'),
      corpId: key,
      agentId,
      secret,
      callbackToken: key,
      callbackAesKey: encodingAesKey,
      baseUrl,
    }),
  ])
  .superRefine(
    (input, ctx) => {
      // Also reached when other fields failed (`when` below), so every missing input is named at once.
      const value = input as { platform?: unknown; events?: unknown; [field: string]: unknown };
      if (value.platform !== 'dingtalk' || (value.events ?? 'http') !== 'http') return;
      for (const field of ['callbackToken', 'callbackAesKey']) {
        if (value[field] === undefined)
          ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: [field] });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
export type ConnectionCreate = z.input<typeof connectionCreate>;

/** Why a connection test failed, in terms the connections screen explains with the fix (ui.connections.problems). */
export const connectionProblemCodes = [
  'IP_NOT_TRUSTED',
  'REDIRECT_DOMAIN_NOT_TRUSTED',
  'BAD_CREDENTIALS',
  'PERMISSION_MISSING',
  'UNREACHABLE',
  'UNKNOWN',
] as const;
export type ConnectionProblemCode = (typeof connectionProblemCodes)[number];
export const connectionProblem = z.object({
  code: z.enum(connectionProblemCodes),
  /** The platform's own code, shown small for support. */
  platformCode: z.string().nullable(),
  /** The IP the platform saw this server call from, when it says (WeCom does). */
  seenIp: z.string().nullable(),
});
export type ConnectionProblem = z.infer<typeof connectionProblem>;

/** A connection as the API shows it: identifiers yes, secrets never. */
export const connection = z.object({
  id: idSchema,
  platform: z.enum(platforms),
  /** DingTalk/WeCom corpId, or Feishu appId: what identifies the tenant's app on the platform. */
  externalKey: z.string(),
  corpId: z.string().nullable(),
  clientId: z.string().nullable(),
  appId: z.string().nullable(),
  agentId: z.string().nullable(),
  baseUrl: z.string().nullable(),
  /** DingTalk: HTTP callbacks to `callbackUrl`, or Stream mode; null on the other platforms. */
  events: z.enum(dingTalkEventModes).nullable(),
  callbackUrl: z.string(),
  enabled: z.boolean(),
  lastTest: z
    .object({
      ok: z.boolean(),
      at: z.string(),
      message: z.string().nullable(),
      problem: connectionProblem.nullable(),
    })
    .nullable(),
  /** What the platform's console needs besides the URLs: this server's domain and egress IP (EGRESS_IP). */
  setup: z.object({ trustedDomain: z.string(), egressIp: z.string().nullable() }),
  createdAt: z.string(),
});
export type Connection = z.infer<typeof connection>;

export const dingTalkLogin = z.object({ corpId: key, code: z.string().min(1).max(512) });
/**
 * How the page got its code: an OAuth 2 authorization code (DingTalk, WeCom, Feishu's tt.requestAccess), or the
 * 登录预授权码 of Feishu's older tt.requestAuthCode, which Feishu exchanges at another endpoint.
 */
export const signInCodeKinds = ['authorization', 'preAuthorization'] as const;
export type SignInCodeKind = (typeof signInCodeKinds)[number];

export const feishuLogin = z.object({
  appId: key,
  code: z.string().min(1).max(512),
  codeKind: z.enum(signInCodeKinds).default('authorization'),
});
export const weComLogin = z.object({ corpId: key, agentId, code: z.string().min(1).max(512) });

export const jsapiConfigQuery = z.object({
  connectionId: idSchema,
  url: z.url().max(2000),
  /** The platform refused the last config (DingTalk 52013): fetch the tickets anew, at most once a minute. */
  refresh: queryBoolean.default(false),
});

/** What the page passes to dd.config / h5sdk.config / ww.register. */
export const jsapiConfig = z.discriminatedUnion('platform', [
  z.object({
    platform: z.literal('dingtalk'),
    agentId: z.string(),
    corpId: z.string(),
    timeStamp: z.number(),
    nonceStr: z.string(),
    signature: z.string(),
  }),
  z.object({
    platform: z.literal('feishu'),
    appId: z.string(),
    timestamp: z.number(),
    nonceStr: z.string(),
    signature: z.string(),
  }),
  z.object({
    platform: z.literal('wecom'),
    corpId: z.string(),
    agentId: z.string(),
    config: z.object({ timestamp: z.number(), nonceStr: z.string(), signature: z.string() }),
    agentConfig: z.object({ timestamp: z.number(), nonceStr: z.string(), signature: z.string() }),
  }),
]);
export type JsapiConfig = z.infer<typeof jsapiConfig>;

/** What a page inside a platform asks before 免登: is this organisation connected, and with which app? */
export const signInOptionsQuery = z.object({
  platform: z.enum(platforms),
  /** DingTalk/WeCom corpId or Feishu appId, as the platform put it in the page's URL. */
  key: key,
  agentId: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
});

export const signInOptions = z.object({
  platform: z.enum(platforms),
  connectionId: idSchema,
  corpId: z.string().nullable(),
  clientId: z.string().nullable(),
  appId: z.string().nullable(),
  agentId: z.string().nullable(),
  /** Where WeCom's OAuth page lives for this connection (the real one, or an emulator). */
  oauthBaseUrl: z.string().nullable(),
});
export type SignInOptions = z.infer<typeof signInOptions>;

/** A platform department or person whose people get a role at each sign-in (unless an admin set theirs by hand). */
export const roleMappingCreate = z.object({
  subject: z.enum(['department', 'user']),
  externalId: z.string().trim().min(1).max(100),
  /** The name the directory showed when the admin picked it; the list reads in names. */
  name: z.string().trim().min(1).max(100).optional(),
  role: z.enum(roles),
});

export const roleMapping = roleMappingCreate
  .omit({ name: true })
  .extend({ id: idSchema, name: z.string().nullable(), createdAt: z.string() });
export type RoleMapping = z.infer<typeof roleMapping>;

/** Platform department ids: digits on DingTalk and WeCom, "0" or od-… on Feishu. */
const directoryId = z.string().regex(/^[\w-]{1,100}$/);

export const directoryDepartmentsQuery = z.object({ parentId: directoryId.optional() });
export const directoryPeopleQuery = z.object({ q: z.string().trim().max(50).default('') });

export const directoryDepartment = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
});
export type DirectoryDepartment = z.infer<typeof directoryDepartment>;

/**
 * `denied`: the platform refused for lack of a contact permission or range (Feishu apps often lack the department
 * scope); the page says so and offers people instead.
 */
export const directoryDepartments = z.object({
  parentId: z.string(),
  isRoot: z.boolean(),
  items: z.array(directoryDepartment),
  denied: z.boolean(),
});
export type DirectoryDepartments = z.infer<typeof directoryDepartments>;

export const directoryPerson = z.object({ id: z.string(), name: z.string() });

/** When the platform refuses, `items` are the people who already signed in through the connection (`fromSignIns`). */
export const directoryPeople = z.object({
  items: z.array(directoryPerson),
  denied: z.boolean(),
  fromSignIns: z.boolean(),
});
export type DirectoryPeople = z.infer<typeof directoryPeople>;

/**
 * A message to one person as an admin follows it: waiting (for the platform's quota or after an outage), handed
 * over, and where the platform tells (DingTalk), delivered, read or refused.
 */
export const personMessageStates = [
  'queued',
  'sending',
  'accepted',
  'delivered',
  'read',
  'refused',
  'failed',
] as const;
export const personMessage = z.object({
  id: idSchema,
  title: z.string(),
  platform: z.enum(platforms).nullable(),
  state: z.enum(personMessageStates),
  /** Why it waits, failed or was refused, as the platform or the outbox said it (e.g. `forbidden:143106`). */
  reason: z.string().nullable(),
  queuedAt: z.string(),
  /** For 'queued': the earliest time it goes. */
  notBefore: z.string().nullable(),
  sentAt: z.string().nullable(),
  checkedAt: z.string().nullable(),
});
export type PersonMessage = z.infer<typeof personMessage>;
export const personMessages = z.object({ items: z.array(personMessage) });
