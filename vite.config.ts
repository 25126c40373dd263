import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compactIcons, stylesheetAfterSplash } from './scripts/vite-plugins.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const aliases = {
  '@server': fromRoot('./server'),
  '@shared': fromRoot('./shared'),
  '@miniapp': fromRoot('./miniapp'),
  '@test': fromRoot('./test'),
};

export default defineConfig({
  root: fromRoot('./miniapp'),
  plugins: [react(), stylesheetAfterSplash(), compactIcons()],
  resolve: { alias: aliases },
  build: {
    outDir: fromRoot('./dist/miniapp'),
    emptyOutDir: true,
    manifest: true,
    target: ['chrome87', 'safari14'],
    // TanStack Query in one chunk: the entry needs it anyway, and left alone Rolldown cuts it into pieces along which
    // route uses which hook (a route with queries but no mutation split it in two), each piece costing the entry bytes.
    // A daily screen's code came in ~25 files of under 1–3 KB (antd-mobile parts, icons, CSS-module maps), each a
    // round trip on a phone's six connections: small shared chunks are copied into the chunks that read them instead
    // (Rolldown keeps one module state across the copies; lazily loaded code stays lazy). That needs strict execution
    // order, which would cut the entry into a dozen files; the 'shell' group keeps the entry and the app's shell (which
    // main.tsx imports in a later task) with all they import in one file, each module evaluated when first imported.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'query', test: /[\\/]@tanstack[\\/]/ },
            { name: 'shell', test: /[\\/]miniapp[\\/](main\.tsx|app[\\/]start\.tsx)$/ },
          ],
          experimentalInlineCommonChunks: { maxSize: 8 * 1024, exclude: /\.css(\?|$)/ },
        },
      },
    },
    // One stylesheet (16 KB gzipped) for every screen: a route's dozen 1 KB CSS files each cost a round trip and a
    // full style recalculation when they arrive; one file in the head costs neither.
    cssCodeSplit: false,
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
});
