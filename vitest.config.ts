import { defineConfig } from 'vitest/config';
import { aliases } from './vite.config.ts';

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    projects: [
      {
        // Components render on the server in their tests; antd-mobile's CommonJS build requires its stylesheets,
        // so its ES build goes through Vite, which knows what to do with them.
        resolve: { alias: { ...aliases, 'antd-mobile': 'antd-mobile/es/index.js' } },
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'miniapp/**/*.test.ts'],
          server: { deps: { inline: ['antd-mobile'] } },
        },
      },
      {
        resolve: { alias: aliases },
        test: {
          name: 'api',
          include: ['server/**/*.test.ts', 'test/api/**/*.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias: aliases },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
