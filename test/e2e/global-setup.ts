/** Before the browser journeys: Chromium must be installed (else every spec is skipped, said once) and the mini-app built. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

export const chromiumPath = '/usr/bin/chromium';
const builtApp = 'dist/miniapp/index.html';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why the browser journeys cannot run here, or null when they can. */
    e2eSkipReason: string | null;
  }
}

export default function setup(project: TestProject): void {
  if (!existsSync(chromiumPath)) {
    const reason = `e2e: skipped, Chromium not found at ${chromiumPath} (apt-get install -y chromium fonts-noto-cjk)`;
    console.log(reason);
    project.provide('e2eSkipReason', reason);
    return;
  }
  if (!existsSync(builtApp)) {
    throw new Error(
      `e2e: ${builtApp} is missing; build the mini-app first (npx vite build, or npm run test:e2e)`,
    );
  }
  project.provide('e2eSkipReason', null);
}
