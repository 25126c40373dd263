/**
 * The server preloads a screen's code from shared/domain/screens.ts, the app imports it in first-screen.ts: both must
 * name the same module, or the phone downloads one screen's code and then waits for another's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { screenAt, screenModules } from '@shared/domain/screens';
import { describe, expect, it } from 'vitest';

const miniappDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const loaders = readFileSync(join(miniappDir, 'app', 'first-screen.ts'), 'utf8');

describe('screens', () => {
  it.each(Object.entries(screenModules))('%s is the module its loader imports', (screen, path) => {
    expect(existsSync(join(miniappDir, path))).toBe(true);
    const loader = new RegExp(
      `\\b${screen}: \\(\\) =>\\s*(withTexts\\(\\s*)?import\\('\\.\\./${path.replace(/\.tsx$/, '')}'\\)`,
    );
    expect(loaders).toMatch(loader);
  });

  it('names the screen an address opens, and none where it depends on who is signed in', () => {
    expect(screenAt('/customers')).toBe('customerList');
    expect(screenAt('/customers/new')).toBe('customerForm');
    expect(screenAt('/customers/0193a1b2/edit')).toBe('customerForm');
    expect(screenAt('/customers/0193a1b2')).toBe('customerDetail');
    expect(screenAt('/requirements/new')).toBe('requirementCapture');
    expect(screenAt('/requirements/0193a1b2/told')).toBe('requirementTold');
    expect(screenAt('/implementation/projects/0193a1b2')).toBe('project');
    expect(screenAt('/')).toBeUndefined();
    expect(screenAt('/home')).toBeUndefined();
    expect(screenAt('/requirements/mine')).toBeUndefined();
  });
});
