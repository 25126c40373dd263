/** The people directory: colleagues of the tenant, found by name for pickers (visit participants and the like). */
import { z } from 'zod';
import { platforms } from '../domain/platforms';
import { roles } from '../domain/roles';
import { idSchema } from './common';

export const peopleQuery = z.object({
  q: z.string().trim().max(50).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type PeopleQuery = z.infer<typeof peopleQuery>;

export const directoryPerson = z.object({
  id: idSchema,
  name: z.string(),
  role: z.enum(roles),
  department: z.string().nullable(),
});
export type DirectoryPerson = z.infer<typeof directoryPerson>;

export const peopleList = z.object({ items: z.array(directoryPerson) });
export type PeopleList = z.infer<typeof peopleList>;

/** Where a person's role came from: the tenant's default, a platform role mapping, or an admin's hand. */
export const roleSources = ['default', 'mapping', 'manual'] as const;
export type RoleSource = (typeof roleSources)[number];

/** 成员管理 (admins): everyone of the tenant, deactivated people included, found by name. */
export const memberQuery = z.object({
  q: z.string().trim().max(50).optional(),
  status: z.enum(['all', 'active', 'deactivated']).default('all'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type MemberQuery = z.infer<typeof memberQuery>;

export const memberIdentity = z.object({
  connectionId: idSchema,
  platform: z.enum(platforms),
  /** The person's id on the platform, inside the connection they signed in through. */
  externalId: z.string(),
});

export const member = z.object({
  id: idSchema,
  name: z.string(),
  role: z.enum(roles),
  roleSource: z.enum(roleSources),
  department: z.string().nullable(),
  active: z.boolean(),
  deactivatedAt: z.string().nullable(),
  identities: z.array(memberIdentity),
  can: z.object({ update: z.boolean() }),
});
export type Member = z.infer<typeof member>;

export const memberList = z.object({ items: z.array(member) });
export type MemberList = z.infer<typeof memberList>;

/** A role set here is the person's until an admin changes it again: sign-ins no longer re-apply mappings. */
export const memberUpdate = z
  .object({ role: z.enum(roles).optional(), active: z.boolean().optional() })
  .refine((value) => value.role !== undefined || value.active !== undefined, {
    message: 'role or active is required',
    path: ['role'],
  });
export type MemberUpdate = z.infer<typeof memberUpdate>;
