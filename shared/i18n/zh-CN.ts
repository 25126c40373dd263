/**
 * 简体中文 catalogue, whole: the core (errors, shell, daily screens) and the texts of every other screen. The server
 * speaks from it; the mini-app loads the core first and each other part with the screens that use it.
 */
import { zhCNApiTokensUi } from './zh-CN.api-tokens';
import { zhCNCore } from './zh-CN.core';
import { zhCNCustomerImportUi } from './zh-CN.customer-import';
import { zhCNInsightUi } from './zh-CN.insight';
import { zhCNMembersUi } from './zh-CN.members';
import { zhCNPlatformUi } from './zh-CN.platform';
import { zhCNTemplateEditorUi } from './zh-CN.template-editor';
import { zhCNWebhooksUi } from './zh-CN.webhooks';

export const zhCN = {
  ...zhCNCore,
  ui: {
    ...zhCNCore.ui,
    ...zhCNPlatformUi,
    ...zhCNMembersUi,
    ...zhCNApiTokensUi,
    ...zhCNWebhooksUi,
    ...zhCNCustomerImportUi,
    ...zhCNTemplateEditorUi,
    ...zhCNInsightUi,
  },
};

/** The catalogue's shape; every other language must have exactly these keys. */
export type Catalogue = typeof zhCN;
