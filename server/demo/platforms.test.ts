/** The demo's platforms across a restart of `npm start`: new emulators, the same database, 免登 on all three. */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '@server/app';
import { loadConfig } from '@server/config';
import type { DatabaseHandle } from '@server/core/db';
import { createLogger } from '@server/core/log';
import { createPlatformRuntime, type PlatformRuntime } from '@server/platforms/runtime';
import type { Session } from '@shared/schemas/auth';
import { openTestDatabase } from '@test/helpers/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoPlatforms, startDemoPlatforms } from './platforms';
import { seedDemoOnce } from './seed';

interface Emulated {
  platform: 'dingtalk' | 'feishu' | 'wecom';
  baseUrl: string;
  orgKey: string;
  agentId: string | null;
  users: { id: string; name: string }[];
}

const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STATIC_DIR: './dist/miniapp' });
let database: DatabaseHandle;
let runtime: PlatformRuntime;

/** One run of the demo server: its emulators and the app, until `stop`. */
async function run(): Promise<{ url: string; stop(): Promise<void> }> {
  const demo: DemoPlatforms = await startDemoPlatforms(database.db, runtime);
  const app = createApp(config, {
    database,
    log: createLogger('silent'),
    platforms: runtime,
    demoRoutes: demo.middleware,
  });
  const server: Server = createServer(app.callback());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await demo.close();
    },
  };
}

const post = async <T>(url: string, body: unknown): Promise<{ status: number; body: T }> => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
};

/** What the container double does: a code from the emulator for the person, then the app's 免登. */
async function signIn(url: string, emulated: Emulated, userId: string) {
  const subject =
    emulated.platform === 'feishu'
      ? { appId: emulated.orgKey, openId: userId }
      : { corpId: emulated.orgKey, userId };
  const { body } = await post<{ code: string }>(`${emulated.baseUrl}/__emu/auth-code`, subject);
  const exchange = {
    dingtalk: { corpId: emulated.orgKey, code: body.code },
    feishu: { appId: emulated.orgKey, code: body.code },
    wecom: { corpId: emulated.orgKey, agentId: emulated.agentId, code: body.code },
  }[emulated.platform];
  return post<Session>(`${url}/api/v1/auth/${emulated.platform}`, exchange);
}

async function emulatedPlatforms(url: string): Promise<Emulated[]> {
  const res = await fetch(`${url}/__emulators/config`);
  return ((await res.json()) as { platforms: Emulated[] }).platforms;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoOnce(database.db);
  runtime = createPlatformRuntime(config);
});
afterAll(() => database.close());

describe('the demo after a restart', () => {
  it('signs the same people in on all three platforms, with the first code after the restart', async () => {
    const first = await run();
    const before = new Map<string, string>();
    for (const emulated of await emulatedPlatforms(first.url)) {
      const person = emulated.users[1]?.id ?? '';
      const res = await signIn(first.url, emulated, person);
      expect(res.status).toBe(200);
      before.set(emulated.platform, res.body.user.id);
    }
    await first.stop();

    const second = await run();
    try {
      for (const emulated of await emulatedPlatforms(second.url)) {
        const res = await signIn(second.url, emulated, emulated.users[1]?.id ?? '');
        expect({ platform: emulated.platform, status: res.status }).toEqual({
          platform: emulated.platform,
          status: 200,
        });
        expect(res.body.user.id).toBe(before.get(emulated.platform));
      }
    } finally {
      await second.stop();
    }
  });
});
