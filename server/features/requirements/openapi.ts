/** The OpenAPI entries of server/features/requirements. */
import { type RouteDocGroup, spreadsheetDownload } from '@server/core/openapi/route-docs';
import {
  bulkStatusRequest,
  commitment,
  commitmentCreate,
  contestRequest,
  decisionCreate,
  decisionResult,
  exportQuery,
  mention,
  mentionCreate,
  mentionUpdate,
  mergeRequest,
  mergeResult,
  mergeView,
  requirement,
  requirementCreate,
  requirementListQuery,
  requirementUpdate,
  toldRequest,
} from '@shared/schemas/requirements';
import {
  commitmentList,
  commitmentListQuery,
  followResponse,
  myRequirementsPage,
  myRequirementsQuery,
  requirementStats,
  scoreWeights,
  statsQuery,
  toldResponse,
} from '@shared/schemas/requirements-loop';
import { bulkStatusResponse, requirementDetail, requirementPage } from '@shared/schemas/requirements-pages';
import { similarQuery, similarResponse } from '@shared/schemas/requirements-similar';

export const requirementDocs: RouteDocGroup = {
  tag: 'Requirements',
  description: 'Customer needs heard on visits: capture, find similar, merge, weigh, decide, tell, commit.',
  routes: {
    'GET /requirements': {
      summary: 'Requirements, filtered and ranked',
      query: requirementListQuery,
      response: requirementPage,
    },
    'POST /requirements': {
      summary: 'Capture a requirement (idempotent by `clientId`: a repeat answers 200)',
      body: requirementCreate,
      status: 201,
      response: requirement,
    },
    'GET /requirements/similar': {
      summary: 'Requirements similar to a title being typed',
      query: similarQuery,
      response: similarResponse,
    },
    'GET /requirements/mine': {
      summary: 'Requirements the caller reported or follows, with what became of them',
      query: myRequirementsQuery,
      response: myRequirementsPage,
    },
    'GET /requirements/stats': {
      summary: 'Counts by status for a period',
      query: statsQuery,
      response: requirementStats,
    },
    'GET /requirements/export': {
      summary: 'The filtered list as a spreadsheet, streamed',
      query: exportQuery,
      file: spreadsheetDownload,
    },
    'GET /requirements/settings/weights': {
      summary: 'The weights of the priority score',
      response: scoreWeights,
    },
    'PUT /requirements/settings/weights': {
      summary: 'Change the weights of the priority score (PMs, admins)',
      body: scoreWeights,
      response: scoreWeights,
    },
    'GET /requirements/commitments': {
      summary: 'Delivery commitments made to customers',
      query: commitmentListQuery,
      response: commitmentList,
    },
    'POST /requirements/bulk-status': {
      summary: 'Decide several requirements at once',
      body: bulkStatusRequest,
      response: bulkStatusResponse,
    },
    'GET /requirements/:id': {
      summary: 'One requirement with its mentions, merges, decisions and score',
      response: requirementDetail,
    },
    'PATCH /requirements/:id': {
      summary: 'Change a requirement',
      body: requirementUpdate,
      response: requirement,
    },
    'POST /requirements/:id/mentions': {
      summary: 'Record that another customer asked for it (idempotent by `clientId`)',
      body: mentionCreate,
      status: 201,
      response: mention,
    },
    'PATCH /requirements/:id/mentions/:mentionId': {
      summary: 'Mark a mention as needed for go-live',
      body: mentionUpdate,
      response: mention,
    },
    'POST /requirements/:id/merge': {
      summary: 'Merge this requirement into another (undoable for 12 s)',
      body: mergeRequest,
      response: mergeResult,
    },
    'POST /requirements/:id/merge/:mergeId/contest': {
      summary: 'Say a merge joined two different needs',
      body: contestRequest,
      response: mergeView,
    },
    'POST /requirements/:id/merge/:mergeId/keep': { summary: 'Keep a contested merge', response: mergeView },
    'POST /requirements/:id/merge/:mergeId/undo': { summary: 'Take a merge back', response: requirement },
    'POST /requirements/:id/decisions': {
      summary: 'Decide (plan, decline, …); reporters hear of it after the undo window',
      body: decisionCreate,
      status: 201,
      response: decisionResult,
    },
    'POST /requirements/:id/decisions/:decisionId/undo': {
      summary: 'Take a decision back within its undo window',
      response: requirement,
    },
    'POST /requirements/:id/told': {
      summary: 'Record that the customer was told of the decision',
      body: toldRequest,
      response: toldResponse,
    },
    'POST /requirements/:id/follow': { summary: 'Follow a requirement', response: followResponse },
    'DELETE /requirements/:id/follow': { summary: 'Stop following a requirement', response: followResponse },
    'POST /requirements/:id/commitments': {
      summary: 'Commit a delivery date to a customer',
      body: commitmentCreate,
      status: 201,
      response: commitment,
    },
  },
};
