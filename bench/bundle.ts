/** Gzipped JavaScript a phone downloads for the first screens, read from Vite's build manifest. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  css?: string[];
}

const distDir = 'dist/miniapp';

function gzippedSize(file: string): number {
  return gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
}

/** The chunk and everything it statically imports, transitively. */
function closure(
  manifest: Record<string, ManifestChunk>,
  key: string,
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

/** What main.tsx imports in a task of its own, loaded before any screen as the entry is (in its chunk today). */
const shellModule = 'app/start.tsx';

export function measureBundle(routeModule: string): { entryKb: number; routeKb: number; totalKb: number } {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  const routeKey = Object.keys(manifest).find((key) => key.endsWith(routeModule));
  if (!entryKey || !routeKey)
    throw new Error(`manifest has no entry or no ${routeModule}; run npm run build first`);
  const entryChunks = closure(manifest, shellModule, closure(manifest, entryKey));
  const routeChunks = [...closure(manifest, routeKey)].filter((key) => !entryChunks.has(key));
  const sizeOf = (keys: Iterable<string>) =>
    [...keys].reduce((sum, key) => sum + gzippedSize(manifest[key]?.file ?? ''), 0) / 1024;
  const jsFiles = Object.values(manifest).filter((chunk) => chunk.file.endsWith('.js'));
  return {
    entryKb: sizeOf(entryChunks),
    routeKb: sizeOf(routeChunks),
    totalKb: jsFiles.reduce((sum, chunk) => sum + gzippedSize(chunk.file), 0) / 1024,
  };
}

/** A module loaded on its own beside the first screen (the language's catalogue), or 0 when it rides in another chunk. */
export function ownChunkKb(module: string): number {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const chunk = Object.entries(manifest).find(([key]) => key.endsWith(module))?.[1];
  return chunk ? gzippedSize(chunk.file) / 1024 : 0;
}
