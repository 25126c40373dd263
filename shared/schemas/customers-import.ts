/** Importing customers and contacts from a spreadsheet: the form beside the file, the preview and the outcome. */
import { z } from 'zod';
import { contactRoles, segments, tiers } from '../domain/customers';
import { queryBoolean } from './common';

/** What a column of the sheet can fill: a customer's field, or a field of one of its contacts. */
export const importFields = [
  'name',
  'industry',
  'tier',
  'segment',
  'owner',
  'address',
  'contractValue',
  'tags',
  'coCreation',
  'angel',
  'benchmark',
  'contactName',
  'contactPhone',
  'contactTitle',
  'contactRole',
  'contactEmail',
] as const;
export type ImportField = (typeof importFields)[number];

/**
 * How a row finds the customer it re-imports: `name`, the customer's name (letter case aside). Rows with the same
 * key are one customer (each with its own contact); a key already in the tenant updates that customer.
 */
export const importKeys = ['name'] as const;
export type ImportKey = (typeof importKeys)[number];

export const customerImportQuery = z.object({ dryRun: queryBoolean.optional() });

/** A header → field choice overriding the detected one; null leaves the column out. */
const mappingChoice = z.record(z.string().max(100), z.enum(importFields).nullable());

/** The text fields of the multipart form beside `file`. */
export const customerImportForm = z.object({
  mapping: z
    .string()
    .max(8000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'validation.invalidFormat' });
        return z.NEVER;
      }
    })
    .pipe(mappingChoice)
    .optional(),
  key: z.enum(importKeys).default('name'),
});
export type CustomerImportMapping = z.infer<typeof mappingChoice>;

export const importRowError = z.object({
  /** The row as the spreadsheet shows it; the header is row 1. */
  row: z.number().int(),
  /** The column's letter as the spreadsheet shows it (A, B, …); null when the problem is a missing column. */
  column: z.string().nullable(),
  header: z.string().nullable(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowError>;

export const importColumn = z.object({
  column: z.string(),
  header: z.string(),
  field: z.enum(importFields).nullable(),
});
export type ImportColumn = z.infer<typeof importColumn>;

export const importSampleRow = z.object({
  row: z.number().int(),
  isNew: z.boolean(),
  name: z.string(),
  industry: z.string().nullable(),
  segment: z.enum(segments),
  tier: z.enum(tiers),
  ownerName: z.string().nullable(),
  contacts: z.array(
    z.object({
      name: z.string(),
      title: z.string().nullable(),
      phone: z.string().nullable(),
      role: z.enum(contactRoles),
    }),
  ),
});
export type ImportSampleRow = z.infer<typeof importSampleRow>;

/** What `?dryRun=1` answers: what the file would do, written nowhere. */
export const customerImportPreview = z.object({
  key: z.enum(importKeys),
  columns: z.array(importColumn),
  /** Headers no field was found for (they are left out unless mapped). */
  unmapped: z.array(z.string()),
  rowCount: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  contacts: z.number().int(),
  /** The first customers as they will be saved. */
  sample: z.array(importSampleRow),
  /** Row errors (at most `errorLimit`); any at all and the import writes nothing. */
  rows: z.array(importRowError),
  errorCount: z.number().int(),
});
export type CustomerImportPreview = z.infer<typeof customerImportPreview>;

export const customerImportResult = z.object({ created: z.number().int(), updated: z.number().int() });
export type CustomerImportResult = z.infer<typeof customerImportResult>;

/** The most row errors one answer lists; `errorCount` says how many there were. */
export const importErrorLimit = 200;
