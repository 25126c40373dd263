/** Starts the real app in-process on a random port over a fresh test database. */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '@server/app';
import { type Config, loadConfig } from '@server/config';
import type { DatabaseHandle } from '@server/core/db';
import { createLogger } from '@server/core/log';
import { seedDemoOnce } from '@server/demo/seed';
import { openSharedTestDatabase, openTestDatabase } from './database';
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
  /** Serve this database (opened by openSharedTestDatabase, which closes it) instead of a fresh one of its own. */
  database?: DatabaseHandle;
  /** Receives every log line (JSON) instead of stdout, at LOG_LEVEL (`silent` unless `env` sets it). */
  logLines?: string[];
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  // Listening first gives the port, so PUBLIC_URL can be where the browser and the tests really reach the app.
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    STATIC_DIR: './dist/miniapp',
    PUBLIC_URL: url,
    // Suites sign in far more often than a person does; the throttling test sets its own limit.
    SIGN_IN_LIMIT_PER_MINUTE: '10000',
    ...options.env,
  });
  const database = options.database ?? (await openTestDatabase());
  if (options.seedDemo) await seedDemoOnce(database.db);
  const log = createLogger(
    config.logLevel,
    options.logLines && { write: (line: string) => void options.logLines?.push(line) },
  );
  server.on('request', createApp(config, { database, log }).callback());
  return {
    url,
    config,
    database,
    api: (token) => apiClient(url, token),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      if (!options.database) await database.close();
    },
  };
}

export interface TwoInstances {
  first: TestApp;
  second: TestApp;
  close(): Promise<void>;
}

/** Two app instances serving one fresh database, as behind a load balancer: each keeps its own caches. */
export async function startTwoInstances(): Promise<TwoInstances> {
  const shared = await openSharedTestDatabase(2);
  const [first, second] = (await Promise.all(
    shared.handles.map((database) => startTestApp({ database })),
  )) as [TestApp, TestApp];
  return {
    first,
    second,
    close: async () => {
      await first.close();
      await second.close();
      await shared.close();
    },
  };
}
