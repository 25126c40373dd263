/** Role rules of insight/policy.ts. */
import { get, people, type RoleRule } from './world';

export const insightRules: RoleRule[] = [
  {
    rule: 'insight.canSeeVisitInsight',
    says: 'a PM cannot see the sales dashboard; a manager can',
    refused: 403,
    prepare: async () => ({
      denied: get(people.pm, '/api/v1/insight/visits'),
      allowed: get(people.manager, '/api/v1/insight/visits'),
    }),
  },
  {
    rule: 'insight.canSeeRequirementInsight',
    says: 'a rep cannot see the demand dashboard; a PM can',
    refused: 403,
    prepare: async () => ({
      denied: get(people.rep, '/api/v1/insight/requirements'),
      allowed: get(people.pm, '/api/v1/insight/requirements'),
    }),
  },
  {
    rule: 'insight.canSeeLoopInsight',
    says: 'a rep cannot see the loop dashboard; a PM can',
    refused: 403,
    prepare: async () => ({
      denied: get(people.rep, '/api/v1/insight/loop'),
      allowed: get(people.pm, '/api/v1/insight/loop'),
    }),
  },
  {
    rule: 'insight.canSeeImplementationInsight',
    says: 'a rep cannot see the implementation dashboard; an implementer can',
    refused: 403,
    prepare: async () => ({
      denied: get(people.rep, '/api/v1/insight/implementation'),
      allowed: get(people.implementer, '/api/v1/insight/implementation'),
    }),
  },
];
