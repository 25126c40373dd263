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

  it('turns demo login and the emulators off in production unless asked for', () => {
    const production = {
      NODE_ENV: 'production',
      SECRETS_KEY: Buffer.alloc(32, 1).toString('base64'),
      PUBLIC_URL: 'https://fieldloop.example.cn',
    } as const;
    expect(loadConfig(production)).toMatchObject({ demoLogin: false, emulators: false });
    expect(loadConfig({ ...production, DEMO_LOGIN: '1' }).demoLogin).toBe(true);
  });

  it('refuses to run in production without a secrets key and a public URL', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /SECRETS_KEY: required in production; PUBLIC_URL: required in production/,
    );
    expect(() => loadConfig({ SECRETS_KEY: 'c2hvcnQ=' })).toThrow(/SECRETS_KEY: must be 32 random bytes/);
  });

  it('stops with a message naming each bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT: .*DATABASE_URL: must be/,
    );
  });
});
