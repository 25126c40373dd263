/**
 * The mini-app's i18next instance over the shared catalogues: zh-CN by default, the choice remembered. Only the
 * active language's core catalogue is downloaded, alongside the opening screen's code rather than before the first
 * paint (screens wait for it in Suspense); the other language only when someone switches to it. Admin and rarely
 * opened screens add their own texts (loadTexts) before they render, in every language already loaded.
 */
import { storageKeys } from '@shared/domain/first-requests';
import { type Locale, locales } from '@shared/domain/locale';
import { i18nOptions } from '@shared/i18n/options';
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { cores, parts, type TextPart } from './i18n-parts';

const storageKey = storageKeys.language;

/** The parts some screen has asked for so far; a language loaded later arrives with them. */
const wantedParts = new Set<TextPart>();

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function storedLocale(): Locale | undefined {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A language's core and every wanted part, handed to i18next in one go. The last check for newly wanted parts and
 * the hand-over run without a pause between them, so a part asked for while this language loads is never dropped.
 */
async function readLanguage(locale: Locale, callback: ReadCallback): Promise<void> {
  const core = await cores[locale]();
  const ui: Record<string, unknown> = { ...core.ui };
  const included = new Set<TextPart>();
  for (;;) {
    const missing = [...wantedParts].filter((part) => !included.has(part));
    if (missing.length === 0) return callback(null, { ...core, ui });
    for (const part of missing) included.add(part);
    Object.assign(ui, ...(await Promise.all(missing.map((part) => parts[part][locale]()))));
  }
}

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLocale(language)) return callback(null, {});
    readLanguage(language, callback).catch((error: unknown) =>
      callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

function reflectOnDocument(): void {
  document.documentElement.lang = i18n.language;
  document.title = i18n.t('ui.app.title');
}

export const i18n = i18next.createInstance();
// Every catalogue is complete (en is typed as zh-CN's shape), so no fallback language is fetched beside the active one.
void i18n
  .use(lazyCatalogues)
  .init({ ...i18nOptions, fallbackLng: false, lng: storedLocale() ?? i18nOptions.fallbackLng })
  .then(() => {
    reflectOnDocument();
    i18n.on('languageChanged', reflectOnDocument);
  });

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'zh-CN';
}

export async function changeLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Still switch for this page view.
  }
  await i18n.changeLanguage(locale);
}

/**
 * Adds the texts of a screen outside the core, resolving once the active language has them: the screen's loader
 * awaits it beside its code, so the screen never shows a bare key. Languages loaded later bring them on their own.
 */
export async function loadTexts(...names: TextPart[]): Promise<void> {
  for (const name of names) wantedParts.add(name);
  const active = isLocale(i18n.language) ? i18n.language : (storedLocale() ?? i18nOptions.fallbackLng);
  const loaded = locales.filter(
    (locale) => locale === active || i18n.hasResourceBundle(locale, 'translation'),
  );
  await Promise.all(
    loaded.flatMap((locale) =>
      names.map(async (name) => {
        const ui = await parts[name][locale]();
        // Still loading its core: readLanguage adds the part itself, and its hand-over would replace this one.
        if (i18n.hasResourceBundle(locale, 'translation')) {
          i18n.addResourceBundle(locale, 'translation', { ui }, true, true);
        }
      }),
    ),
  );
}
