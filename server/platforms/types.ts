/**
 * The one interface Fieldloop speaks to DingTalk, Feishu and WeCom through. A client is stateless: it is built
 * from one connection's settings and is handed the app token it should use, so caching, single-flight refresh
 * and retry-once-on-invalid-token live in one place outside the clients (server/platforms/tokens.ts).
 */
import type { Platform } from '@shared/domain/platforms';
import type { DingTalkEventMode, JsapiConfig, SignInCodeKind } from '@shared/schemas/platform';

export interface DingTalkSettings {
  platform: 'dingtalk';
  corpId: string;
  clientId: string;
  clientSecret: string;
  agentId: string;
  /** HTTP callbacks (signed with the token and key below) or Stream mode (empty token and key). */
  events: DingTalkEventMode;
  callbackToken: string;
  callbackAesKey: string;
  /** Replaces both https://oapi.dingtalk.com and https://api.dingtalk.com (emulators, private deployments). */
  baseUrl: string | null;
}

export interface FeishuSettings {
  platform: 'feishu';
  appId: string;
  appSecret: string;
  encryptKey: string;
  verificationToken: string;
  /** Replaces https://open.feishu.cn (Lark international: https://open.larksuite.com; emulators). */
  baseUrl: string | null;
}

export interface WeComSettings {
  platform: 'wecom';
  corpId: string;
  agentId: string;
  secret: string;
  callbackToken: string;
  callbackAesKey: string;
  /** Replaces https://qyapi.weixin.qq.com (and open.weixin.qq.com for the OAuth page). */
  baseUrl: string | null;
}

export type PlatformSettings = DingTalkSettings | FeishuSettings | WeComSettings;

/** A token or ticket and when the platform says it stops working (epoch ms). */
export interface Expiring {
  value: string;
  expiresAt: number;
  /**
   * The value dies this long after the platform created it however often a fetch renews it (DingTalk's JS-API
   * ticket: 24 h). Answers do not say when that was, so the cache counts from when it first saw the value.
   */
  maxLifetimeMs?: number;
}

/** Ticket kinds: DingTalk and Feishu have one JS-API ticket; WeCom has the corp one and the agent one. */
export type TicketKind = 'jsapi' | 'agentJsapi';

/** The person a login code belongs to, as the platform describes them. */
export interface PlatformProfile {
  /** The platform's stable id within the tenant: DingTalk userid, Feishu open_id, WeCom userid. */
  externalId: string;
  /** Stable across apps of the same developer where the platform has one (DingTalk unionid, Feishu union_id). */
  unionId: string | null;
  name: string;
  avatarUrl: string | null;
  mobile: string | null;
  email: string | null;
  departmentIds: string[];
  /**
   * The platform says the person administers the organisation (DingTalk `admin`, Feishu `is_tenant_manager` when
   * the app may read contacts); WeCom's user/get does not say, so false there.
   */
  isOrgAdmin: boolean;
  /** Feishu tells which tenant the person belongs to; DingTalk and WeCom internal apps are single-tenant. */
  tenantKey: string | null;
}

/** A notification in platform-neutral form; each client renders it as that platform's card. */
export interface OutgoingMessage {
  /** Stable for one logical message: Feishu's `uuid` dedupe, and our own never-twice guarantee. */
  dedupeKey: string;
  title: string;
  /** Plain text; line breaks allowed. */
  body: string;
  /** Absolute link back into Fieldloop, or null. */
  url: string | null;
  /** Up to two link buttons. */
  actions: { label: string; url: string }[];
  /**
   * A button that calls Fieldloop back without leaving the chat (Feishu `card.action.trigger`; the value names a
   * `cardActions` entry). Platforms without card callbacks show it as a link button to `fallbackUrl` instead.
   */
  callback?: { label: string; value: Record<string, string>; fallbackUrl: string };
}

/** What became of a message at one recipient, where the platform tells (DingTalk's send result). */
export interface DeliveryReport {
  /** 'pending' until the platform has processed it; 'refused' covers invalid, forbidden (quota) and failed. */
  state: 'pending' | 'delivered' | 'read' | 'refused';
  /** For 'refused': which list and code the platform gave, e.g. `forbidden:143106`. */
  reason: string | null;
}

export interface CallbackRequest {
  method: 'GET' | 'POST';
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Exactly the bytes received, as UTF-8: signatures are computed over these, never over re-serialised JSON. */
  rawBody: string;
}

export interface PlatformEvent {
  /** The platform's id for dedupe (Feishu event_id, DingTalk EventType+timestamp hash, WeCom MsgId/event key). */
  id: string;
  type: string;
  data: unknown;
}

