/** The app as `npm start` runs it in development, for the journeys that need the emulated platforms. */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '@server/app';
import { loadConfig } from '@server/config';
import type { DatabaseHandle } from '@server/core/db';
import { createLogger } from '@server/core/log';
import { type DemoPlatforms, startDemoPlatforms } from '@server/demo/platforms';
import { seedDemoOnce } from '@server/demo/seed';
import { createPlatformRuntime } from '@server/platforms/runtime';
import { openTestDatabase } from '@test/helpers/database';

/** Demo tenants connected to the three emulators, the mini-app served from dist/miniapp. */
export async function startDemoServer(): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STATIC_DIR: './dist/miniapp' });
  const database: DatabaseHandle = await openTestDatabase();
  await seedDemoOnce(database.db);
  const platforms = createPlatformRuntime(config);
  const demo: DemoPlatforms = await startDemoPlatforms(database.db, platforms);
  const app = createApp(config, {
    database,
    log: createLogger('silent'),
    platforms,
    demoRoutes: demo.middleware,
  });
  const server: Server = createServer(app.callback());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await demo.close();
      await database.close();
    },
  };
}
