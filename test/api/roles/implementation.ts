/** Role rules of implementation's policy.ts files: templates, the calendar, projects and tasks. */
import { standardTemplate } from '@server/features/implementation/templates/standard/mid-large';
import { mustSucceed } from '@test/helpers/http';
import { uuidv7 } from 'uuidv7';
import { get, people, projectFor, type RoleRule, repCustomer, taskOf, world } from './world';

export const implementationRules: RoleRule[] = [
  {
    rule: 'implementation.canEditTemplates',
    says: 'an implementer cannot create a template; a PM can',
    refused: 403,
    prepare: async () => {
      const body = { ...standardTemplate, name: `模板${uuidv7().slice(-6)}` };
      return {
        denied: { as: people.implementer, method: 'POST', path: '/api/v1/templates', body },
        allowed: { as: people.pm, method: 'POST', path: '/api/v1/templates', body },
      };
    },
  },
  {
    rule: 'implementation.canInstallStandardTemplates',
    says: 'a PM cannot install the standard templates; an admin can',
    refused: 403,
    prepare: async () => {
      const path = '/api/v1/templates/install-standard';
      return {
        denied: { as: people.pm, method: 'POST', path },
        allowed: { as: people.admin, method: 'POST', path },
      };
    },
  },
  {
    rule: 'implementation.canEditCalendar',
    says: 'a PM cannot change the holidays; an admin can',
    refused: 403,
    prepare: async () => {
      const body = { items: [] };
      return {
        denied: { as: people.pm, method: 'PUT', path: '/api/v1/holidays', body },
        allowed: { as: people.admin, method: 'PUT', path: '/api/v1/holidays', body },
      };
    },
  },
  {
    rule: 'implementation.canCreateProject',
    says: 'a rep cannot start a project; an implementer can',
    refused: 403,
    prepare: async () => {
      const body = { customerId: await repCustomer(), templateId: world.templateId, startDate: '2026-11-23' };
      return {
        denied: { as: people.rep, method: 'POST', path: '/api/v1/projects', body },
        allowed: { as: people.implementer, method: 'POST', path: '/api/v1/projects', body },
      };
    },
  },
  {
    rule: 'implementation.projectOwnerRoles',
    says: 'a rep cannot own a project; an implementer can',
    refused: 422,
    prepare: async () => {
      const body = { customerId: await repCustomer(), templateId: world.templateId, startDate: '2026-11-23' };
      return {
        denied: {
          as: people.implementer,
          method: 'POST',
          path: '/api/v1/projects',
          body: { ...body, ownerId: people.rep.id },
        },
        allowed: {
          as: people.implementer,
          method: 'POST',
          path: '/api/v1/projects',
          body: { ...body, ownerId: people.otherImplementer.id },
        },
      };
    },
  },
  {
    rule: 'implementation.canSeeProject',
    says: 'a rep cannot open the project of another rep’s customer; that customer’s rep can',
    refused: 404,
    prepare: async () => {
      const path = `/api/v1/projects/${(await projectFor(await repCustomer())).id}`;
      return { denied: get(people.otherRep, path), allowed: get(people.rep, path) };
    },
  },
  {
    rule: 'implementation.canUpdateProject',
    says: 'an implementer who does not own the project cannot rename it; a PM can',
    refused: 403,
    prepare: async () => {
      const path = `/api/v1/projects/${(await projectFor(await repCustomer())).id}`;
      const body = { name: `改名${uuidv7().slice(-6)}` };
      return {
        denied: { as: people.otherImplementer, method: 'PATCH', path, body },
        allowed: { as: people.pm, method: 'PATCH', path, body },
      };
    },
  },
  {
    rule: 'implementation.canManageStatusLinks',
    says: 'a PM who sees the project cannot list the links its owner handed out; an admin can',
    refused: 403,
    prepare: async () => {
      const path = `/api/v1/projects/${(await projectFor(await repCustomer())).id}/status-links`;
      return {
        denied: { as: people.pm, method: 'GET', path },
        allowed: { as: people.admin, method: 'GET', path },
      };
    },
  },
  {
    rule: 'implementation.canWorkOnTask',
    says: 'an implementer outside the project cannot block a task; the project’s owner can',
    refused: 403,
    prepare: async () => {
      const project = await projectFor(await repCustomer());
      const path = `/api/v1/projects/${project.id}/tasks/${taskOf(project)}`;
      const body = { blocker: '等客户提供数据' };
      return {
        denied: { as: people.otherImplementer, method: 'PATCH', path, body },
        allowed: { as: people.implementer, method: 'PATCH', path, body },
      };
    },
  },
  {
    rule: 'implementation.canAssignTask',
    says: 'an assignee outside the project cannot hand the task on; the project’s owner can',
    refused: 403,
    prepare: async () => {
      const project = await projectFor(await repCustomer());
      const path = `/api/v1/projects/${project.id}/tasks/${taskOf(project)}`;
      const assigned = await world.app
        .api(people.implementer.token)
        .patch(path, { assigneeId: people.otherImplementer.id });
      mustSucceed('assigning the task', assigned);
      const body = { assigneeId: people.implementer.id };
      return {
        denied: { as: people.otherImplementer, method: 'PATCH', path, body },
        allowed: { as: people.implementer, method: 'PATCH', path, body },
      };
    },
  },
];
