/** The OpenAPI entries of server/features/implementation: templates, the working calendar, projects. */
import { itemsOf, type RouteDocGroup, spreadsheetDownload } from '@server/core/openapi/route-docs';
import {
  project,
  projectCreate,
  projectListQuery,
  projectSummary,
  projectTask,
  projectUpdate,
  taskExportQuery,
  taskPatch,
  todayItem,
} from '@shared/schemas/implementation';
import { shareInput, shareLink, statusLink, statusPage } from '@shared/schemas/implementation-sharing';
import {
  calendarDay,
  calendarInput,
  exportFormat,
  installStandardResult,
  projectUpgradeImpact,
  publishResult,
  template,
  templateDraftInput,
  templateListQuery,
  templateVersionSummary,
} from '@shared/schemas/implementation-templates';
import { z } from 'zod';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const draftBody = {
  mediaTypes: ['application/json', xlsx],
  description:
    'A draft as JSON (the template shape), or an .xlsx workbook with `name` and `segment` in the query',
};

export const templateDocs: RouteDocGroup = {
  tag: 'Templates',
  description: 'Versioned implementation checklists, their drafts and the working calendar.',
  routes: {
    'GET /templates': { summary: 'Templates', query: templateListQuery, response: z.array(template) },
    'POST /templates': {
      summary: 'Create a template as a draft',
      body: templateDraftInput,
      status: 201,
      response: template,
    },
    'POST /templates/install-standard': {
      summary: 'Install the standard templates not installed yet',
      response: installStandardResult,
    },
    'POST /templates/import': {
      summary: 'Create a template from JSON or an .xlsx workbook',
      rawBody: draftBody,
      status: 201,
      response: template,
    },
    'GET /templates/:id': { summary: 'A template’s newest published version', response: template },
    'GET /templates/:id/versions': {
      summary: 'A template’s versions',
      response: z.array(templateVersionSummary),
    },
    'GET /templates/:id/versions/:version': { summary: 'One version of a template', response: template },
    'GET /templates/:id/versions/:version/impact': {
      summary: 'What upgrading to this version would change in each running project',
      response: z.array(projectUpgradeImpact),
    },
    'GET /templates/:id/draft': { summary: 'The template’s draft', response: template },
    'GET /templates/:id/draft/impact': {
      summary: 'What publishing the draft would offer each running project',
      response: z.array(projectUpgradeImpact),
    },
    'PUT /templates/:id/draft': {
      summary: 'Save the draft (JSON or .xlsx)',
      rawBody: draftBody,
      response: template,
    },
    'DELETE /templates/:id/draft': { summary: 'Discard the draft', status: 204 },
    'POST /templates/:id/publish': { summary: 'Publish the draft as a new version', response: publishResult },
    'GET /templates/:id/export': {
      summary: 'Download a template as JSON or .xlsx',
      query: exportFormat,
      file: { mediaTypes: ['application/json', xlsx], description: 'The template as a file' },
    },
    'GET /holidays': { summary: 'Holidays and make-up working days', response: itemsOf(calendarDay) },
    'PUT /holidays': {
      summary: 'Replace the working calendar',
      body: calendarInput,
      response: itemsOf(calendarDay),
    },
  },
};

export const projectDocs: RouteDocGroup = {
  tag: 'Projects',
  description: 'Implementations that follow a template: phases, tasks with evidence, goals, status pages.',
  routes: {
    'GET /projects': {
      summary: 'Projects the caller may see',
      query: projectListQuery,
      response: z.array(projectSummary),
    },
    'POST /projects': {
      summary: 'Start a project from a template (idempotent by `clientId`)',
      body: projectCreate,
      status: 201,
      response: project,
    },
    'GET /projects/today': {
      summary: 'The caller’s tasks due today and overdue',
      response: z.array(todayItem),
    },
    'GET /projects/:id': { summary: 'One project with its phases, tasks and goals', response: project },
    'PATCH /projects/:id': { summary: 'Change a project', body: projectUpdate, response: project },
    'PATCH /projects/:id/tasks/:taskId': {
      summary: 'Tick, assign or add evidence to a task',
      body: taskPatch,
      response: projectTask,
    },
    'GET /projects/:id/tasks/export': {
      summary: 'The project’s tasks, phase by phase, with lasting links to their evidence, as a spreadsheet',
      query: taskExportQuery,
      file: spreadsheetDownload,
    },
    'GET /projects/:id/upgrade': {
      summary: 'What upgrading to the template’s newest version would change',
      response: z.object({ impact: projectUpgradeImpact.nullable() }),
    },
    'POST /projects/:id/upgrade': { summary: 'Upgrade to the template’s newest version', response: project },
    'POST /projects/:id/share': {
      summary: 'Make a status link for the customer',
      body: shareInput,
      response: shareLink,
    },
    'GET /projects/:id/status-links': {
      summary: 'The project’s status links',
      response: itemsOf(statusLink),
    },
    'POST /projects/:id/status-links/:linkId/revoke': {
      summary: 'Revoke a status link',
      response: statusLink,
    },
    'GET /status/:token': {
      summary: 'The customer’s status page of a project',
      isPublic: true,
      response: statusPage,
    },
  },
};
