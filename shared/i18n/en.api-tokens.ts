/** English texts of API tokens (admins). */
import type { zhCNApiTokensUi } from './zh-CN.api-tokens';

export const enApiTokensUi: typeof zhCNApiTokensUi = {
  apiTokens: {
    title: 'API tokens',
    entryHint: 'Let the company’s other systems call the Fieldloop API; revocable at any time',
    create: 'New token',
    name: 'Name',
    namePlaceholder: 'e.g. CRM sync',
    scope: 'Scope',
    scopes: { read: 'Read', 'read-write': 'Read and write' },
    scopeHint: { read: 'May only read data', 'read-write': 'May read and write, as you may' },
    expiresAt: 'Valid until',
    noExpiry: 'Never expires',
    expiryDays: { '30': '30 days', '90': '90 days', '365': 'One year', never: 'Never expires' },
    createdToast: 'Token “{{name}}” created',
    shownOnceTitle: 'Copy the token now',
    shownOnceWarning:
      'The token is shown only this once and cannot be seen again after closing. Keep it somewhere safe; never post it in a chat.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy; press and hold the token to copy it',
    done: 'I have saved it',
    usage: 'Send it as Authorization: Bearer <token>; the API reference is at /api/docs',
    createdBy: 'Made by {{name}} on {{date}}',
    lastUsed: 'Last used {{date}}',
    neverUsed: 'Never used',
    expires: 'Expires {{date}}',
    states: { active: 'Active', expired: 'Expired', revoked: 'Revoked' },
    revoke: 'Revoke',
    revokeConfirm: 'Systems using “{{name}}” lose access at once. Revoke it?',
    revokedToast: '“{{name}}” revoked',
    emptyTitle: 'No API tokens yet',
    emptyBody: 'Make a token so an ERP, BI or other system can read or write Fieldloop’s data.',
  },
};
