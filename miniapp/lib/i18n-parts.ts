/**
 * The catalogue in downloads: the core (errors, the shell, the daily screens) for the opening screen, and the texts
 * of admin and rarely opened screens as parts, each fetched with the screens that use it.
 */
import type { Locale } from '@shared/domain/locale';
import type { Catalogue } from '@shared/i18n/zh-CN';
import type { CoreCatalogue } from '@shared/i18n/zh-CN.core';

export const cores: Record<Locale, () => Promise<CoreCatalogue>> = {
  'zh-CN': async () => (await import('@shared/i18n/zh-CN.core')).zhCNCore,
  en: async () => (await import('@shared/i18n/en.core')).enCore,
};

type UiTexts = Partial<Catalogue['ui']>;

export const parts = {
  platform: {
    'zh-CN': async () => (await import('@shared/i18n/zh-CN.platform')).zhCNPlatformUi,
    en: async () => (await import('@shared/i18n/en.platform')).enPlatformUi,
  },
  members: {
    'zh-CN': async () => (await import('@shared/i18n/zh-CN.members')).zhCNMembersUi,
    en: async () => (await import('@shared/i18n/en.members')).enMembersUi,
  },
  apiTokens: {
    'zh-CN': async () => (await import('@shared/i18n/zh-CN.api-tokens')).zhCNApiTokensUi,
    en: async () => (await import('@shared/i18n/en.api-tokens')).enApiTokensUi,
  },
  webhooks: {
    'zh-CN': async () => (await import('@shared/i18n/zh-CN.webhooks')).zhCNWebhooksUi,
    en: async () => (await import('@shared/i18n/en.webhooks')).enWebhooksUi,
  },
  customerImport: {
    'zh-CN': async () => (await import('@shared/i18n/zh-CN.customer-import')).zhCNCustomerImportUi,
    en: async () => (await import('@shared/i18n/en.customer-import')).enCustomerImportUi,
  },
  templateEditor: {
    'zh-CN': async () => (await import('@shared/i18n/zh-CN.template-editor')).zhCNTemplateEditorUi,
    en: async () => (await import('@shared/i18n/en.template-editor')).enTemplateEditorUi,
  },
  insight: {
    'zh-CN': async () => (await import('@shared/i18n/zh-CN.insight')).zhCNInsightUi,
    en: async () => (await import('@shared/i18n/en.insight')).enInsightUi,
  },
} satisfies Record<string, Record<Locale, () => Promise<UiTexts>>>;

export type TextPart = keyof typeof parts;
