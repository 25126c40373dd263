/** One i18next setup for server and mini-app, over the shared catalogues. */
import i18next, { type i18n, type TFunction } from 'i18next';
import type { Locale } from '../domain/locale';
import { defaultLocale } from '../domain/locale';
import { en } from './en';
import { i18nOptions } from './options';
import { zhCN } from './zh-CN';

export const resources = { 'zh-CN': { translation: zhCN }, en: { translation: en } } as const;

export function createI18n(lng: Locale = defaultLocale): i18n {
  const instance = i18next.createInstance();
  void instance.init({ ...i18nOptions, resources, lng });
  return instance;
}

export type { TFunction };
