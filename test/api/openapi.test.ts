/**
 * GET /api/openapi.json is a valid OpenAPI 3.1 document that names every route the routers register, and
 * /api/docs is its readable reference, with nothing loaded from elsewhere.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { apiRoutes } from '@test/helpers/routes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Operation {
  summary?: string;
  security?: unknown[];
  responses: Record<string, { $ref?: string; content?: unknown }>;
  requestBody?: unknown;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}

let app: TestApp;
let document: Document;

beforeAll(async () => {
  app = await startTestApp();
  const res = await fetch(`${app.url}/api/openapi.json`);
  expect(res.status).toBe(200);
  document = (await res.json()) as Document;
});
afterAll(() => app.close());

/** `GET /api/v1/customers/:id` for each operation of the document. */
function documentedRoutes(): string[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map(
      (method) => `${method.toUpperCase()} /api/v1${path.replace(/\{(\w+)\}/g, ':$1')}`,
    ),
  );
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 by a maintained validator', async () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    const result = await new Validator().validate(document as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has an entry for every route the routers register, and none for a route that does not exist', () => {
    const registered = apiRoutes(app).map((route) => `${route.method} ${route.path}`);
    expect(registered.length).toBeGreaterThan(80);
    const documented = new Set(documentedRoutes());
    expect(registered.filter((route) => !documented.has(route))).toEqual([]);
    expect([...documented].filter((route) => !registered.includes(route))).toEqual([]);
  });

  it('gives each route a summary, its success answer and the error body for 400/401/403/404', () => {
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const name = `${method} ${path}`;
        expect(operation.summary, name).toBeTruthy();
        const success = Object.keys(operation.responses).filter((status) => status < '400');
        expect(success, name).toHaveLength(1);
        const errors = operation.security ? ['400', '404'] : ['400', '401', '403', '404'];
        for (const status of errors) {
          expect(operation.responses[status]?.$ref, `${name} ${status}`).toBe(
            `#/components/responses/Error${status}`,
          );
        }
      }
    }
  });

  it('describes a request body, query and answer from the shared zod schemas', () => {
    const create = document.paths['/customers']?.post;
    const body = JSON.stringify(create?.requestBody);
    expect(body).toContain('"segment"');
    expect(body).toContain('"required":["name","segment","tier"]');
    expect(JSON.stringify(create?.responses['201'])).toContain('"ownerName"');
    const list = document.paths['/customers']?.get as Operation & {
      parameters: { name: string; in: string }[];
    };
    expect(list.parameters.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(
      expect.arrayContaining(['cursor', 'limit', 'q', 'segment', 'tier', 'archived', 'sort']),
    );
    expect(JSON.stringify(document)).toContain('"code"');
  });
});

describe('the reference page', () => {
  it('shows every route from the document as one page that loads nothing from elsewhere', async () => {
    const res = await fetch(`${app.url}/api/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    for (const path of Object.keys(document.paths)) expect(html).toContain(`<code>${path}</code>`);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
  });
});
