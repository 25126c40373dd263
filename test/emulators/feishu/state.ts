/** What the Feishu emulator knows: apps with their tenant's people, and everything issued or sent so far. */
import { z } from 'zod';
import { HOUR, MINUTE, SECOND, VirtualClock } from '../core/clock';
import { AuthCodeStore } from '../core/codes';
import { CounterBook } from '../core/counters';
import { CredentialIssuer } from '../core/credentials';
import { FaultPlan } from '../core/faults';
import { randomAlphanumeric, randomHex } from '../core/ids';
import { Outbox } from '../core/outbox';
import { SlidingWindow } from '../core/rate-window';

export const feishuUserSeed = z.object({
  openId: z.string().min(1),
  unionId: z.string().optional(),
  userId: z.string().optional(),
  name: z.string().min(1),
  enName: z.string().optional(),
  mobile: z.string().optional(),
  email: z.string().optional(),
  avatar: z.string().optional(),
  departmentIds: z.array(z.string()).default(['0']),
  jobTitle: z.string().optional(),
  employeeNo: z.string().optional(),
  isTenantManager: z.boolean().default(false),
  leaderUserId: z.string().optional(),
});

export const feishuDepartmentSeed = z.object({
  openDepartmentId: z.string().min(1),
  name: z.string().min(1),
  parentId: z.string().default('0'),
});

/** The app's identity permissions that open the contact API (a real app may have none of them). */
export const defaultContactScopes = ['contact:contact.base:readonly'];

export const feishuAppSeed = z.object({
  appId: z.string().min(1),
  appSecret: z.string().min(1),
  tenantKey: z.string().min(1),
  encryptKey: z.string().min(1),
  verificationToken: z.string().min(1),
  /** Browser OAuth redirect URLs (安全设置 → 重定向URL); empty = accept any. */
  redirectUris: z.array(z.string()).default([]),
  users: z.array(feishuUserSeed).default([]),
  departments: z.array(feishuDepartmentSeed).default([]),
  /** 应用身份权限 granted to the app; contact routes refuse with 99991672 without one they accept. */
  contactScopes: z.array(z.string()).default(defaultContactScopes),
});

export type FeishuUserSeed = z.input<typeof feishuUserSeed>;
export type FeishuAppSeed = z.input<typeof feishuAppSeed>;
export type FeishuUser = z.output<typeof feishuUserSeed> & { unionId: string; userId: string };
export type FeishuDepartment = z.output<typeof feishuDepartmentSeed>;
export type FeishuApp = Omit<z.output<typeof feishuAppSeed>, 'users'> & { users: Map<string, FeishuUser> };

/**
 * Where a code came from decides where Feishu exchanges it:
 * - `requestAccess` (tt.requestAccess, V6.9.0+, 3 minutes) and `oauth` (the 获取授权码 page
 *   accounts.feishu.cn/open-apis/authen/v1/authorize, 5 minutes) are OAuth 2 授权码, exchanged at
 *   POST /open-apis/authen/v2/oauth/token with client_id/client_secret:
 *   https://open.feishu.cn/document/uYjL24iN/uUzMuUzMuUzM/requestaccess,
 *   https://open.feishu.cn/document/common-capabilities/sso/api/obtain-oauth-code,
 *   https://open.feishu.cn/document/authentication-management/access-token/get-user-access-token
 * - `requestAuthCode` (tt.requestAuthCode, V5.1.0+, historical, 5 minutes) hands out a 免登授权码, the
 *   登录预授权码 of the historical web login, exchanged at POST /open-apis/authen/v1/access_token (and its OIDC
 *   twin) with `Authorization: Bearer <app_access_token>`:
 *   https://open.feishu.cn/document/uYjL24iN/uUzMuUzMuUzM/20220308,
 *   https://open.feishu.cn/document/ukTMukTMukTM/ukzN4UjL5cDO14SO3gTN,
 *   https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/authen-v1/access_token/create
 * A code presented at the other family's endpoint is refused as invalid (and stays usable where it belongs).
 */
export type AuthCodeKind = 'requestAccess' | 'requestAuthCode' | 'oauth';
export const authCodeTtlMs: Record<AuthCodeKind, number> = {
  requestAccess: 3 * MINUTE,
  requestAuthCode: 5 * MINUTE,
  oauth: 5 * MINUTE,
};

