/** Role rules of webhooks/policy.ts. */
import { people, type RoleRule } from './world';

const newHook = { url: 'http://127.0.0.1:1/hook', events: ['visit.created'] };

export const webhookRules: RoleRule[] = [
  {
    rule: 'webhooks.canManageWebhooks',
    says: 'a manager cannot subscribe a webhook; an admin can',
    refused: 403,
    prepare: async () => ({
      denied: { as: people.manager, method: 'POST', path: '/api/v1/webhooks', body: newHook },
      allowed: { as: people.admin, method: 'POST', path: '/api/v1/webhooks', body: newHook },
    }),
  },
];
