/**
 * The readable reference at /api/docs: one self-contained HTML page rendered from the OpenAPI document, with no
 * script and nothing fetched from elsewhere, so it works on a server without internet access.
 */
import type { OpenApiDocument } from './document';

type Json = Record<string, unknown>;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A schema in one line: `string (uuid)`, `array of object`, `"a" | "b"`. */
function typeOf(schema: Json | undefined): string {
  if (!schema) return '';
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const variants = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (variants) return variants.map(typeOf).join(' | ');
  if (schema.type === 'array') return `array of ${typeOf(schema.items as Json | undefined) || 'any'}`;
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'any');
  return schema.format ? `${type} (${String(schema.format)})` : type;
}

function propertyRows(schema: Json): string {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties)
    .map(
      ([name, property]) =>
        `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? ' *' : ''}</td>` +
        `<td>${escapeHtml(typeOf(property))}</td></tr>`,
    )
    .join('');
}

function schemaBlock(title: string, schema: Json | undefined): string {
  if (!schema) return '';
  const rows = schema.properties
    ? `<table><tr><th>field</th><th>type</th></tr>${propertyRows(schema)}</table>`
    : '';
  return (
    `<h4>${escapeHtml(title)}</h4>${rows || `<p>${escapeHtml(typeOf(schema))}</p>`}` +
    `<details><summary>JSON Schema</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`
  );
}

function jsonSchemaOf(content: unknown): Json | undefined {
  return (content as Record<string, { schema?: Json }> | undefined)?.['application/json']?.schema;
}

function parametersBlock(parameters: Json[]): string {
  if (parameters.length === 0) return '';
  const rows = parameters
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(String(p.name))}</code>${p.required ? ' *' : ''}</td>` +
        `<td>${escapeHtml(String(p.in))}</td><td>${escapeHtml(typeOf(p.schema as Json))}</td></tr>`,
    )
    .join('');
  return `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>type</th></tr>${rows}</table>`;
}

const errorBody = '<code>{ error: { code, message, fields } }</code>';

/** Text of the document, with `backticked` words as code. */
const prose = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

function responsesBlock(responses: Record<string, Json>): string {
  const entries = Object.entries(responses);
  const errors = entries
    .filter(([, response]) => typeof response.$ref === 'string')
    .map(([status]) => status);
  const successes = entries
    .filter(([, response]) => typeof response.$ref !== 'string')
    .map(([status, response]) => {
      const body = jsonSchemaOf(response.content);
      const types = Object.keys((response.content ?? {}) as Json).join(', ');
      const mediaTypes = types && !body ? ` <code>${escapeHtml(types)}</code>` : '';
      return `<li><b>${status}</b> ${prose(String(response.description ?? ''))}${mediaTypes}${schemaBlock('Answer', body)}</li>`;
    });
  const refusals =
    errors.length > 0
      ? [`<li><b>${errors.join(' · ')}</b> ${errorBody} (see <a href="#errors">Errors</a>)</li>`]
      : [];
  return [...successes, ...refusals].join('');
}

function errorsSection(document: OpenApiDocument): string {
  const rows = Object.entries(document.components.responses ?? {})
    .map(([name, response]) => {
      const status = name.replace('Error', '');
      return `<tr><td><b>${escapeHtml(status)}</b></td><td>${prose(String((response as Json).description ?? ''))}</td></tr>`;
    })
    .join('');
  return `<h2 id="errors">Errors</h2><p>Every refusal answers ${errorBody} with a stable <code>code</code>.</p><table>${rows}</table>`;
}

function operationBlock(method: string, path: string, operation: Json): string {
  const id = String(operation.operationId);
  const request = operation.requestBody as Json | undefined;
  const requestTypes =
    request && !jsonSchemaOf(request.content) ? Object.keys(request.content as Json).join(', ') : '';
  return (
    `<section id="${escapeHtml(id)}"><h3><span class="m ${method}">${method.toUpperCase()}</span> ` +
    `<code>${escapeHtml(path)}</code>${operation.security ? ' <small>public</small>' : ''}</h3>` +
    `<p>${prose(String(operation.summary ?? ''))}</p>` +
    parametersBlock((operation.parameters ?? []) as Json[]) +
    schemaBlock('Request body', jsonSchemaOf(request?.content)) +
    (requestTypes ? `<h4>Request body</h4><p><code>${escapeHtml(requestTypes)}</code></p>` : '') +
    `<h4>Responses</h4><ul>${responsesBlock(operation.responses as Record<string, Json>)}</ul></section>`
  );
}

const style = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1f2328}
code,pre{font-family:ui-monospace,monospace;font-size:13px}pre{background:#f6f8fa;padding:.5rem;overflow:auto}
table{border-collapse:collapse;margin:.25rem 0}td,th{border:1px solid #d0d7de;padding:.2rem .5rem;text-align:left}
section{border-top:1px solid #d0d7de;padding:.5rem 0}.m{display:inline-block;min-width:4rem;font-size:13px;color:#fff;
border-radius:4px;text-align:center;background:#57606a}.get{background:#1a7f37}.post{background:#0969da}
.put,.patch{background:#9a6700}.delete{background:#cf222e}h3{font-size:1rem}h4{margin:.5rem 0 0}`;

export function renderReferencePage(document: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const tag = String((operation.tags as string[] | undefined)?.[0] ?? '');
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationBlock(method, path, operation)]);
    }
  }
  const sections = document.tags
    .map(
      ({ name, description }) =>
        `<h2 id="tag-${escapeHtml(name)}">${escapeHtml(name)}</h2><p>${prose(description)}</p>` +
        (byTag.get(name) ?? []).join(''),
    )
    .join('');
  const contents = document.tags
    .map(({ name }) => `<a href="#tag-${escapeHtml(name)}">${escapeHtml(name)}</a>`)
    .join(' · ');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${escapeHtml(document.info.title)}</title><style>${style}</style></head><body>` +
    `<h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>` +
    `<p>${prose(document.info.description)}</p><p>Base path <code>/api/v1</code> · ` +
    `<a href="/api/openapi.json">openapi.json</a></p><nav>${contents} · <a href="#errors">Errors</a></nav>` +
    `${errorsSection(document)}${sections}</body></html>`
  );
}
