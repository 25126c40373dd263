/** Role rules of requirements/policy.ts. */
import { mustSucceed } from '@test/helpers/http';
import { uuidv7 } from 'uuidv7';
import { capture, detailOf, get, mergedPair, people, type RoleRule, repCustomer, world } from './world';

const scoreWeights = {
  tier: { high: 3, general: 1.5, low: 1 },
  segment: { large: 2, mid: 1.5, smb: 1 },
  flag: { coCreation: 1.5, angel: 1.3, benchmark: 1.3 },
  importance: { 'nice-to-have': 1, important: 2, blocker: 3 },
  customerCap: 20,
};

export const requirementRules: RoleRule[] = [
  {
    rule: 'requirements.canManage',
    says: 'a manager cannot retitle a requirement; a PM can',
    refused: 403,
    prepare: async () => {
      const path = `/api/v1/requirements/${await capture(people.rep, await repCustomer())}`;
      const body = { title: `改名${uuidv7().slice(-6)}` };
      return {
        denied: { as: people.manager, method: 'PATCH', path, body },
        allowed: { as: people.pm, method: 'PATCH', path, body },
      };
    },
  },
  {
    rule: 'requirements.canUndoMerge',
    says: 'a PM who did not make it cannot undo a merge nobody contested; an admin can',
    refused: 403,
    prepare: async () => {
      const [target, mergeId] = await mergedPair();
      const path = `/api/v1/requirements/${target}/merge/${mergeId}/undo`;
      return {
        denied: { as: people.otherPm, method: 'POST', path },
        allowed: { as: people.admin, method: 'POST', path },
      };
    },
  },
  {
    rule: 'requirements.canUndoOwnChange',
    says: 'another PM cannot take a decision back; the PM who made it can, within the window',
    refused: 403,
    prepare: async () => {
      const target = await capture(people.rep, await repCustomer());
      const decided = await world.app
        .api(people.pm.token)
        .post<{ undo: { id: string } }>(`/api/v1/requirements/${target}/decisions`, {
          status: 'planned',
          note: '下个版本',
        });
      const path = `/api/v1/requirements/${target}/decisions/${decided.body.undo.id}/undo`;
      return {
        denied: { as: people.otherPm, method: 'POST', path },
        allowed: { as: people.pm, method: 'POST', path },
      };
    },
  },
  {
    rule: 'requirements.canEditWeights',
    says: 'a PM cannot change the score weights; an admin can',
    refused: 403,
    prepare: async () => {
      const path = '/api/v1/requirements/settings/weights';
      return {
        denied: { as: people.pm, method: 'PUT', path, body: scoreWeights },
        allowed: { as: people.admin, method: 'PUT', path, body: scoreWeights },
      };
    },
  },
  {
    rule: 'requirements.canExport',
    says: 'a rep cannot export requirements; a manager can',
    refused: 403,
    prepare: async () => ({
      denied: get(people.rep, '/api/v1/requirements/export?format=csv'),
      allowed: get(people.manager, '/api/v1/requirements/export?format=csv'),
    }),
  },
  {
    rule: 'requirements.canSeeMention',
    says: 'a rep cannot touch another rep’s mention; its reporter can',
    refused: 404,
    prepare: async () => {
      const requirementId = await capture(people.rep, await repCustomer());
      const mentionId = (await detailOf(requirementId)).mentions[0]?.id ?? '';
      const path = `/api/v1/requirements/${requirementId}/mentions/${mentionId}`;
      return {
        denied: { as: people.otherRep, method: 'PATCH', path, body: { goLive: true } },
        allowed: { as: people.rep, method: 'PATCH', path, body: { goLive: true } },
      };
    },
  },
  {
    rule: 'requirements.requirementCan',
    says: 'an implementer cannot promise a date to a customer; a PM can',
    refused: 403,
    prepare: async () => {
      const customerId = await repCustomer();
      const path = `/api/v1/requirements/${await capture(people.rep, customerId)}/commitments`;
      const body = { customerId, dueDate: '2027-01-31' };
      return {
        denied: { as: people.implementer, method: 'POST', path, body },
        allowed: { as: people.pm, method: 'POST', path, body },
      };
    },
  },
  {
    rule: 'requirements.canMarkGoLive',
    says: 'a manager who did not report a mention cannot mark it go-live; its reporter can',
    refused: 403,
    prepare: async () => {
      const requirementId = await capture(people.rep, await repCustomer());
      const mentionId = (await detailOf(requirementId)).mentions[0]?.id ?? '';
      const path = `/api/v1/requirements/${requirementId}/mentions/${mentionId}`;
      return {
        denied: { as: people.manager, method: 'PATCH', path, body: { goLive: true } },
        allowed: { as: people.rep, method: 'PATCH', path, body: { goLive: true } },
      };
    },
  },
  {
    rule: 'requirements.canOverseeLoop',
    says: 'a rep cannot read the loop statistics; a manager can',
    refused: 403,
    prepare: async () => ({
      denied: get(people.rep, '/api/v1/requirements/stats'),
      allowed: get(people.manager, '/api/v1/requirements/stats'),
    }),
  },
  {
    rule: 'requirements.canOverseeLoop',
    says: 'an implementer cannot list the promises made to customers; a manager can',
    refused: 403,
    prepare: async () => ({
      denied: get(people.implementer, '/api/v1/requirements/commitments'),
      allowed: get(people.manager, '/api/v1/requirements/commitments'),
    }),
  },
  {
    rule: 'requirements.canTellForAnyone',
    says: 'an implementer cannot confirm telling a customer they did not report for; a manager can',
    refused: 400,
    prepare: async () => {
      const customerId = await repCustomer();
      const requirementId = await capture(people.rep, customerId);
      const decided = await world.app
        .api(people.pm.token)
        .post(`/api/v1/requirements/${requirementId}/decisions`, { status: 'planned' });
      mustSucceed('deciding', decided);
      const path = `/api/v1/requirements/${requirementId}/told`;
      return {
        denied: { as: people.implementer, method: 'POST', path, body: { customerId } },
        allowed: { as: people.manager, method: 'POST', path, body: { customerId } },
      };
    },
  },
  {
    rule: 'requirements.canContestMerge',
    says: 'a rep who reported nothing on a merged requirement cannot contest the merge; its reporter can',
    refused: 403,
    prepare: async () => {
      const [target, mergeId] = await mergedPair();
      const path = `/api/v1/requirements/${target}/merge/${mergeId}/contest`;
      return {
        denied: { as: people.otherRep, method: 'POST', path, body: {} },
        allowed: { as: people.rep, method: 'POST', path, body: {} },
      };
    },
  },
  {
    rule: 'requirements.canOwnRequirements',
    says: 'a manager cannot be made a requirement’s product owner; a PM can',
    refused: 400,
    prepare: async () => {
      const path = `/api/v1/requirements/${await capture(people.rep, await repCustomer())}`;
      return {
        denied: { as: people.pm, method: 'PATCH', path, body: { ownerId: people.manager.id } },
        allowed: { as: people.pm, method: 'PATCH', path, body: { ownerId: people.pm.id } },
      };
    },
  },
];
