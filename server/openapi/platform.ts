/** The OpenAPI entries of server/features/platform (sign-ins are under Sign-in). */
import { pageOf, type RouteDocGroup } from '@server/core/openapi/route-docs';
import {
  connection,
  connectionCreate,
  directoryDepartments,
  directoryDepartmentsQuery,
  directoryPeople,
  directoryPeopleQuery,
  jsapiConfig,
  jsapiConfigQuery,
  personMessages,
  roleMapping,
  roleMappingCreate,
  signInOptions,
  signInOptionsQuery,
} from '@shared/schemas/platform';

const connections = pageOf(connection);
const mappings = pageOf(roleMapping);

export const platformDocs: RouteDocGroup = {
  tag: 'Platforms',
  description:
    'Connections to DingTalk, Feishu and WeCom (admins), their role mappings and directories, JS-API.',
  routes: {
    'GET /platform/connections': { summary: 'The company’s platform connections', response: connections },
    'POST /platform/connections': {
      summary: 'Connect a self-built DingTalk, Feishu or WeCom app (secrets are sealed, never returned)',
      body: connectionCreate,
      status: 201,
      response: connection,
    },
    'POST /platform/connections/:id/test': {
      summary: 'Fetch an access token and JS-API ticket now, and record the outcome',
      response: connection,
    },
    'POST /platform/connections/:id/enable': { summary: 'Turn a connection on', response: connection },
    'POST /platform/connections/:id/disable': { summary: 'Turn a connection off', response: connection },
    'GET /platform/connections/:id/role-mappings': {
      summary: 'Which department or person gets which role at sign-in',
      response: mappings,
    },
    'POST /platform/connections/:id/role-mappings': {
      summary: 'Map a department or person to a role; answers every mapping of the connection',
      body: roleMappingCreate,
      response: mappings,
    },
    'DELETE /platform/connections/:id/role-mappings/:mappingId': { summary: 'Remove a mapping', status: 204 },
    'GET /platform/connections/:id/directory/departments': {
      summary: 'Departments under `parentId` in the platform’s directory',
      query: directoryDepartmentsQuery,
      response: directoryDepartments,
    },
    'GET /platform/connections/:id/directory/people': {
      summary: 'People by name in the platform’s directory',
      query: directoryPeopleQuery,
      response: directoryPeople,
    },
    'GET /platform/people/:id/messages': {
      summary: 'A person’s recent messages and what became of each (admins)',
      response: personMessages,
    },
    'GET /platform/jsapi-config': {
      summary: 'The signature a page needs for the platform’s JS-API check',
      query: jsapiConfigQuery,
      response: jsapiConfig,
    },
    'GET /platform/sign-in-options': {
      summary: 'How a page opened inside a platform signs in',
      isPublic: true,
      query: signInOptionsQuery,
      response: signInOptions,
    },
    'GET /callbacks/:id': {
      summary: 'The platform’s URL check (answers in the platform’s own protocol)',
      isPublic: true,
      file: { mediaTypes: ['text/plain', 'application/json'], description: 'What the platform expects' },
    },
    'POST /callbacks/:id': {
      summary: 'Platform events, verified over the raw body; forged or stale ones answer 401',
      isPublic: true,
      rawBody: { mediaTypes: ['application/json', 'text/xml'], description: 'The platform’s signed event' },
      file: { mediaTypes: ['text/plain', 'application/json'], description: 'What the platform expects' },
    },
  },
};
