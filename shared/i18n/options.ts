/** The i18next settings the server and the mini-app share, whichever catalogues each one loads. */
import { defaultLocale } from '../domain/locale';

export const i18nOptions = {
  fallbackLng: defaultLocale,
  initAsync: false,
  interpolation: { escapeValue: false },
} as const;