export interface CallbackResult {
  status: number;
  contentType: 'application/json' | 'text/plain' | 'application/xml';
  body: string;
  events: PlatformEvent[];
}

export type PlatformErrorKind =
  /** The app token was rejected (expired, revoked): drop it, fetch a new one, retry once. */
  | 'token_invalid'
  /** A login code was unknown, used or expired. */
  | 'bad_code'
  /** App credentials were refused (wrong secret, unknown corp). */
  | 'bad_credentials'
  /** Slow down; retry later. */
  | 'rate_limited'
  /** Network failure, timeout or 5xx: retry later. */
  | 'unavailable'
  /** A callback failed its signature or decryption check. */
  | 'bad_signature'
  /** Anything else the platform refused; retrying will not help. */
  | 'rejected';

export class PlatformError extends Error {
  override name = 'PlatformError';

  constructor(
    readonly platform: Platform,
    readonly kind: PlatformErrorKind,
    /** The platform's own code (errcode, code, sub_code) as text, or an HTTP status. */
    readonly platformCode: string,
    message: string,
  ) {
    super(message);
  }

  get isRetryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'unavailable';
  }

  /** A limit or temporary ban: the outbox waits it out however long it takes (core/outbox/worker.ts). */
  get isThrottle(): boolean {
    return this.kind === 'rate_limited';
  }
}

/** A department of the organisation's directory, as the platform names it. */
export interface DirectoryDepartment {
  /** DingTalk dept_id, Feishu open_department_id, WeCom department id; the root is the platform's root id. */
  id: string;
  name: string;
  parentId: string | null;
}

/** A person of the organisation's directory: the same id sign-in yields (DingTalk/WeCom userid, Feishu open_id). */
export interface DirectoryPerson {
  id: string;
  name: string;
}

/**
 * What the directory showed. `denied` when the app lacks the contact permission or data range for it (Feishu
 * 99991672/40004, DingTalk 88/60011, WeCom 60011): an answer to show, not a failure.
 */
export interface DirectoryListing<T> {
  items: T[];
  denied: boolean;
}

export interface PlatformDirectory {
  /** The root department's id: DingTalk 1, Feishu "0", WeCom 1. */
  readonly rootDepartmentId: string;
  /** The departments directly under `parentId`. */
  listDepartments(appToken: string, parentId: string): Promise<DirectoryListing<DirectoryDepartment>>;
  /** People whose name contains `query`, or the members of the root department when it is empty. */
  searchPeople(appToken: string, query: string): Promise<DirectoryListing<DirectoryPerson>>;
}

export interface PlatformClient {
  readonly platform: Platform;
  /** Fetches a new app access token; never caches. */
  fetchAppToken(): Promise<Expiring>;
  fetchTicket(appToken: string, kind: TicketKind): Promise<Expiring>;
  /** Exchanges a single-use sign-in code for the person it belongs to; only Feishu has codes of another kind. */
  exchangeCode(appToken: string, code: string, kind?: SignInCodeKind): Promise<PlatformProfile>;
  /** The person as the platform's directory describes them now (after a contact-change event). */
  fetchProfile(appToken: string, externalId: string): Promise<PlatformProfile>;
  sendMessage(
    appToken: string,
    recipientExternalId: string,
    message: OutgoingMessage,
  ): Promise<{ platformMessageId: string | null }>;
  /**
   * Where the platform answers success before delivering (DingTalk work notifications), what became of the message
   * sent as `platformMessageId` at this recipient. Absent where acceptance is the last word.
   */
  fetchDeliveryReport?(
    appToken: string,
    platformMessageId: string,
    recipientExternalId: string,
  ): Promise<DeliveryReport>;
  /** Verifies, decrypts and answers a callback; throws PlatformError 'bad_signature' for forged or tampered ones. */
  handleCallback(request: CallbackRequest): CallbackResult;
  /** Signs the JS-API config for `url` (fragment already removed) with the tickets of the kinds this platform uses. */
  jsapiConfig(
    tickets: Partial<Record<TicketKind, string>>,
    url: string,
    nonce: { nonceStr: string; now: number },
  ): JsapiConfig;
  /** The ticket kinds jsapiConfig needs. */
  readonly ticketKinds: readonly TicketKind[];
  /** The organisation's departments and people by name, for the role-mapping pickers. */
  readonly directory: PlatformDirectory;
  /**
   * Console settings the platform only refuses later, in front of a person, checked now for the connection's test:
   * WeCom's 可信域名, whose mismatch its OAuth page shows as 50001 inside the client, where this server never hears.
   */
  checkConsoleSetup?(appToken: string, publicUrl: string): Promise<void>;
}