export interface AuthCodeSubject {
  appId: string;
  kind: AuthCodeKind;
  openId: string;
  scope: string;
  redirectUri: string | null;
}

export interface UserGrant {
  appId: string;
  openId: string;
  scope: string;
  expiresAt: number;
}

export interface SentRecord {
  at: number;
  data: Record<string, unknown>;
}

export type TokenErrorStatus = 200 | 400;

const rotateNearExpiry = { kind: 'rotate-near-expiry', thresholdMs: 30 * MINUTE } as const;

export class FeishuState {
  readonly clock = new VirtualClock();
  readonly apps = new Map<string, FeishuApp>();
  readonly tenantTokens = new CredentialIssuer(this.clock, {
    ttlMs: 2 * HOUR,
    rule: rotateNearExpiry,
    makeValue: () => `t-g${randomHex(20)}`,
  });
  readonly appTokens = new CredentialIssuer(this.clock, {
    ttlMs: 2 * HOUR,
    rule: rotateNearExpiry,
    makeValue: () => `a-g${randomHex(20)}`,
  });
  readonly tickets = new CredentialIssuer(this.clock, {
    ttlMs: 2 * HOUR,
    rule: rotateNearExpiry,
    makeValue: () => randomAlphanumeric(40),
  });
  readonly userTokens = new Map<string, UserGrant>();
  readonly refreshTokens = new Map<string, UserGrant>();
  readonly codes = new AuthCodeStore<AuthCodeSubject>(this.clock, () => randomHex(16));
  readonly outbox = new Outbox();
  /** `uuid` → the first answer, for Feishu's one-hour send dedupe. */
  readonly sentByUuid = new Map<string, SentRecord>();
  /** 5 QPS per recipient. */
  readonly perRecipient = new SlidingWindow(this.clock, SECOND, 5);
  readonly counters = new CounterBook();
  readonly faults = new FaultPlan();
  /** Feishu answers an invalid tenant token with HTTP 200 in some reports and 400 in others. */
  tokenErrorStatus: TokenErrorStatus;
  /** Who the browser OAuth page signs in when the request names nobody. */
  readonly currentUser = new Map<string, string>();

  constructor(private readonly defaultTokenErrorStatus: TokenErrorStatus) {
    this.tokenErrorStatus = defaultTokenErrorStatus;
  }

  addApp(seed: FeishuAppSeed): FeishuApp {
    const { users, ...parsed } = feishuAppSeed.parse(seed);
    const app: FeishuApp = { ...parsed, users: this.apps.get(parsed.appId)?.users ?? new Map() };
    for (const user of users) {
      app.users.set(user.openId, {
        ...user,
        unionId: user.unionId ?? `on_${randomHex(16)}`,
        userId: user.userId ?? randomHex(4),
      });
    }
    this.apps.set(app.appId, app);
    return app;
  }

  findUser(app: FeishuApp, idType: string, id: string): FeishuUser | null {
    for (const user of app.users.values()) {
      const candidate = {
        open_id: user.openId,
        union_id: user.unionId,
        user_id: user.userId,
        email: user.email,
      }[idType];
      if (candidate === id) return user;
    }
    return null;
  }

  grantUserToken(subject: AuthCodeSubject): { accessToken: string; refreshToken: string } {
    const grant = { appId: subject.appId, openId: subject.openId, scope: subject.scope };
    const accessToken = `u-${randomAlphanumeric(40)}`;
    const refreshToken = `ur-${randomAlphanumeric(40)}`;
    this.userTokens.set(accessToken, { ...grant, expiresAt: this.clock.now() + 2 * HOUR });
    this.refreshTokens.set(refreshToken, { ...grant, expiresAt: this.clock.now() + 30 * 24 * HOUR });
    return { accessToken, refreshToken };
  }

  reset(): void {
    this.clock.reset();
    this.tenantTokens.clear();
    this.appTokens.clear();
    this.tickets.clear();
    this.userTokens.clear();
    this.refreshTokens.clear();
    this.codes.clear();
    this.outbox.clear();
    this.sentByUuid.clear();
    this.perRecipient.clear();
    this.counters.clear();
    this.faults.clear();
    this.currentUser.clear();
    this.tokenErrorStatus = this.defaultTokenErrorStatus;
  }
}
