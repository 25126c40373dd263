import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('runs on the embedded defaults with demo login on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: 'sqlite:./data/fieldloop.db',
      demoLogin: true,
      seedDemo: true,
    });
  });

  it('turns demo login off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demoLogin).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_LOGIN: '1' }).demoLogin).toBe(true);
  });

  it('stops with a message naming each bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT: .*DATABASE_URL: must be/,
    );
  });
});
