/** Role rules of platform/policy.ts. */
import { get, people, type RoleRule } from './world';

export const platformRules: RoleRule[] = [
  {
    rule: 'platform.canManageConnections',
    says: 'a manager cannot list platform connections; an admin can',
    refused: 403,
    prepare: async () => ({
      denied: get(people.manager, '/api/v1/platform/connections'),
      allowed: get(people.admin, '/api/v1/platform/connections'),
    }),
  },
];
