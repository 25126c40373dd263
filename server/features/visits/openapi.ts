/** The OpenAPI entries of server/features/visits. */
import { itemsOf, pageOf, type RouteDocGroup, spreadsheetDownload } from '@server/core/openapi/route-docs';
import {
  customerSuggestions,
  customerSuggestionsQuery,
  followUpDue,
  visit,
  visitCreate,
  visitExportQuery,
  visitListQuery,
  visitUpdate,
} from '@shared/schemas/visits';

export const visitDocs: RouteDocGroup = {
  tag: 'Visits',
  description: 'Customer visits with check-in, photos and notes; follow-ups due.',
  routes: {
    'GET /visits': { summary: 'Visits the caller may see', query: visitListQuery, response: pageOf(visit) },
    'GET /visits/export': {
      summary: 'The visits the caller’s list shows under the same filters, every page, as a spreadsheet',
      query: visitExportQuery,
      file: spreadsheetDownload,
    },
    'POST /visits': {
      summary: 'Log a visit (idempotent by `clientId`: a repeat answers 200 with the first one)',
      body: visitCreate,
      status: 201,
      response: visit,
    },
    'GET /visits/follow-ups': {
      summary: 'The caller’s follow-ups that are due',
      response: itemsOf(followUpDue),
    },
    'GET /visits/customer-suggestions': {
      summary: 'Customers near a position, for picking whom a visit was with',
      query: customerSuggestionsQuery,
      response: customerSuggestions,
    },
    'GET /visits/:id': { summary: 'One visit', response: visit },
    'PATCH /visits/:id': { summary: 'Change a visit', body: visitUpdate, response: visit },
    'DELETE /visits/:id': { summary: 'Delete a visit', status: 204 },
  },
};
