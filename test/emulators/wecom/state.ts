/** What the WeCom emulator knows: corps, their apps and people, and everything issued or sent so far. */
import { z } from 'zod';
import { HOUR, MINUTE, VirtualClock } from '../core/clock';
import { AuthCodeStore } from '../core/codes';
import { CounterBook } from '../core/counters';
import { CredentialIssuer } from '../core/credentials';
import { FaultPlan } from '../core/faults';
import { randomAlphanumeric } from '../core/ids';
import { Outbox } from '../core/outbox';
import { SlidingWindow } from '../core/rate-window';

const encodingAesKey = z.string().regex(/^[A-Za-z0-9+/]{43}$/, '43 characters of base64 without "="');

export const weComUserSeed = z.object({
  userId: z.string().min(1),
  name: z.string().min(1),
  mobile: z.string().optional(),
  email: z.string().optional(),
  avatar: z.string().optional(),
  gender: z.enum(['0', '1', '2']).default('0'),
  departmentIds: z.array(z.number().int()).default([1]),
  position: z.string().default(''),
  leaderInDepartmentIds: z.array(z.number().int()).default([]),
  directLeader: z.array(z.string()).default([]),
});

export const weComDepartmentSeed = z.object({
  id: z.number().int().min(2),
  name: z.string().min(1),
  parentId: z.number().int().default(1),
});

export const weComOrgSeed = z.object({
  corpId: z.string().min(1),
  corpName: z.string().default('企业微信测试企业'),
  agentId: z.union([z.string().regex(/^\d+$/), z.number().int().positive()]).transform(String),
  secret: z.string().min(1),
  callbackToken: z.string().min(1),
  callbackAesKey: encodingAesKey,
  /** The app's 可信域名; when set, the OAuth page refuses redirect_uri on other hosts (50001). */
  trustedDomain: z.string().optional(),
  /**
   * The app's 企业可信IP. A self-built app created after 2022-06-20 may call the server API only from these
   * (developer.work.weixin.qq.com/document/path/90313, 60020); unset models an older app that may call from anywhere.
   */
  trustedIps: z.array(z.string()).optional(),
  /** Apps created before 2022-06-20 still get mobile/email/avatar from user/get; newer ones do not. */
  exposesSensitiveFields: z.boolean().default(false),
  users: z.array(weComUserSeed).default([]),
  departments: z.array(weComDepartmentSeed).default([]),
  /** The app's 可见范围: departments it may read (with everything under them); outside it, 60011. */
  visibleDepartmentIds: z.array(z.number().int()).default([1]),
});

export type WeComUserSeed = z.input<typeof weComUserSeed>;
export type WeComOrgSeed = z.input<typeof weComOrgSeed>;
export type WeComUser = z.output<typeof weComUserSeed>;
export type WeComDepartment = z.output<typeof weComDepartmentSeed>;

export interface WeComApp {
  appKey: string;
  corpId: string;
  agentId: string;
  secret: string;
  callbackToken: string;
  callbackAesKey: string;
  trustedDomain?: string;
  trustedIps?: string[];
  exposesSensitiveFields: boolean;
  visibleDepartmentIds: number[];
}

export interface WeComOrg {
  corpId: string;
  corpName: string;
  users: Map<string, WeComUser>;
  departments: WeComDepartment[];
}

export interface AuthCodeSubject {
  corpId: string;
  userId: string;
  scope: 'snsapi_base' | 'snsapi_privateinfo';
}

export interface TemplateCardCode {
  appKey: string;
  msgid: string;
  expiresAt: number;
}

export const appKeyOf = (corpId: string, agentId: string): string => `${corpId}/${agentId}`;

export class WeComState {
  readonly clock = new VirtualClock();
  readonly orgs = new Map<string, WeComOrg>();
  readonly apps = new Map<string, WeComApp>();
  readonly tokens = new CredentialIssuer(this.clock, {
    ttlMs: 2 * HOUR,
    rule: { kind: 'keep' },
    makeValue: () => randomAlphanumeric(86),
  });
  /** The corp ticket (wx.config) is the corp's; the agent ticket (wx.agentConfig) is the app's. */
  readonly corpTickets = new CredentialIssuer(this.clock, {
    ttlMs: 2 * HOUR,
    rule: { kind: 'keep' },
    makeValue: () => randomAlphanumeric(64),
  });
  readonly agentTickets = new CredentialIssuer(this.clock, {
    ttlMs: 2 * HOUR,
    rule: { kind: 'keep' },
    makeValue: () => randomAlphanumeric(64),
  });
  readonly corpTicketQuota = new SlidingWindow(this.clock, HOUR, 400);
  readonly appTicketQuota = new SlidingWindow(this.clock, HOUR, 100);
  readonly codes = new AuthCodeStore<AuthCodeSubject>(this.clock, () => randomAlphanumeric(43));
  readonly userTickets = new Map<string, { corpId: string; userId: string; expiresAt: number }>();
  readonly outbox = new Outbox();
  readonly perMemberMinute = new SlidingWindow(this.clock, MINUTE, 30);
  readonly perMemberHour = new SlidingWindow(this.clock, HOUR, 1000);
  readonly recentContent = new Map<string, number>();
  readonly responseCodes = new Map<string, TemplateCardCode>();
  readonly counters = new CounterBook();
  readonly faults = new FaultPlan();
  /** Who the OAuth page signs in, per corp, when the request does not say `emu_user`. */
  readonly currentUser = new Map<string, string>();

  addOrg(seed: WeComOrgSeed): WeComOrg {
    const { users, corpName, departments, ...app } = weComOrgSeed.parse(seed);
    const org = this.orgs.get(app.corpId) ?? {
      corpId: app.corpId,
      corpName,
      users: new Map<string, WeComUser>(),
      departments: [],
    };
    org.departments.push(...departments);
    for (const user of users) org.users.set(user.userId.toLowerCase(), user);
    this.orgs.set(org.corpId, org);
    const appKey = appKeyOf(app.corpId, app.agentId);
    this.apps.set(appKey, { ...app, appKey });
    return org;
  }

  /** WeCom userids are case-insensitive. */
  userOf(corpId: string, userId: string): WeComUser | null {
    return this.orgs.get(corpId)?.users.get(userId.toLowerCase()) ?? null;
  }

  reset(): void {
    this.clock.reset();
    this.tokens.clear();
    this.corpTickets.clear();
    this.agentTickets.clear();
    this.corpTicketQuota.clear();
    this.appTicketQuota.clear();
    this.codes.clear();
    this.userTickets.clear();
    this.outbox.clear();
    this.perMemberMinute.clear();
    this.perMemberHour.clear();
    this.recentContent.clear();
    this.responseCodes.clear();
    this.counters.clear();
    this.faults.clear();
    this.currentUser.clear();
  }
}
