/** The demo organisations connected to one tenant, and one person from each signed in through their platform. */
import type { Platform } from '@shared/domain/platforms';
import type { Session } from '@shared/schemas/auth';
import { demoConnections, demoPlatformOrgs, type Emulators } from '@test/emulators';
import { expect } from 'vitest';
import type { TestApp } from './app';
import { makeUser, type TestTenant, type TestUser } from './factories';

export interface PlatformPerson {
  user: TestUser;
  /** Their id on the platform: DingTalk/WeCom userid, Feishu open_id. */
  externalId: string;
}

const externalIds: Record<Platform, string> = {
  dingtalk: 'dd-zhongmy',
  feishu: 'ou_demo_leizy',
  wecom: 'PeiZiMo',
};

function signIn(emulators: Emulators, platform: Platform): { path: string; body: object } {
  const { dingtalk, feishu, wecom } = demoPlatformOrgs;
  const externalId = externalIds[platform];
  switch (platform) {
    case 'dingtalk':
      return {
        path: '/api/v1/auth/dingtalk',
        body: {
          corpId: dingtalk.corpId,
          code: emulators.dingtalk.mintAuthCode({ corpId: dingtalk.corpId, userId: externalId }),
        },
      };
    case 'feishu':
      return {
        path: '/api/v1/auth/feishu',
        body: {
          appId: feishu.appId,
          code: emulators.feishu.mintAuthCode({ appId: feishu.appId, openId: externalId }),
        },
      };
    case 'wecom':
      return {
        path: '/api/v1/auth/wecom',
        body: {
          corpId: wecom.corpId,
          agentId: String(wecom.agentId),
          code: emulators.wecom.mintAuthCode({ corpId: wecom.corpId, userId: externalId }),
        },
      };
  }
}

/** Connects the three demo organisations (as `admin`) and signs in one person through each. */
export async function connectDemoPeople(
  app: TestApp,
  emulators: Emulators,
  tenant: TestTenant,
): Promise<{ admin: TestUser; people: Record<Platform, PlatformPerson> }> {
  const admin = await makeUser(tenant, 'admin');
  for (const connection of demoConnections(emulators)) {
    const created = await app.api(admin.token).post('/api/v1/platform/connections', connection);
    expect(created.status).toBe(201);
  }
  const people = {} as Record<Platform, PlatformPerson>;
  for (const platform of ['dingtalk', 'feishu', 'wecom'] as const) {
    const { path, body } = signIn(emulators, platform);
    const session = await app.api().post<Session>(path, body);
    expect(session.status).toBe(200);
    people[platform] = {
      user: {
        id: session.body.user.id,
        token: session.body.token,
        name: session.body.user.name,
        role: session.body.user.role,
        tenant,
      },
      externalId: externalIds[platform],
    };
  }
  return { admin, people };
}
