/** Customers and their contacts: request and response shapes for /api/v1/customers. */
import { z } from 'zod';
import { contactRoles, customerFlags, customerSorts, segments, tiers } from '../domain/customers';
import { idSchema, optionalText, pageQuery, queryBoolean, spreadsheetFormat } from './common';

export const location = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type Location = z.infer<typeof location>;

const flagsInput = z.object({
  coCreation: z.boolean().optional(),
  angel: z.boolean().optional(),
  benchmark: z.boolean().optional(),
});

export const customerCreate = z.object({
  name: z.string().trim().min(1).max(100),
  industry: optionalText(30),
  segment: z.enum(segments),
  tier: z.enum(tiers),
  flags: flagsInput.optional(),
  ownerId: idSchema.optional(),
  address: optionalText(200),
  location: location.nullable().optional(),
  contractValue: z.number().min(0).max(1e12).nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(20)).max(20).optional(),
});
export type CustomerCreate = z.input<typeof customerCreate>;

export const customerUpdate = customerCreate.partial().extend({
  /** The version the editor started from; a stale one answers 409 instead of overwriting. */
  version: z.number().int().min(1).optional(),
});
export type CustomerUpdate = z.input<typeof customerUpdate>;

export const customerListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  segment: z.enum(segments).optional(),
  tier: z.enum(tiers).optional(),
  ownerId: idSchema.optional(),
  industry: z.string().trim().max(30).optional(),
  flags: z
    .string()
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(z.enum(customerFlags)))
    .optional(),
  archived: queryBoolean.optional(),
  sort: z.enum(customerSorts).default('-updatedAt'),
});
export type CustomerListQuery = z.infer<typeof customerListQuery>;

/** GET /customers/export: the list's filters and sort, every page of them, as .xlsx or .csv. */
export const customerExportQuery = customerListQuery
  .omit({ cursor: true, limit: true })
  .extend({ format: spreadsheetFormat });
export type CustomerExportQuery = z.infer<typeof customerExportQuery>;

export const customer = z.object({
  id: idSchema,
  name: z.string(),
  industry: z.string().nullable(),
  segment: z.enum(segments),
  tier: z.enum(tiers),
  flags: z.object({ coCreation: z.boolean(), angel: z.boolean(), benchmark: z.boolean() }),
  ownerId: idSchema,
  ownerName: z.string(),
  address: z.string().nullable(),
  location: location.nullable(),
  contractValue: z.number().nullable(),
  tags: z.array(z.string()),
  archived: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), archive: z.boolean(), addContact: z.boolean() }),
});
export type Customer = z.infer<typeof customer>;

export const contactCreate = z.object({
  name: z.string().trim().min(1).max(50),
  title: optionalText(50),
  role: z.enum(contactRoles),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s-]{5,20}$/)
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  email: z
    .email()
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
});
export type ContactCreate = z.input<typeof contactCreate>;

export const contact = z.object({
  id: idSchema,
  customerId: idSchema,
  name: z.string(),
  title: z.string().nullable(),
  role: z.enum(contactRoles),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  createdAt: z.string(),
});
export type Contact = z.infer<typeof contact>;
