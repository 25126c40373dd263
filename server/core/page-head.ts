/**
 * What a page's HTML starts before any of the app's code has arrived: the downloads of the app's shell, the opening
 * screen's code (from the build's manifest) and the default language's texts, and, for a signed-in person, the GETs
 * the screen makes first. Left to the app, all of these start only once its own code has downloaded and run: the
 * screen's data then came a second later on a phone network, and starting the downloads there cost the phone's main
 * thread 40–60 ms (issue #14).
 */
import { earlyRequestsAt, storageKeys } from '@shared/domain/first-requests';
import { locales } from '@shared/domain/locale';
import { screenAt, screenModules } from '@shared/domain/screens';
import { i18nOptions } from '@shared/i18n/options';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** Vite's `.vite/manifest.json`: chunks by source path (relative to miniapp/) or by internal name. */
export type Manifest = Record<string, ManifestChunk>;

/** The app's shell, which main.tsx imports in a task of its own (in the entry's chunk today); the default texts. */
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

/** The files `pathname` needs beyond index.html's own: the shell's, the texts', and its screen's if known. */
function preloadsFor(manifest: Manifest, pathname: string): string[] {
  const screen = screenAt(pathname);
  const inPage = new Set(filesLoadedBy(manifest, ['index.html']));
  const wanted = screen ? [...everyPage, screenModules[screen]] : everyPage;
  return filesLoadedBy(manifest, wanted).filter((file) => !inPage.has(file));
}

/** JSON safe inside a script element: no `</script>`, no HTML comment, no line separators read as ends. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The page's own GETs for the screen at `pathname`, sent with the app's headers when a session is stored and the
 * address has no query (the app sends nothing early then either); the app takes each answer by its address
 * (sendEarly in miniapp/lib/api-client.ts). A classic script placed before the stylesheet, so it runs at once.
 */
function earlyRequestsScript(pathname: string): string {
  const urls = earlyRequestsAt(pathname);
  if (urls.length === 0) return '';
  const args = [urls, storageKeys, locales].map(scriptJson).join(',');
  return `<script>(function(u,k,l){try{var t=localStorage.getItem(k.token);if(!t||location.search)return;var g=localStorage.getItem(k.language),h={Accept:'application/json, text/plain, */*',Authorization:'Bearer '+t,'Accept-Language':l.indexOf(g)>=0?g:l[0]},e=window.fieldloopEarly={};u.forEach(function(x){e[x]=fetch(x,{headers:h});e[x].catch(function(){})})}catch(_){}})(${args})</script>`;
}

/** index.html as served for `pathname`: its early GETs first in the head, its module preloads last. */
export function pageHtml(html: string, manifest: Manifest, pathname: string): string {
  const early = earlyRequestsScript(pathname);
  const withEarly = early ? html.replace('<head>', `<head>\n    ${early}`) : html;
  return withPreloads(withEarly, preloadsFor(manifest, pathname));
}

/** index.html with a module preload for each file, placed before `</head>` as Vite places its own. */
function withPreloads(html: string, files: string[]): string {
  if (files.length === 0) return html;
  const links = files.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join('\n    ');
  return html.replace('</head>', `  ${links}\n  </head>`);
}
