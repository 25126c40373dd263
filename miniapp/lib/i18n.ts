/** The mini-app's i18next instance over the shared catalogues: zh-CN by default, the choice remembered. */
import { type Locale, locales } from '@shared/domain/locale';
import { createI18n } from '@shared/i18n';

const storageKey = 'fieldloop.language';

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

export const i18n = createI18n(storedLocale());

function reflectOnDocument(locale: string): void {
  document.documentElement.lang = locale;
  document.title = i18n.t('ui.app.title');
}

reflectOnDocument(i18n.language);
i18n.on('languageChanged', reflectOnDocument);

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
