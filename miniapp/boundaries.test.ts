/**
 * The mini-app's layering, checked on the source: features never reach into app/ (the shell assembles features,
 * not the other way round), and query keys come only from each feature's key factory in its api.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const miniappDir = dirname(fileURLToPath(import.meta.url));
const appDir = join(miniappDir, 'app');
const featuresDir = join(miniappDir, 'features');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const importPattern = /(?:from\s+|import\s*\(\s*|import\s+)'([^']+)'/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(importPattern)].map((match) => match[1] ?? '');
}

/** Whether an import specifier, written in `file`, points into miniapp/app. */
function pointsIntoApp(file: string, specifier: string): boolean {
  if (specifier === '@miniapp/app' || specifier.startsWith('@miniapp/app/')) return true;
  if (!specifier.startsWith('.')) return false;
  const target = resolve(dirname(file), specifier);
  return target === appDir || target.startsWith(`${appDir}/`);
}

describe('mini-app boundaries', () => {
  const files = sourceFiles(featuresDir);

  it('tells an import into app/ from one that is not', () => {
    const page = join(featuresDir, 'visits', 'pages', 'VisitsPage.tsx');
    expect(pointsIntoApp(page, '@miniapp/app/routes')).toBe(true);
    expect(pointsIntoApp(page, '../../../app/routes')).toBe(true);
    expect(pointsIntoApp(page, '@miniapp/lib/query-client')).toBe(false);
    expect(pointsIntoApp(page, '../api')).toBe(false);
    expect(pointsIntoApp(page, '@miniapp/application')).toBe(false);
  });

  it('has no feature importing app/', () => {
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => pointsIntoApp(file, specifier))
        .map((specifier) => `${relative(miniappDir, file)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('writes no query key by hand outside the key factories', () => {
    const handWritten = /queryKey:\s*\[/;
    const offending = files
      .filter((file) => handWritten.test(readFileSync(file, 'utf8')))
      .map((file) => relative(miniappDir, file));
    expect(offending).toEqual([]);
  });
});
