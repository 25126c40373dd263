/** The OpenAPI entries of server/features/customers and the customer timeline. */
import { pageOf, type RouteDocGroup, spreadsheetDownload } from '@server/core/openapi/route-docs';
import { pageQuery } from '@shared/schemas/common';
import {
  contact,
  contactCreate,
  customer,
  customerCreate,
  customerExportQuery,
  customerListQuery,
  customerUpdate,
} from '@shared/schemas/customers';
import {
  customerImportPreview,
  customerImportQuery,
  customerImportResult,
} from '@shared/schemas/customers-import';
import { customerTimeline } from '@shared/schemas/visits';
import { z } from 'zod';

export const customerDocs: RouteDocGroup = {
  tag: 'Customers',
  description:
    'Customers and their contacts. Sales see their own customers; managers, PMs and admins see all.',
  routes: {
    'GET /customers': {
      summary: 'Customers the caller may see, filtered and sorted',
      query: customerListQuery,
      response: pageOf(customer),
    },
    'GET /customers/export': {
      summary: 'The customers the caller’s list shows under the same filters and sort, with their contacts',
      query: customerExportQuery,
      file: spreadsheetDownload,
    },
    'POST /customers': {
      summary: 'Create a customer',
      body: customerCreate,
      status: 201,
      response: customer,
    },
    'GET /customers/:id': { summary: 'One customer', response: customer },
    'PATCH /customers/:id': {
      summary: 'Change a customer (send `version` to refuse overwriting a newer edit with 409)',
      body: customerUpdate,
      response: customer,
    },
    'POST /customers/:id/archive': { summary: 'Archive a customer', response: customer },
    'POST /customers/:id/restore': { summary: 'Bring an archived customer back', response: customer },
    'GET /customers/:id/contacts': {
      summary: 'The customer’s contacts',
      query: pageQuery,
      response: pageOf(contact),
    },
    'POST /customers/:id/contacts': {
      summary: 'Add a contact to the customer',
      body: contactCreate,
      status: 201,
      response: contact,
    },
    'POST /imports/customers': {
      summary:
        'Import customers and contacts from a spreadsheet (admins and managers). Every row is checked first: any ' +
        'problem answers 422 IMPORT_ROWS_INVALID with `error.rows` ({ row, column, header, message }; the header ' +
        'is row 1) and nothing is written; otherwise one transaction creates and updates them all. Customers are ' +
        'matched by name (letter case aside), so importing the same file again updates instead of duplicating. ' +
        'With `dryRun=1` it answers 200 with the preview (detected columns, counts, first customers, the same row ' +
        'errors) and writes nothing.',
      query: customerImportQuery,
      rawBody: {
        mediaTypes: ['multipart/form-data'],
        description:
          'Part `file`: an .xlsx workbook (first sheet) or a CSV file (UTF-8, with or without BOM, or GBK). ' +
          'Optional text parts: `mapping`, JSON `{ "<header>": "<field>" | null }` overriding the detected ' +
          'columns; `key`, how rows find existing customers (`name`).',
      },
      status: 201,
      response: z.union([customerImportResult, customerImportPreview]),
    },
    'GET /customers/:id/timeline': {
      summary: 'Visits, requirements and projects of the customer, newest first',
      response: customerTimeline,
    },
  },
};
