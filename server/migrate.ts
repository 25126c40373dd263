/** `npm run migrate`: applies pending migrations to DATABASE_URL and exits. */
import { loadConfig } from './config';
import { createLogger } from './core/log';
import { prepareDatabase } from './lifecycle';

const config = { ...loadConfig(), seedDemo: false };
const log = createLogger(config.logLevel);
const database = await prepareDatabase(config, log);
await database.close();
log.info('database is up to date');
