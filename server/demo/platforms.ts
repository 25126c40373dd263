/**
 * The demo's DingTalk, Feishu and WeCom: starts the emulators, connects the demo tenants to them (示例科技 to
 * DingTalk and WeCom, 演示软件 to Feishu), and serves what a plain browser needs to play the platform's container:
 * GET /__emulators/config and GET /__emulators/bridge/{platform}.js.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type RootDb, TenantDb } from '@server/core/db';
import { findConnectionByExternalKey, listDemoDirectory } from '@server/core/db/unscoped';
import type { PlatformRuntime } from '@server/platforms/runtime';
import type { Platform } from '@shared/domain/platforms';
import { type ConnectionCreate, connectionCreate } from '@shared/schemas/platform';
import { demoConnections, demoPlatformOrgs, type Emulators, startEmulators } from '@test/emulators';
import type { Context, Next } from 'koa';
import { insertConnection, updatePublicSettings } from '../features/platform/repo';
import { storeSettings } from '../features/platform/settings';

interface EmulatedPlatform {
  platform: Platform;
  baseUrl: string;
  orgKey: string;
  agentId: string | null;
  users: { id: string; name: string }[];
  pageUrl: string;
}

export interface DemoPlatforms {
  middleware: (ctx: Context, next: Next) => Promise<void>;
  close(): Promise<void>;
}

export async function startDemoPlatforms(db: RootDb, runtime: PlatformRuntime): Promise<DemoPlatforms> {
  const emulators = await startEmulators({ host: '127.0.0.1' });
  const tenants = [...new Set((await listDemoDirectory(db)).map((row) => row.tenantId))];
  const tenantFor: Record<Platform, string | undefined> = {
    dingtalk: tenants[0],
    wecom: tenants[0],
    feishu: tenants[1] ?? tenants[0],
  };
  for (const input of demoConnections(emulators)) {
    const tenantId = tenantFor[input.platform];
    if (tenantId) await connectDemoTenant(db, runtime, tenantId, input);
  }
  const described = describeEmulators(emulators);
  return { middleware: emulatorRoutes(described), close: () => emulators.close() };
}

/** Connects the tenant, or points its existing demo connection at this run's emulators and forgets the last run's tokens. */
async function connectDemoTenant(
  db: RootDb,
  runtime: PlatformRuntime,
  tenantId: string,
  input: ConnectionCreate,
) {
  const stored = storeSettings(connectionCreate.parse(input), runtime.box);
  const tdb = new TenantDb(db, tenantId);
  const existing = await findConnectionByExternalKey(db, stored.platform, stored.externalKey, stored.agentId);
  if (!existing) {
    await insertConnection(tdb, stored);
    return;
  }
  await updatePublicSettings(tdb, existing.id, stored.publicSettings);
  // This run's emulators never issued the tokens cached by the last run: a Feishu sign-in spends its code before
  // it first uses the tenant token, so a stale one would cost the first person their code.
  await runtime.tokens.forget(tdb, existing.id);
}

function describeEmulators(emulators: Emulators): EmulatedPlatform[] {
  const { dingtalk, feishu, wecom } = demoPlatformOrgs;
  return [
    {
      platform: 'dingtalk',
      baseUrl: emulators.dingtalk.baseUrl,
      orgKey: dingtalk.corpId,
      agentId: null,
      users: (dingtalk.users ?? []).map((user) => ({ id: user.userId, name: user.name })),
      pageUrl: `/?platform=dingtalk&corpid=${dingtalk.corpId}`,
    },
    {
      platform: 'feishu',
      baseUrl: emulators.feishu.baseUrl,
      orgKey: feishu.appId,
      agentId: null,
      users: (feishu.users ?? []).map((user) => ({ id: user.openId, name: user.name })),
      pageUrl: `/?platform=feishu&appId=${feishu.appId}`,
    },
    {
      platform: 'wecom',
      baseUrl: emulators.wecom.baseUrl,
      orgKey: wecom.corpId,
      agentId: String(wecom.agentId),
      users: (wecom.users ?? []).map((user) => ({ id: user.userId, name: user.name })),
      pageUrl: `/?platform=wecom&corpId=${wecom.corpId}&agentId=${wecom.agentId}`,
    },
  ];
}

const bridgeDir = join(process.cwd(), 'test/emulators/bridge');

/** `?lat=&lng=&mock=1` on the bridge script puts the demo phone somewhere else (the doubles default to Hangzhou). */
function demoLocation(query: Context['query']) {
  const lat = Number(query.lat);
  const lng = Number(query.lng);
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || query.lat === undefined || query.lng === undefined)
    return {};
  return { location: { latitude: lat, longitude: lng, isFromMock: query.mock === '1' } };
}

function emulatorRoutes(platforms: EmulatedPlatform[]) {
  return async (ctx: Context, next: Next) => {
    if (ctx.path === '/__emulators/config') {
      ctx.body = { platforms };
      return;
    }
    const bridge = /^\/__emulators\/bridge\/(dingtalk|feishu|wecom)\.js$/.exec(ctx.path);
    const emulated = platforms.find((entry) => entry.platform === bridge?.[1]);
    if (!emulated) return next();
    const userId = typeof ctx.query.user === 'string' ? ctx.query.user : emulated.users[0]?.id;
    const config = {
      platform: emulated.platform,
      baseUrl: emulated.baseUrl,
      orgKey: emulated.orgKey,
      agentId: emulated.agentId,
      userId,
      ...demoLocation(ctx.query),
    };
    ctx.type = 'application/javascript';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = `window.__FIELDLOOP_EMULATOR__ = ${JSON.stringify(config)};\n${await readFile(join(bridgeDir, `${emulated.platform}.js`), 'utf8')}`;
  };
}
