/** English catalogue, whole, the second language: the core and the texts of every other screen. */
import { enApiTokensUi } from './en.api-tokens';
import { enCore } from './en.core';
import { enCustomerImportUi } from './en.customer-import';
import { enInsightUi } from './en.insight';
import { enMembersUi } from './en.members';
import { enPlatformUi } from './en.platform';
import { enTemplateEditorUi } from './en.template-editor';
import { enWebhooksUi } from './en.webhooks';
import type { Catalogue } from './zh-CN';

export const en: Catalogue = {
  ...enCore,
  ui: {
    ...enCore.ui,
    ...enPlatformUi,
    ...enMembersUi,
    ...enApiTokensUi,
    ...enWebhooksUi,
    ...enCustomerImportUi,
    ...enTemplateEditorUi,
    ...enInsightUi,
  },
};
