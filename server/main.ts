/** Starts Fieldloop: read config, migrate, seed the demo once, serve and deliver the outbox, stop gracefully. */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { gracefulStopper } from './core/graceful';
import { JobRunner } from './core/jobs/runner';
import { createLogger } from './core/log';
import { OutboxWorker } from './core/outbox/worker';
import { startDemoPlatforms } from './demo/platforms';
import { DingTalkStreamSupervisor } from './features/platform/streams';
import { periodicJobs } from './jobs';
import { prepareDatabase } from './lifecycle';
import { outboxHandlers } from './outbox-handlers';
import { createPlatformRuntime } from './platforms/runtime';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await prepareDatabase(config, log);
  const platforms = createPlatformRuntime(config);
  const outbox = new OutboxWorker(database.db, outboxHandlers(database.db, platforms), log, {
    pollMs: config.outboxPollMs,
  });
  const jobs = new JobRunner(database.db, periodicJobs, log, {
    initialDelayMs: 5_000,
    publicUrl: config.publicUrl,
  });
  const streams = new DingTalkStreamSupervisor(database.db, platforms, log);
  const demo = config.emulators ? await startDemoPlatforms(database.db, platforms) : null;
  const app = createApp(config, {
    database,
    log,
    platforms,
    ...(demo ? { demoRoutes: demo.middleware } : {}),
  });
  const server = createServer(app.callback());
  const stopServer = gracefulStopper(server);
  server.listen(config.port, config.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  log.info(
    { port, database: database.dialect, demoLogin: config.demoLogin, emulators: config.emulators },
    'fieldloop listening',
  );
  outbox.start();
  jobs.start();
  streams.start();

  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    await stopServer(config.shutdownGraceMs);
    await jobs.stop();
    await streams.stop();
    await outbox.stop();
    await demo?.close();
    await platforms.close();
    await database.close();
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void shutdown(signal));
  process.once('SIGINT', (signal) => void shutdown(signal));
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`fieldloop failed to start: ${message}\n`);
  process.exit(1);
});
