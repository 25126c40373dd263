/**
 * The mini-app's i18next instance over the shared catalogues: zh-CN by default, the choice remembered. Only the
 * active language's catalogue is downloaded, alongside the opening screen's code rather than before the first
 * paint (screens wait for it in Suspense); the other language only when someone switches to it.
 */
import { type Locale, locales } from '@shared/domain/locale';
import { i18nOptions } from '@shared/i18n/options';
import type { Catalogue } from '@shared/i18n/zh-CN';
import i18next, { type BackendModule } from 'i18next';

const storageKey = 'fieldloop.language';

const catalogues: Record<Locale, () => Promise<Catalogue>> = {
  'zh-CN': async () => (await import('@shared/i18n/zh-CN')).zhCN,
  en: async () => (await import('@shared/i18n/en')).en,
};

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

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLocale(language)) return callback(null, {});
    catalogues[language]().then(
      (catalogue) => callback(null, catalogue),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
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
