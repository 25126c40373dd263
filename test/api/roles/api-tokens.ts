/** Role rules of api-tokens/policy.ts (a token managing tokens is refused in api-tokens/token-auth.test.ts). */
import { people, type RoleRule } from './world';

const newToken = { name: '集成', scope: 'read' };

export const apiTokenRules: RoleRule[] = [
  {
    rule: 'api-tokens.canManageApiTokens',
    says: 'a manager cannot make an API token; an admin can',
    refused: 403,
    prepare: async () => ({
      denied: { as: people.manager, method: 'POST', path: '/api/v1/api-tokens', body: newToken },
      allowed: { as: people.admin, method: 'POST', path: '/api/v1/api-tokens', body: newToken },
    }),
  },
];
