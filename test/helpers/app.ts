/** Starts the real app in-process on a random port over a fresh test database. */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '@server/app';
import { type Config, loadConfig } from '@server/config';
import type { DatabaseHandle } from '@server/core/db';
import { createLogger } from '@server/core/log';
import { seedDemoOnce } from '@server/demo/seed';
import { openTestDatabase } from './database';
import { type ApiClient, apiClient } from './http';

export interface TestApp {
  url: string;
  config: Config;
  database: DatabaseHandle;
  /** An HTTP client for this app, signed in with `token` when given. */
  api(token?: string): ApiClient;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Seed the demo tenants (the e2e journeys sign in through them). */
  seedDemo?: boolean;
  /** PUBLIC_URL is this server's own address, so a browser can follow the links the app sends out. */
  isPublicUrlOwn?: boolean;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    STATIC_DIR: './dist/miniapp',
    // Suites sign in far more often than a person does; the throttling test sets its own limit.
    SIGN_IN_LIMIT_PER_MINUTE: '10000',
    ...(options.isPublicUrlOwn ? { PUBLIC_URL: url } : {}),
    ...options.env,
  });
  const database = await openTestDatabase();
  if (options.seedDemo) await seedDemoOnce(database.db);
  const log = createLogger(config.logLevel);
  server.on('request', createApp(config, { database, log }).callback());
  return {
    url,
    config,
    database,
    api: (token) => apiClient(url, token),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.close();
    },
  };
}
