/** The OpenAPI entries of server/features/users. */
import type { RouteDocGroup } from '@server/core/openapi/route-docs';
import {
  member,
  memberList,
  memberQuery,
  memberUpdate,
  peopleList,
  peopleQuery,
} from '@shared/schemas/users';

export const userDocs: RouteDocGroup = {
  tag: 'People',
  description: 'Colleagues for pickers, and the members list admins manage.',
  routes: {
    'GET /people': { summary: 'Active colleagues by name', query: peopleQuery, response: peopleList },
    'GET /users': {
      summary: 'Every member of the company (admins)',
      query: memberQuery,
      response: memberList,
    },
    'PATCH /users/:id': {
      summary: 'Change a member’s role or deactivate them (admins)',
      body: memberUpdate,
      response: member,
    },
  },
};
