/** What the DingTalk emulator knows: corps, their people and apps, and everything issued or sent so far. */
import { z } from 'zod';
import { HOUR, VirtualClock } from '../core/clock';
import { AuthCodeStore } from '../core/codes';
import { CounterBook } from '../core/counters';
import { CredentialIssuer } from '../core/credentials';
import { FaultPlan } from '../core/faults';
import { randomAlphanumeric, randomHex } from '../core/ids';
import { Outbox } from '../core/outbox';

const encodingAesKey = z.string().regex(/^[A-Za-z0-9+/]{43}$/, '43 characters of base64 without "="');

export const dingTalkUserSeed = z.object({
  userId: z.string().min(1),
  name: z.string().min(1),
  mobile: z.string().optional(),
  email: z.string().optional(),
  avatar: z.string().optional(),
  departmentIds: z.array(z.number().int()).default([1]),
  unionId: z.string().optional(),
  title: z.string().optional(),
  jobNumber: z.string().optional(),
  isAdmin: z.boolean().default(false),
  isBoss: z.boolean().default(false),
  managerUserId: z.string().optional(),
  leaderInDepartmentIds: z.array(z.number().int()).default([]),
});

export const dingTalkDepartmentSeed = z.object({
  id: z.number().int().min(2),
  name: z.string().min(1),
  parentId: z.number().int().default(1),
});

export const dingTalkOrgSeed = z.object({
  corpId: z.string().min(1),
  corpName: z.string().default('钉钉测试企业'),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  agentId: z.union([z.string().regex(/^\d+$/), z.number().int().positive()]).transform(String),
  callbackToken: z.string().min(1),
  callbackAesKey: encodingAesKey,
  users: z.array(dingTalkUserSeed).default([]),
  departments: z.array(dingTalkDepartmentSeed).default([]),
  /** 通讯录部门信息读权限 and friends; without them the contact routes refuse (60011 / 403). */
  contactPermission: z.boolean().default(true),
});

export type DingTalkUserSeed = z.input<typeof dingTalkUserSeed>;
export type DingTalkOrgSeed = z.input<typeof dingTalkOrgSeed>;
export type DingTalkUser = z.output<typeof dingTalkUserSeed> & { unionId: string };

export interface DingTalkApp {
  corpId: string;
  clientId: string;
  clientSecret: string;
  agentId: string;
  callbackToken: string;
  callbackAesKey: string;
}

export type DingTalkDepartment = z.output<typeof dingTalkDepartmentSeed>;

export interface DingTalkOrg {
  corpId: string;
  corpName: string;
  users: Map<string, DingTalkUser>;
  departments: DingTalkDepartment[];
  contactPermission: boolean;
}

export interface SendTask {
  clientId: string;
  agentId: string;
  invalidUserIds: string[];
  invalidDeptIds: number[];
  /** Dropped by a quota, with DingTalk's reason code (143105 daily cap, 143106 identical content). */
  forbidden: { userId: string; code: string }[];
  deliveredUserIds: string[];
  /** Those of deliveredUserIds who opened it (a test marks them with markRead). */
  readUserIds: Set<string>;
}

export interface AuthCodeSubject {
  corpId: string;
  userId: string;
}

/**
 * What a ticket fetch answers as its lifetime: the 2 h renewal it just granted. The 24 h cap counted from the
 * ticket's creation is not in the answer ("即使续期后，最大过期时间仍从 jsapiTicket 生成起计算"), so a caller must
 * track it.
 */
export const TICKET_SECONDS = 7200;

export class DingTalkState {
  readonly clock = new VirtualClock();
  readonly orgs = new Map<string, DingTalkOrg>();
  readonly apps = new Map<string, DingTalkApp>();
  /** One token per app, shared by oapi and api.dingtalk.com; a re-fetch extends it. */
  readonly tokens = new CredentialIssuer(this.clock, {
    ttlMs: 2 * HOUR,
    rule: { kind: 'extend' },
    makeValue: () => randomHex(16),
  });
  /** A re-fetch extends the ticket by 2 h, but no ticket lives past 24 h from creation. */
  readonly tickets = new CredentialIssuer(this.clock, {
    ttlMs: TICKET_SECONDS * 1000,
    rule: { kind: 'extend', maxLifetimeMs: 24 * HOUR },
    makeValue: () => randomAlphanumeric(64),
  });
  readonly codes = new AuthCodeStore<AuthCodeSubject>(this.clock, () => randomHex(16));
  readonly outbox = new Outbox();
  readonly counters = new CounterBook();
  readonly faults = new FaultPlan();
  readonly tasks = new Map<string, SendTask>();
  private lastTaskId = 256_271_667_526;
  private readonly resetHooks: Array<() => void> = [];

  addOrg(seed: DingTalkOrgSeed): DingTalkOrg {
    const parsed = dingTalkOrgSeed.parse(seed);
    const org = this.orgs.get(parsed.corpId) ?? {
      corpId: parsed.corpId,
      corpName: parsed.corpName,
      users: new Map<string, DingTalkUser>(),
      departments: [],
      contactPermission: parsed.contactPermission,
    };
    org.departments.push(...parsed.departments);
    org.contactPermission = parsed.contactPermission;
    for (const user of parsed.users) {
      org.users.set(user.userId, { ...user, unionId: user.unionId ?? `${randomAlphanumeric(14)}iEiE` });
    }
    this.orgs.set(org.corpId, org);
    const {
      users: _users,
      corpName: _corpName,
      departments: _departments,
      contactPermission: _contactPermission,
      ...app
    } = parsed;
    this.apps.set(app.clientId, app);
    return org;
  }

  appByKey(clientId: string): DingTalkApp | null {
    return this.apps.get(clientId) ?? null;
  }

  userOf(app: DingTalkApp, userId: string): DingTalkUser | null {
    return this.orgs.get(app.corpId)?.users.get(userId) ?? null;
  }

  nextTaskId(): number {
    this.lastTaskId += 1 + Math.floor(Math.random() * 1000);
    return this.lastTaskId;
  }

  /** Routes that keep their own bookkeeping (daily quotas) clear it here. */
  onReset(hook: () => void): void {
    this.resetHooks.push(hook);
  }

  reset(): void {
    for (const hook of this.resetHooks) hook();
    this.clock.reset();
    this.tokens.clear();
    this.tickets.clear();
    this.codes.clear();
    this.outbox.clear();
    this.counters.clear();
    this.faults.clear();
    this.tasks.clear();
  }
}
