/**
 * How a feature describes its routes for the OpenAPI document: one entry per route the router registers, keyed
 * `METHOD /path` exactly as the feature writes the route (`:id` parameters), with the zod schemas the route reads
 * and answers.
 */
import { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RouteKey = `${HttpMethod} /${string}`;

/** A body that is not JSON: an upload, a download, a platform's own protocol. */
export interface NonJsonContent {
  /** Media types it may come in. */
  mediaTypes: string[];
  description: string;
}

export interface RouteDoc {
  summary: string;
  /** Answered without a signed-in actor (no bearer token needed). */
  isPublic?: boolean;
  /** The JSON body the route validates. */
  body?: z.ZodType;
  /** A non-JSON body instead (multipart upload, a workbook, a platform callback's raw bytes). */
  rawBody?: NonJsonContent;
  /** The query the route validates; each property becomes a query parameter. */
  query?: z.ZodObject;
  /** The success status: 200 unless given (201 for creations, 204 for answers without a body). */
  status?: 200 | 201 | 204;
  /** The JSON the success status answers with. */
  response?: z.ZodType;
  /** A non-JSON success answer instead. */
  file?: NonJsonContent;
}

export type RouteDocs = Partial<Record<RouteKey, RouteDoc>>;

/** A feature's routes under one heading of the reference. */
export interface RouteDocGroup {
  tag: string;
  description: string;
  routes: RouteDocs;
}

/** The cursor page every list answers with. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** The `{ items }` answer of lists that are never paged. */
/** What a list's export answers: the file the core spreadsheet writer streams. */
export const spreadsheetDownload: NonJsonContent = {
  mediaTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
  description: 'An .xlsx or .csv download, streamed',
};

export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
