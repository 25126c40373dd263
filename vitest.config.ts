import { configDefaults, defineConfig } from 'vitest/config';
import { aliases } from './vite.config.ts';

/**
 * Test files of a project share one worker's loaded modules (`isolate: false`): the server is imported once per
 * worker instead of once per file, which was half of the unit + API run. Files stay apart by their data: each opens
 * its own database and builds its own tenants, and no test changes module state.
 */
const sharedModules = { isolate: false };

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    projects: [
      {
        // Components render on the server in their tests; antd-mobile's CommonJS build requires its stylesheets,
        // so its ES build goes through Vite, which knows what to do with them. Only the bare name is mapped: the
        // app imports components by path (antd-mobile/es/components/…), which Vite resolves as it is.
        resolve: {
          alias: [
            ...Object.entries(aliases).map(([find, replacement]) => ({ find, replacement })),
            { find: /^antd-mobile$/, replacement: 'antd-mobile/es/index.js' },
          ],
        },
        test: {
          name: 'unit',
          // Pure modules: no app, no database. On the server such a test is named *.unit.test.ts.
          include: ['shared/**/*.test.ts', 'miniapp/**/*.test.ts', 'server/**/*.unit.test.ts'],
          server: { deps: { inline: ['antd-mobile'] } },
          ...sharedModules,
        },
      },
      {
        resolve: { alias: aliases },
        test: {
          name: 'api',
          include: ['server/**/*.test.ts', 'test/api/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'server/**/*.unit.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
          ...sharedModules,
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
