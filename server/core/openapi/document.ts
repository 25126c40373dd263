/** Builds the OpenAPI 3.1 document of /api/v1 from the features' route tables and the shared zod schemas. */
import { errorBody } from '@shared/schemas/common';
import { z } from 'zod';
import type { RouteDoc, RouteDocGroup, RouteKey } from './route-docs';

type JsonSchema = Record<string, unknown>;
type Operation = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
  security: Record<string, string[]>[];
}

const errorStatuses = {
  '400': 'The body, query or a parameter is malformed; `fields` names each wrong field.',
  '401': 'No bearer token, or one that is unknown, expired or revoked.',
  '403': 'The signed-in person (or the token’s scope) may not do this.',
  '404': 'Nothing of that id exists for this company, or it is not visible to the caller.',
  '429': 'Too many requests; `Retry-After` says after how many seconds to try again.',
} as const;

/** Path parameters that are not ids. */
const parameterSchemas: Record<string, JsonSchema> = {
  version: { type: 'integer', minimum: 1 },
  token: { type: 'string', description: 'The status link’s token.' },
};

/** Requests are documented as the client sends them, answers as the server writes them. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12' });
  return rest as JsonSchema;
}

function splitKey(key: RouteKey): { method: string; path: string; params: string[] } {
  const [method = '', path = ''] = key.split(' ');
  const params = [...path.matchAll(/:(\w+)/g)].map((match) => match[1] ?? '');
  return { method: method.toLowerCase(), path: path.replace(/:(\w+)/g, '{$1}'), params };
}

function parametersOf(params: string[], query: RouteDoc['query']): Operation[] {
  const inPath = params.map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: parameterSchemas[name] ?? { type: 'string', format: 'uuid' },
  }));
  if (!query) return inPath;
  const schema = jsonSchema(query, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  const inQuery = Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
  return [...inPath, ...inQuery];
}

function requestBodyOf(doc: RouteDoc): Operation | undefined {
  if (doc.body) {
    return { required: true, content: { 'application/json': { schema: jsonSchema(doc.body, 'input') } } };
  }
  if (!doc.rawBody) return undefined;
  const content = Object.fromEntries(doc.rawBody.mediaTypes.map((type) => [type, {}]));
  return { required: true, description: doc.rawBody.description, content };
}

function successOf(doc: RouteDoc): Operation {
  if (doc.response) {
    return {
      description: 'Success',
      content: { 'application/json': { schema: jsonSchema(doc.response, 'output') } },
    };
  }
  if (doc.file) {
    const content = Object.fromEntries(doc.file.mediaTypes.map((type) => [type, {}]));
    return { description: doc.file.description, content };
  }
  return { description: 'Success, without a body' };
}

function operationOf(key: RouteKey, doc: RouteDoc, tag: string): Operation {
  const { params } = splitKey(key);
  const errors = doc.isPublic
    ? (['400', '404', '429'] as const)
    : (['400', '401', '403', '404', '429'] as const);
  const requestBody = requestBodyOf(doc);
  return {
    tags: [tag],
    summary: doc.summary,
    operationId: key.replace(/[^A-Za-z0-9]+/g, '_').replace(/_$/, ''),
    ...(doc.isPublic ? { security: [] } : {}),
    parameters: parametersOf(params, doc.query),
    ...(requestBody ? { requestBody } : {}),
    responses: {
      [String(doc.status ?? 200)]: successOf(doc),
      ...Object.fromEntries(
        errors.map((status) => [status, { $ref: `#/components/responses/Error${status}` }]),
      ),
    },
  };
}

export function buildOpenApiDocument(groups: RouteDocGroup[]): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const group of groups) {
    for (const [key, doc] of Object.entries(group.routes) as [RouteKey, RouteDoc][]) {
      const { method, path } = splitKey(key);
      paths[path] ??= {};
      paths[path][method] = operationOf(key, doc, group.tag);
    }
  }
  const errorSchema = jsonSchema(errorBody, 'output');
  return {
    openapi: '3.1.1',
    info: {
      title: 'Fieldloop API',
      version: '1',
      description:
        'REST under /api/v1, JSON in camelCase. Send `Authorization: Bearer <token>`: a sign-in session or an API ' +
        'token an admin made (`flk_…`). Every refusal is `{ error: { code, message, fields } }` with a stable code.',
    },
    servers: [{ url: '/api/v1' }],
    tags: groups.map(({ tag, description }) => ({ name: tag, description })),
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: errorSchema },
      responses: Object.fromEntries(
        Object.entries(errorStatuses).map(([status, description]) => [
          `Error${status}`,
          {
            description,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      ),
    },
    security: [{ bearer: [] }],
  };
}
