/**
 * The downloads a page's HTML lists for the phone to fetch while it is still parsing the page: the app's shell, the
 * opening screen's code, from the build's manifest, and the default language's texts. Left to the app, these fetches start only once
 * its own code has been evaluated, and starting them there cost a phone's main thread 40–60 ms (issue #14).
 */
import { screenAt, screenModules } from '@shared/domain/screens';
import { i18nOptions } from '@shared/i18n/options';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** Vite's `.vite/manifest.json`: chunks by source path (relative to miniapp/) or by internal name. */
export type Manifest = Record<string, ManifestChunk>;

/** The app's shell, which main.tsx imports in a task of its own, and the default language's texts. */
const everyPage = ['app/start.tsx', `../shared/i18n/${i18nOptions.fallbackLng}.core.ts`];

/** The files `keys` load, themselves and everything they import, in the order a depth-first walk meets them. */
function filesLoadedBy(manifest: Manifest, keys: string[]): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return files;
}

/** The files `pathname` needs beyond those index.html already loads: the shell's, the texts, its screen's if known. */
export function preloadsFor(manifest: Manifest, pathname: string): string[] {
  const screen = screenAt(pathname);
  const inPage = new Set(filesLoadedBy(manifest, ['index.html']));
  const wanted = screen ? [...everyPage, screenModules[screen]] : everyPage;
  return filesLoadedBy(manifest, wanted).filter((file) => !inPage.has(file));
}

/** index.html with a module preload for each file, placed before `</head>` as Vite places its own. */
export function withPreloads(html: string, files: string[]): string {
  if (files.length === 0) return html;
  const links = files.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join('\n    ');
  return html.replace('</head>', `  ${links}\n  </head>`);
}
